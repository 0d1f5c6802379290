package io.mouthpiece.core.media;

import java.io.IOException;

/** A media file that cannot be used, with a message fit for the user. */
public class MediaException extends IOException {
    public MediaException(String message) { super(message); }

    public MediaException(String message, Throwable cause) { super(message, cause); }
}
