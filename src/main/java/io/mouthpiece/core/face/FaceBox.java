package io.mouthpiece.core.face;

/** Axis-aligned face box in source-image pixels. */
public record FaceBox(double x0, double y0, double x1, double y1) {
    public double width() { return x1 - x0; }

    public double height() { return y1 - y0; }
}
