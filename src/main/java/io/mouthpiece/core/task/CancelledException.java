package io.mouthpiece.core.task;

/** Thrown by a job that noticed it was cancelled; runners treat it as the CANCELLED state, not a failure. */
public final class CancelledException extends RuntimeException {
    public CancelledException() { super("cancelled", null, false, false); }
}
