package io.mouthpiece.core.media;

/** How a video's frames are scanned: progressive, or interlaced with the named field first. */
public enum FieldOrder {
    PROGRESSIVE, TOP_FIRST, BOTTOM_FIRST, UNKNOWN;

    public boolean interlaced() { return this == TOP_FIRST || this == BOTTOM_FIRST; }
}
