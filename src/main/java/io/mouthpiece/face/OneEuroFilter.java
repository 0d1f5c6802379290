package io.mouthpiece.face;

/**
 * The 1€ filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass whose cutoff rises with speed, so a still face stops
 * jittering while a fast head turn is followed without lag.
 */
public final class OneEuroFilter {
    private final double minCutoff, beta, dCutoff;
    private double x, dx;
    private boolean primed;

    public OneEuroFilter(double minCutoff, double beta, double dCutoff) {
        this.minCutoff = minCutoff;
        this.beta = beta;
        this.dCutoff = dCutoff;
    }

    /** Filters value {@code v} observed {@code dt} seconds after the previous one. */
    public double filter(double v, double dt) {
        if (!primed || dt <= 0) {
            primed = true;
            x = v;
            dx = 0;
            return v;
        }
        double rawDx = (v - x) / dt;
        dx += alpha(dCutoff, dt) * (rawDx - dx);
        double cutoff = minCutoff + beta * Math.abs(dx);
        x += alpha(cutoff, dt) * (v - x);
        return x;
    }

    public void reset() { primed = false; }

    private static double alpha(double cutoff, double dt) {
        double tau = 1 / (2 * Math.PI * cutoff);
        return 1 / (1 + tau / dt);
    }
}
