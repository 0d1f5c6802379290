package io.mouthpiece.core.persist;

/** What the loader found for a media reference. Missing media is a state the UI shows, never a load failure. */
public enum MediaStatus {
    OK,
    /** No file at the referenced path. */
    MISSING,
    /** A file is there but its size or hash differs from what was recorded. */
    CHANGED
}
