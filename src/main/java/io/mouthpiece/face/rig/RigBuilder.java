package io.mouthpiece.face.rig;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.RgbImage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds a {@link FaceRig} from landmarks (already corrected by {@link RigEdits#apply}). Ring distances and fades
 * come from the CPU prototype (shared/docs/rig-notes.md): rings 1-2 W out changed the background, 0.34 W did not.
 */
public final class RigBuilder {
    /** Inner-lip gap (in W) above which the source mouth counts as open. */
    public static final double OPEN_MOUTH = 0.03;

    private final int[] skinCanonical, mouthHole, rightEyeHole, leftEyeHole;

    public RigBuilder(FaceTopology topology) {
        int[] tri = topology.triangles();
        Set<Integer> mouth = set(FaceIndices.innerLipLoop()), re = set(FaceIndices.rightEyeLoop()), le = set(FaceIndices.leftEyeLoop());
        int[][] parts = new int[4][tri.length];
        int[] n = new int[4];
        for (int t = 0; t < tri.length; t += 3) {
            int kind = within(tri, t, mouth) ? 1 : within(tri, t, re) ? 2 : within(tri, t, le) ? 3 : 0;
            System.arraycopy(tri, t, parts[kind], n[kind], 3);
            n[kind] += 3;
        }
        skinCanonical = Arrays.copyOf(parts[0], n[0]);
        mouthHole = Arrays.copyOf(parts[1], n[1]);
        rightEyeHole = Arrays.copyOf(parts[2], n[2]);
        leftEyeHole = Arrays.copyOf(parts[3], n[3]);
    }

    /** @param source the image, for {@code teethVisible}; may be null (then false) */
    public FaceRig build(FaceLandmarks lm, RgbImage source) {
        float[] p = lm.xyz();
        double w = dist(p, FaceIndices.RIGHT_CHEEK, FaceIndices.LEFT_CHEEK);
        int[] oval = FaceIndices.FACE_OVAL;
        int nv = FaceRig.LANDMARKS + FaceRig.RINGS * FaceRig.RING_SIZE;
        float[] v = Arrays.copyOf(p, nv * 3);
        float[] fade = new float[nv];
        Arrays.fill(fade, 0, FaceRig.LANDMARKS, 1f);
        double cx = 0, cy = 0;
        for (int i : oval) { cx += p[3 * i]; cy += p[3 * i + 1]; }
        cx /= oval.length;
        cy /= oval.length;
        for (int r = 0; r < FaceRig.RINGS; r++) {
            for (int k = 0; k < oval.length; k++) {
                int a = oval[k], vi = FaceRig.ringStart(r) + k;
                double dx = p[3 * a] - cx, dy = p[3 * a + 1] - cy, len = Math.max(1e-6, Math.hypot(dx, dy));
                double d = FaceRig.RING_DISTANCE[r] * w;
                v[3 * vi] = (float) (p[3 * a] + dx / len * d);
                v[3 * vi + 1] = (float) (p[3 * a + 1] + dy / len * d);
                v[3 * vi + 2] = p[3 * a + 2];
                fade[vi] = FaceRig.RING_FADE[r];
            }
        }
        int[] skin = Arrays.copyOf(skinCanonical, skinCanonical.length + FaceRig.RINGS * oval.length * 6);
        int t = skinCanonical.length;
        int want = majorityOrientation(v, skinCanonical);
        for (int r = 0; r < FaceRig.RINGS; r++) {
            for (int k = 0; k < oval.length; k++) {
                int k1 = (k + 1) % oval.length;
                int a0 = r == 0 ? oval[k] : FaceRig.ringStart(r - 1) + k, a1 = r == 0 ? oval[k1] : FaceRig.ringStart(r - 1) + k1;
                int b0 = FaceRig.ringStart(r) + k, b1 = FaceRig.ringStart(r) + k1;
                // Wound like the canonical triangles are in this image, so back-face culling treats them alike.
                t = put(skin, t, v, want, a0, b0, a1);
                t = put(skin, t, v, want, a1, b0, b1);
            }
        }
        return new FaceRig(v, fade, skin, mouthHole.clone(), rightEyeHole.clone(), leftEyeHole.clone(),
                measure(p, w, source), lm.imageWidth(), lm.imageHeight());
    }

    static RigMeasures measure(float[] p, double w, RgbImage source) {
        double opening = dist(p, FaceIndices.INNER_LIP_TOP, FaceIndices.INNER_LIP_BOTTOM);
        boolean open = opening > OPEN_MOUTH * w;
        boolean teeth = open && source != null && TeethDetector.teethVisible(source, p);
        return new RigMeasures(w, dist(p, FaceIndices.FOREHEAD, FaceIndices.CHIN),
                dist(p, FaceIndices.MOUTH_RIGHT, FaceIndices.MOUTH_LEFT), opening,
                dist(p, FaceIndices.LIP_TOP, FaceIndices.INNER_LIP_TOP), dist(p, FaceIndices.INNER_LIP_BOTTOM, FaceIndices.LIP_BOTTOM),
                dist(p, FaceIndices.RIGHT_EYE_OUTER, FaceIndices.RIGHT_EYE_INNER), dist(p, FaceIndices.RIGHT_EYE_TOP, FaceIndices.RIGHT_EYE_BOTTOM),
                dist(p, FaceIndices.LEFT_EYE_OUTER, FaceIndices.LEFT_EYE_INNER), dist(p, FaceIndices.LEFT_EYE_TOP, FaceIndices.LEFT_EYE_BOTTOM),
                open, teeth);
    }

    private static int put(int[] a, int t, float[] v, int want, int x, int y, int z) {
        boolean flip = orientation(v, x, y, z) != want;
        a[t] = x; a[t + 1] = flip ? z : y; a[t + 2] = flip ? y : z;
        return t + 3;
    }

    /** +1 when the triangle is clockwise as seen in the image (y down), −1 otherwise. */
    static int orientation(float[] v, int a, int b, int c) {
        double cross = (v[3 * b] - v[3 * a]) * (v[3 * c + 1] - v[3 * a + 1]) - (v[3 * b + 1] - v[3 * a + 1]) * (v[3 * c] - v[3 * a]);
        return cross >= 0 ? 1 : -1;
    }

    static int majorityOrientation(float[] v, int[] tri) {
        int s = 0;
        for (int t = 0; t < tri.length; t += 3) s += orientation(v, tri[t], tri[t + 1], tri[t + 2]);
        return s >= 0 ? 1 : -1;
    }

    static double dist(float[] p, int a, int b) { return Math.hypot(p[3 * a] - p[3 * b], p[3 * a + 1] - p[3 * b + 1]); }

    private static boolean within(int[] tri, int t, Set<Integer> s) {
        return s.contains(tri[t]) && s.contains(tri[t + 1]) && s.contains(tri[t + 2]);
    }

    private static Set<Integer> set(int[] a) {
        Set<Integer> s = new HashSet<>();
        for (int i : a) s.add(i);
        return s;
    }
}
