package io.mouthpiece.face;

/**
 * A region of interest in image pixels: centre, size and rotation (radians, the angle of the rect's x axis in the
 * image, y down). Maps normalised rect coordinates (u, v in [0,1]) to image pixels the way MediaPipe's
 * ImageToTensor does: {@code x = cx + (u-.5)·w·cos r − (v-.5)·h·sin r}.
 */
public record RotatedRect(double cx, double cy, double width, double height, double rotation) {

    public double toImageX(double u, double v) {
        double du = (u - 0.5) * width, dv = (v - 0.5) * height;
        return cx + du * Math.cos(rotation) - dv * Math.sin(rotation);
    }

    public double toImageY(double u, double v) {
        double du = (u - 0.5) * width, dv = (v - 0.5) * height;
        return cy + du * Math.sin(rotation) + dv * Math.cos(rotation);
    }

    /** MediaPipe's rotation rule: the angle of the line from point 0 to point 1, normalised to [−π, π). */
    public static double rotationFrom(double x0, double y0, double x1, double y1) {
        return normalize(-Math.atan2(-(y1 - y0), x1 - x0));
    }

    static double normalize(double a) {
        return a - 2 * Math.PI * Math.floor((a + Math.PI) / (2 * Math.PI));
    }

    /** A square of the long side, scaled, about the same centre (MediaPipe's RectTransformation, square_long). */
    public RotatedRect squareLong(double scale) {
        double s = Math.max(width, height) * scale;
        return new RotatedRect(cx, cy, s, s, rotation);
    }
}
