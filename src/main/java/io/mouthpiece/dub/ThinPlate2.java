package io.mouthpiece.dub;

/**
 * A 2-D → 2-D thin-plate spline through control points (exact up to a small regularisation), used as the backward
 * map of the lower-face warp: output pixel → where to sample the chosen source frame.
 */
final class ThinPlate2 {
    private final double[] cx, cy;     // control points (destination side)
    private final double[] wx, wy;     // kernel weights + affine part (n + 3 each)

    /** Fits {@code from[i] → to[i]} (points as x0, y0, …); {@code scale} normalises distances (e.g. the face width). */
    ThinPlate2(double[] from, double[] to, double scale) {
        int n = from.length / 2;
        cx = new double[n];
        cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = from[2 * i] / scale;
            cy[i] = from[2 * i + 1] / scale;
        }
        this.scale = scale;
        double[][] m = new double[n + 3][n + 3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) m[i][j] = kernel(cx[i] - cx[j], cy[i] - cy[j]);
            m[i][i] += 1e-4;
            m[i][n] = 1;
            m[i][n + 1] = cx[i];
            m[i][n + 2] = cy[i];
            m[n][i] = 1;
            m[n + 1][i] = cx[i];
            m[n + 2][i] = cy[i];
        }
        double[] bx = new double[n + 3], by = new double[n + 3];
        for (int i = 0; i < n; i++) {
            bx[i] = to[2 * i];
            by[i] = to[2 * i + 1];
        }
        double[][] inv = invert(m);
        wx = multiply(inv, bx);
        wy = multiply(inv, by);
    }

    private final double scale;

    /** Writes the mapped point of (x, y) into {@code out[0..1]}. */
    void map(double x, double y, double[] out) {
        double px = x / scale, py = y / scale;
        int n = cx.length;
        double rx = wx[n] + wx[n + 1] * px + wx[n + 2] * py;
        double ry = wy[n] + wy[n + 1] * px + wy[n + 2] * py;
        for (int i = 0; i < n; i++) {
            double k = kernel(px - cx[i], py - cy[i]);
            rx += wx[i] * k;
            ry += wy[i] * k;
        }
        out[0] = rx;
        out[1] = ry;
    }

    private static double kernel(double dx, double dy) {
        double r2 = dx * dx + dy * dy;
        return r2 < 1e-12 ? 0 : r2 * Math.log(r2) * 0.5;
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) s += m[i][j] * v[j];
            r[i] = s;
        }
        return r;
    }

    /** Gauss–Jordan inverse with partial pivoting (the system is small: control points + 3). */
    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        if (!GaussJordan.reduce(m)) throw new IllegalArgumentException("degenerate control points");
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(m[i], n, inv[i], 0, n);
        return inv;
    }
}
