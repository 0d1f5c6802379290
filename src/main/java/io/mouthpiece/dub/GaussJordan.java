package io.mouthpiece.dub;

/** Gauss–Jordan elimination with partial pivoting, for the small dense systems of the shape fit and the warp. */
final class GaussJordan {
    private GaussJordan() {}

    /**
     * Reduces {@code m} (n rows, n + k columns) in place so that its left n × n block becomes the identity and the
     * right k columns the solution(s). A column with no usable pivot (|p| < 1e-12) is skipped.
     *
     * @return false when a column was skipped (the system is singular and the result only a least-harm guess)
     */
    static boolean reduce(double[][] m) {
        int n = m.length, w = m[0].length;
        boolean full = true;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            double d = m[c][c];
            if (Math.abs(d) < 1e-12) {
                full = false;
                continue;
            }
            for (int k = 0; k < w; k++) m[c][k] /= d;
            for (int r = 0; r < n; r++) {
                double f = m[r][c];
                if (r == c || f == 0) continue;
                for (int k = 0; k < w; k++) m[r][k] -= f * m[c][k];
            }
        }
        return full;
    }
}
