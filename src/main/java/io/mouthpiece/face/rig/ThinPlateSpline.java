package io.mouthpiece.face.rig;

/** 2D → 1D thin-plate spline through n control points (exact interpolation, affine far away). */
final class ThinPlateSpline {
    private final double[][] ctrl;
    private final double[] coef;          // n kernel weights, then a0 + a1 x + a2 y

    ThinPlateSpline(double[][] ctrl, double[] values) {
        int n = ctrl.length, m = n + 3;
        this.ctrl = ctrl;
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a[i][j] = kernel(ctrl[i][0] - ctrl[j][0], ctrl[i][1] - ctrl[j][1]);
            a[i][n] = 1; a[i][n + 1] = ctrl[i][0]; a[i][n + 2] = ctrl[i][1];
            a[n][i] = 1; a[n + 1][i] = ctrl[i][0]; a[n + 2][i] = ctrl[i][1];
            a[i][m] = values[i];
        }
        coef = solve(a);
    }

    double apply(double x, double y) {
        int n = ctrl.length;
        double v = coef[n] + coef[n + 1] * x + coef[n + 2] * y;
        for (int i = 0; i < n; i++) v += coef[i] * kernel(x - ctrl[i][0], y - ctrl[i][1]);
        return v;
    }

    private static double kernel(double dx, double dy) {
        double r2 = dx * dx + dy * dy;
        return r2 < 1e-12 ? 0 : r2 * Math.log(r2) / 2;
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix. */
    private static double[] solve(double[][] a) {
        int m = a.length;
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            if (Math.abs(a[piv][c]) < 1e-12) throw new IllegalArgumentException("The six points are degenerate (three or more in a line?)");
            double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
            for (int r = 0; r < m; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= m; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] x = new double[m];
        for (int i = 0; i < m; i++) x[i] = a[i][m] / a[i][i];
        return x;
    }
}
