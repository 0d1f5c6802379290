package io.mouthpiece.face;

/** Weighted 3D rotation fit (Horn 1987, unit quaternions) and a small symmetric eigen-solver for it. */
final class Procrustes {
    private Procrustes() {}

    /** The rotation R (row-major) minimising Σ w |(dst − d̄) − s R (src − s̄)|². */
    static double[] rotation(double[][] src, double[][] dst, double[] w) {
        double[] cs = centroid(src, w), cd = centroid(dst, w);
        double[] m = new double[9];                       // M = Σ w (src−cs)(dst−cd)^T
        for (int k = 0; k < src.length; k++)
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++) m[3 * i + j] += w[k] * (src[k][i] - cs[i]) * (dst[k][j] - cd[j]);
        double sxx = m[0], sxy = m[1], sxz = m[2], syx = m[3], syy = m[4], syz = m[5], szx = m[6], szy = m[7], szz = m[8];
        double[][] n = {
                {sxx + syy + szz, syz - szy, szx - sxz, sxy - syx},
                {syz - szy, sxx - syy - szz, sxy + syx, szx + sxz},
                {szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy},
                {sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz}};
        double[] q = largestEigenvector(n);
        double a = q[0], b = q[1], c = q[2], d = q[3];
        return new double[] {
                a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
                2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b),
                2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d};
    }

    static double[] centroid(double[][] p, double[] w) {
        double[] c = new double[3];
        double ws = 0;
        for (int k = 0; k < p.length; k++) {
            ws += w[k];
            for (int i = 0; i < 3; i++) c[i] += w[k] * p[k][i];
        }
        for (int i = 0; i < 3; i++) c[i] /= ws;
        return c;
    }

    /** Cyclic Jacobi on a small symmetric matrix; returns the unit eigenvector of the largest eigenvalue. */
    static double[] largestEigenvector(double[][] in) {
        int n = in.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = in[i].clone();
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) v[i][i] = 1;
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
            if (off < 1e-22) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p], vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
        }
        int best = 0;
        for (int i = 1; i < n; i++) if (a[i][i] > a[best][best]) best = i;
        double[] r = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) { r[i] = v[i][best]; norm += r[i] * r[i]; }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) r[i] /= norm;
        return r;
    }
}
