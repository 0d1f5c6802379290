package io.mouthpiece.core.project;

/**
 * Per-character strength dials for the generated layer (1 = natural, 0 = off, up to 3) and the seed that makes the
 * random parts (blinks, saccades, idle head motion) reproducible: the mouth's amplitude, idle head motion and nods,
 * brow raises with the speech, blink rate, gaze saccades and breathing. Projects saved before brows and breathing had
 * their own dials (Actor.1) read with the brows at the head dial and breathing at 1, the motion they had then.
 */
public record MotionDials(double mouthAmplitude, double headMotion, double browMotion, double blinkRate,
                          double gazeActivity, double breathing, long seed) {
    public static final MotionDials DEFAULT = new MotionDials(1, 1, 1, 1, 1, 1, 1);

    public MotionDials {
        check("mouthAmplitude", mouthAmplitude);
        check("headMotion", headMotion);
        check("browMotion", browMotion);
        check("blinkRate", blinkRate);
        check("gazeActivity", gazeActivity);
        check("breathing", breathing);
    }

    /** These dials with another seed: the same strengths, another variation. */
    public MotionDials withSeed(long s) {
        return new MotionDials(mouthAmplitude, headMotion, browMotion, blinkRate, gazeActivity, breathing, s);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 3)) throw new IllegalArgumentException(name + " must be within 0..3, was " + v);
    }
}
