package io.mouthpiece.render;

import io.mouthpiece.render.rig.FaceMeshIndices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one thing the renderer needs from face analysis: a face mesh over the source picture.
 *
 * <ul>
 *   <li>{@code rest}: xyz per vertex in source-image pixels (x right, y down; z in pixels, negative towards the
 *       camera, as FaceMesh gives it). <b>Vertices 0–467 are the FaceMesh landmarks in FaceMesh order</b>, so the
 *       fixed index lists of {@link FaceMeshIndices} (lips, lids, brows, oval) address them; vertices 468+ are
 *       extra (the fade rings outside the face oval).</li>
 *   <li>{@code fade}: per vertex, how much of the face's motion it follows: 1 on the face, falling to 0 on the
 *       outermost ring, whose vertices therefore never move (outside them the source stays untouched).</li>
 *   <li>{@code skinTriangles}: drawn textured (face + rings). {@code mouthHoleTriangles}: the triangles inside
 *       the inner-lip loop, drawn with the mouth interior. {@code eyeHoleTriangles}: the eye openings, not
 *       drawn as skin (the lids slide over the source eyeball). Each is a flat array of vertex index triples.</li>
 * </ul>
 * {@link #fromLandmarks} builds one from 468 landmarks and the canonical triangles.
 */
public record RigGeometry(float[] rest, float[] fade, int[] skinTriangles, int[] mouthHoleTriangles,
                          int[] eyeHoleTriangles) {

    public static final int LANDMARKS = 468;
    /** Fade rings outside the face oval, in face widths W = |lm234 − lm454| (measured in rig-notes.md). */
    static final float[] RING_DISTANCE = {0.10f, 0.22f, 0.34f};
    static final float[] RING_FADE = {0.75f, 0.35f, 0f};
    /** Nothing may move outside this multiple of the landmark box (hair, neck and background stay). */
    public static final float FADE_BOX_SCALE = 1.6f;

    public RigGeometry {
        if (rest.length % 3 != 0 || rest.length / 3 < LANDMARKS) {
            throw new IllegalArgumentException("a rig needs at least the 468 FaceMesh landmarks as xyz, got " + rest.length + " floats");
        }
        int n = rest.length / 3;
        if (fade.length != n) throw new IllegalArgumentException("fade has " + fade.length + " weights for " + n + " vertices");
        for (int[] tris : List.of(skinTriangles, mouthHoleTriangles, eyeHoleTriangles)) {
            if (tris.length % 3 != 0) throw new IllegalArgumentException("triangle arrays hold index triples");
            for (int i : tris) if (i < 0 || i >= n) throw new IllegalArgumentException("triangle index " + i + " out of 0.." + (n - 1));
        }
        for (float v : rest) if (!Float.isFinite(v)) throw new IllegalArgumentException("rig vertex is not finite");
    }

    public int vertexCount() { return rest.length / 3; }

    public float x(int i) { return rest[3 * i]; }

    public float y(int i) { return rest[3 * i + 1]; }

    public float z(int i) { return rest[3 * i + 2]; }

    /**
     * Builds a rig from 468 FaceMesh landmarks (xyz, image px) and the canonical 898-triangle face mesh: splits
     * the triangles into skin, mouth hole (all corners on the inner-lip loop) and eye holes (all corners on an eye
     * loop), and adds three rings outside the face oval at 0.10 / 0.22 / 0.34 W that keep 0.75 / 0.35 / 0 of the
     * face's motion (pulled in where they would leave 1.6x the landmark box).
     */
    public static RigGeometry fromLandmarks(float[] landmarks, int[] canonicalTriangles) {
        if (landmarks.length != LANDMARKS * 3) {
            throw new IllegalArgumentException("expected 468 landmarks × xyz, got " + landmarks.length + " floats");
        }
        Set<Integer> mouth = setOf(FaceMeshIndices.LIPS_UPPER_INNER, FaceMeshIndices.LIPS_LOWER_INNER);
        Set<Integer> rightEye = setOf(FaceMeshIndices.RIGHT_EYE_UPPER_0, FaceMeshIndices.RIGHT_EYE_LOWER_0);
        Set<Integer> leftEye = setOf(FaceMeshIndices.LEFT_EYE_UPPER_0, FaceMeshIndices.LEFT_EYE_LOWER_0);
        List<Integer> skin = new ArrayList<>();
        List<Integer> hole = new ArrayList<>();
        List<Integer> eyes = new ArrayList<>();
        for (int t = 0; t + 2 < canonicalTriangles.length; t += 3) {
            Set<Integer> tri = Set.of(canonicalTriangles[t], canonicalTriangles[t + 1], canonicalTriangles[t + 2]);
            List<Integer> dst = mouth.containsAll(tri) ? hole
                    : rightEye.containsAll(tri) || leftEye.containsAll(tri) ? eyes : skin;
            for (int k = 0; k < 3; k++) dst.add(canonicalTriangles[t + k]);
        }

        int[] oval = FaceMeshIndices.FACE_OVAL;
        int rings = RING_DISTANCE.length;
        int n = LANDMARKS + oval.length * rings;
        float[] rest = Arrays.copyOf(landmarks, n * 3);
        float[] fade = new float[n];
        Arrays.fill(fade, 0, LANDMARKS, 1f);
        float cx = 0, cy = 0;
        for (int i : oval) { cx += landmarks[3 * i]; cy += landmarks[3 * i + 1]; }
        cx /= oval.length;
        cy /= oval.length;
        float w = (float) Math.hypot(landmarks[3 * 234] - landmarks[3 * 454], landmarks[3 * 234 + 1] - landmarks[3 * 454 + 1]);
        float[] box = box(landmarks, FADE_BOX_SCALE);
        for (int k = 0; k < oval.length; k++) {
            int src = oval[k];
            float px = landmarks[3 * src], py = landmarks[3 * src + 1];
            float dx = px - cx, dy = py - cy;
            float len = Math.max((float) Math.hypot(dx, dy), 1e-6f);
            dx /= len;
            dy /= len;
            // Keep the outer ring (and so every moving pixel) inside 1.6x the face box, 1 px in.
            float room = Math.min(exit(px, dx, box[0] + 1, box[2] - 1), exit(py, dy, box[1] + 1, box[3] - 1));
            float scale = Math.max(0f, Math.min(1f, room / (RING_DISTANCE[rings - 1] * w)));
            for (int r = 0; r < rings; r++) {
                int dst = LANDMARKS + r * oval.length + k;
                float push = RING_DISTANCE[r] * w * scale;
                rest[3 * dst] = px + dx * push;
                rest[3 * dst + 1] = py + dy * push;
                rest[3 * dst + 2] = landmarks[3 * src + 2];
                fade[dst] = RING_FADE[r];
            }
        }
        for (int r = 0; r < rings; r++) {
            for (int k = 0; k < oval.length; k++) {
                int k2 = (k + 1) % oval.length;
                int a = r == 0 ? oval[k] : LANDMARKS + (r - 1) * oval.length + k;
                int b = r == 0 ? oval[k2] : LANDMARKS + (r - 1) * oval.length + k2;
                int c = LANDMARKS + r * oval.length + k;
                int d = LANDMARKS + r * oval.length + k2;
                skin.addAll(List.of(a, b, c, b, d, c));
            }
        }
        return new RigGeometry(rest, fade, toArray(skin), toArray(hole), toArray(eyes));
    }

    /** Landmark bounds grown by {@code scale} about their centre: {x0, y0, x1, y1}. */
    static float[] box(float[] landmarks, float scale) {
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (int i = 0; i < LANDMARKS; i++) {
            x0 = Math.min(x0, landmarks[3 * i]); x1 = Math.max(x1, landmarks[3 * i]);
            y0 = Math.min(y0, landmarks[3 * i + 1]); y1 = Math.max(y1, landmarks[3 * i + 1]);
        }
        float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hw = (x1 - x0) / 2 * scale, hh = (y1 - y0) / 2 * scale;
        return new float[]{cx - hw, cy - hh, cx + hw, cy + hh};
    }

    /** Distance along direction d from p until leaving [lo, hi] (infinite when d = 0). */
    private static float exit(float p, float d, float lo, float hi) {
        if (d > 0) return (hi - p) / d;
        if (d < 0) return (lo - p) / d;
        return Float.MAX_VALUE;
    }

    private static Set<Integer> setOf(int[]... lists) {
        Set<Integer> s = new HashSet<>();
        for (int[] l : lists) for (int i : l) s.add(i);
        return s;
    }

    private static int[] toArray(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }
}
