package io.mouthpiece.core.project;

/**
 * Per-character strength dials for the generated layer (1 = default, 0 = off) and the seed that makes the
 * random parts (blinks, saccades, idle head motion) reproducible.
 */
public record MotionDials(double mouthAmplitude, double headMotion, double blinkRate, double gazeActivity, long seed) {
    public static final MotionDials DEFAULT = new MotionDials(1, 1, 1, 1, 1);

    public MotionDials {
        check("mouthAmplitude", mouthAmplitude);
        check("headMotion", headMotion);
        check("blinkRate", blinkRate);
        check("gazeActivity", gazeActivity);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 3)) throw new IllegalArgumentException(name + " must be within 0..3, was " + v);
    }
}
