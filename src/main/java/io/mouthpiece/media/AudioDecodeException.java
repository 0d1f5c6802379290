package io.mouthpiece.media;

import java.nio.file.Path;

/** An audio file could not be read: missing, not audio, corrupt or truncated. The message is for humans. */
public final class AudioDecodeException extends Exception {
    private final transient Path file;

    public AudioDecodeException(Path file, String message, Throwable cause) {
        super(file.getFileName() + ": " + message, cause);
        this.file = file;
    }

    public AudioDecodeException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() { return file; }
}
