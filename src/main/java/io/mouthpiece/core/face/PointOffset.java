package io.mouthpiece.core.face;

/** A user correction: landmark {@code index} moved by (dx, dy) source-image pixels. */
public record PointOffset(int index, double dx, double dy) {
    public PointOffset {
        if (index < 0 || index >= FaceLandmarks.COUNT) throw new IllegalArgumentException("landmark index " + index);
    }
}
