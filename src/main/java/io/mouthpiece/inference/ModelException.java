package io.mouthpiece.inference;

/** A model could not be found, verified or loaded; the message names the file and says what to do. */
public final class ModelException extends RuntimeException {
    public ModelException(String message) { super(message); }

    public ModelException(String message, Throwable cause) { super(message, cause); }
}
