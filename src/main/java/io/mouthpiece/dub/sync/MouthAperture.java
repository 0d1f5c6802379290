package io.mouthpiece.dub.sync;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.TrackedFrame;

import java.util.List;

/**
 * The mouth signal of the sync score: the inner-lip gap (FaceMesh points 13, upper inner lip, and 14, lower inner lip)
 * over the mouth width (corners 61 and 291), so it does not change with the face's size in the frame.
 */
public final class MouthAperture {
    public static final int UPPER_INNER_LIP = 13, LOWER_INNER_LIP = 14, LEFT_CORNER = 61, RIGHT_CORNER = 291;

    private MouthAperture() {}

    /** Gap over width for one frame's landmarks (NaN when the width is degenerate). */
    public static double of(FaceLandmarks lm) {
        double gap = dist(lm, UPPER_INNER_LIP, LOWER_INNER_LIP), width = dist(lm, LEFT_CORNER, RIGHT_CORNER);
        return width > 1e-6 ? gap / width : Double.NaN;
    }

    /** One value per tracked frame, in order; NaN where the face was lost. */
    public static double[] perFrame(List<TrackedFrame> frames) {
        double[] out = new double[frames.size()];
        for (int i = 0; i < out.length; i++) {
            TrackedFrame f = frames.get(i);
            out[i] = f.lost() ? Double.NaN : of(f.face().landmarks());
        }
        return out;
    }

    private static double dist(FaceLandmarks lm, int a, int b) {
        return Math.hypot(lm.x(a) - lm.x(b), lm.y(a) - lm.y(b));
    }
}
