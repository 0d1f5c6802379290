package io.mouthpiece.core.face;

/** A point in source-image pixels (x right, y down). */
public record Point2(double x, double y) {
    public double distance(Point2 o) { return Math.hypot(x - o.x, y - o.y); }
}
