package io.mouthpiece.dub.sync;

/**
 * Second-order IIR sections (RBJ audio-EQ cookbook, Butterworth Q) and zero-phase forward-backward filtering, so a
 * band-passed signal is not shifted in time: a lag here would read as a sync offset.
 */
final class Biquad {
    private static final double Q = Math.sqrt(0.5);
    private final double b0, b1, b2, a1, a2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    static Biquad lowPass(double cutoff, double rate) {
        double w = 2 * Math.PI * cutoff / rate, cos = Math.cos(w), alpha = Math.sin(w) / (2 * Q);
        return new Biquad((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    static Biquad highPass(double cutoff, double rate) {
        double w = 2 * Math.PI * cutoff / rate, cos = Math.cos(w), alpha = Math.sin(w) / (2 * Q);
        return new Biquad((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /** Filters {@code x} in place, forwards, starting from rest at {@code x[0]}'s level (no step at the start). */
    void forward(double[] x) {
        if (x.length == 0) return;
        double gainDc = (b0 + b1 + b2) / (1 + a1 + a2);
        double y0 = x[0] * gainDc;
        double x1 = x[0], x2 = x[0], y1 = y0, y2 = y0;
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = xi;
            y2 = y1;
            y1 = yi;
            x[i] = yi;
        }
    }

    /**
     * Zero-phase band-pass of a frame-rate signal: high-pass then low-pass, run forwards and backwards over the
     * signal padded at both ends by its mirror image ({@code pad} samples), which keeps edge transients out.
     */
    static double[] zeroPhaseBand(double[] x, double low, double high, double rate, int pad) {
        int n = x.length;
        if (n == 0) return new double[0];
        pad = Math.min(pad, n - 1);
        double[] y = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++) {
            y[pad - 1 - i] = 2 * x[0] - x[i + 1];
            y[pad + n + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, y, pad, n);
        Biquad hp = highPass(low, rate), lp = lowPass(Math.min(high, 0.45 * rate), rate);
        for (int pass = 0; pass < 2; pass++) {
            hp.forward(y);
            lp.forward(y);
            reverse(y);
        }
        double[] out = new double[n];
        System.arraycopy(y, pad, out, 0, n);
        return out;
    }

    private static void reverse(double[] y) {
        for (int i = 0, j = y.length - 1; i < j; i++, j--) {
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
    }
}
