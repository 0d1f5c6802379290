package io.mouthpiece.core.persist;

import java.io.IOException;

/** A project file that cannot be read: damaged, not a project, or written by a newer version. */
public final class ProjectFormatException extends IOException {
    public ProjectFormatException(String message) { super(message); }

    public ProjectFormatException(String message, Throwable cause) { super(message, cause); }
}
