package io.mouthpiece.core.task;

/** Explicit life cycle of a background job. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinished() { return this == SUCCEEDED || this == FAILED || this == CANCELLED; }
}
