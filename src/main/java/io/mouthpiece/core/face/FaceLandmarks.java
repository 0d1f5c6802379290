package io.mouthpiece.core.face;

import java.util.Arrays;

/**
 * The 468 FaceMesh points of one face in source-image pixels: x right, y down, z depth in the same pixel scale
 * (negative towards the camera). Stored flat as x0,y0,z0,x1,... for a compact project file. Immutable: the array is
 * copied in and never handed out.
 */
public record FaceLandmarks(int imageWidth, int imageHeight, float[] xyz) {
    public static final int COUNT = 468;

    public FaceLandmarks {
        if (xyz == null || xyz.length != COUNT * 3)
            throw new IllegalArgumentException("FaceLandmarks needs " + COUNT * 3 + " values, got " + (xyz == null ? 0 : xyz.length));
        if (imageWidth <= 0 || imageHeight <= 0) throw new IllegalArgumentException("image size must be positive");
        xyz = xyz.clone();
    }

    @Override
    public float[] xyz() { return xyz.clone(); }

    public float x(int i) { return xyz[3 * i]; }

    public float y(int i) { return xyz[3 * i + 1]; }

    public float z(int i) { return xyz[3 * i + 2]; }

    public Point2 point(int i) { return new Point2(xyz[3 * i], xyz[3 * i + 1]); }

    /** A copy with every point scaled about the image origin (e.g. from an analysis copy back to full size). */
    public FaceLandmarks scaled(double s, int newWidth, int newHeight) {
        float[] r = xyz.clone();
        for (int i = 0; i < r.length; i++) r[i] = (float) (r[i] * s);
        return new FaceLandmarks(newWidth, newHeight, r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceLandmarks f && f.imageWidth == imageWidth && f.imageHeight == imageHeight
                && Arrays.equals(f.xyz, xyz);
    }

    @Override
    public int hashCode() { return 31 * (31 * imageWidth + imageHeight) + Arrays.hashCode(xyz); }

    @Override
    public String toString() { return "FaceLandmarks[" + imageWidth + "x" + imageHeight + ", 468 points]"; }
}
