package io.mouthpiece.render.gl;

/** OpenGL 3.3 core could not be started offscreen; the message says what was tried and what to install. */
public final class GlUnavailableException extends RuntimeException {
    public GlUnavailableException(String message) { super(message); }

    public GlUnavailableException(String message, Throwable cause) { super(message, cause); }
}
