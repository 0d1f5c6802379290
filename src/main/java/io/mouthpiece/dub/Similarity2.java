package io.mouthpiece.dub;

/** A 2-D similarity x' = a·x − b·y + tx, y' = b·x + a·y + ty (rotation, uniform scale, shift). */
public record Similarity2(double a, double b, double tx, double ty) {
    public static final Similarity2 IDENTITY = new Similarity2(1, 0, 0, 0);

    /** Least-squares fit mapping {@code src[i]} onto {@code dst[i]} (points as x0, y0, x1, y1, …). */
    public static Similarity2 fit(double[] src, double[] dst) {
        int n = src.length / 2;
        double sx = 0, sy = 0, dx = 0, dy = 0;
        for (int i = 0; i < n; i++) {
            sx += src[2 * i];
            sy += src[2 * i + 1];
            dx += dst[2 * i];
            dy += dst[2 * i + 1];
        }
        sx /= n;
        sy /= n;
        dx /= n;
        dy /= n;
        double num1 = 0, num2 = 0, den = 0;
        for (int i = 0; i < n; i++) {
            double px = src[2 * i] - sx, py = src[2 * i + 1] - sy, qx = dst[2 * i] - dx, qy = dst[2 * i + 1] - dy;
            num1 += px * qx + py * qy;
            num2 += px * qy - py * qx;
            den += px * px + py * py;
        }
        if (den == 0) return new Similarity2(1, 0, dx - sx, dy - sy);
        double a = num1 / den, b = num2 / den;
        return new Similarity2(a, b, dx - (a * sx - b * sy), dy - (b * sx + a * sy));
    }

    public double x(double x, double y) { return a * x - b * y + tx; }

    public double y(double x, double y) { return b * x + a * y + ty; }

    public double scale() { return Math.hypot(a, b); }

    public Similarity2 inverse() {
        double d = a * a + b * b;
        double ia = a / d, ib = -b / d;
        return new Similarity2(ia, ib, -(ia * tx - ib * ty), -(ib * tx + ia * ty));
    }
}
