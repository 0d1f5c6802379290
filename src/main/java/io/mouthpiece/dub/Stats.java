package io.mouthpiece.dub;

import java.util.Arrays;

/** Small statistics over double arrays used by the engine's calibration and checks. */
public final class Stats {
    private Stats() {}

    public static double mean(double[] v) { return v.length == 0 ? 0 : Arrays.stream(v).sum() / v.length; }

    public static double min(double[] v) { return Arrays.stream(v).min().orElse(0); }

    public static double max(double[] v) { return Arrays.stream(v).max().orElse(0); }

    /** The q-quantile (0..1) by nearest rank. */
    public static double quantile(double[] v, double q) {
        if (v.length == 0) return 0;
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
    }

    /** Pearson correlation; 0 when either side is constant. */
    public static double correlation(double[] a, double[] b) {
        double ma = mean(a), mb = mean(b), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }
}
