package io.mouthpiece.render.rig;

/**
 * One eye's lids (rig-notes "blink: lids cover a static eyeball"): column j of the upper margin moves down to
 * 75 % of the opening and the lower margin up 25 %, so they meet; ring 1 follows with f^0.45 ≈ 0.73 (upper) /
 * 0.5 (lower) and ring 2 stays, so the stretch goes under the crease. The eye-hole triangles are never drawn:
 * the source eyeball stays put and the lid skin slides over it.
 */
final class EyeLids {
    private static final float UPPER_RING1 = (float) Math.pow(0.5, 0.45);
    private final int[] up0, up1, up2, lo0, lo1, lo2;
    private final float[] opening;   // per column, lower − upper margin, W units
    private final float[] profile;   // 0 at the corners, 1 mid-eye

    EyeLids(int[] up0, int[] up1, int[] up2, int[] lo0, int[] lo1, int[] lo2, float[] fv) {
        this.up0 = up0; this.up1 = up1; this.up2 = up2;
        this.lo0 = lo0; this.lo1 = lo1; this.lo2 = lo2;
        opening = new float[up0.length];
        profile = new float[up0.length];
        for (int j = 0; j < up0.length; j++) {
            opening[j] = Math.max(0f, fv[lo0[j]] - fv[up0[j]]);
            profile[j] = (float) Math.sin(Math.PI * j / (up0.length - 1));
        }
    }

    /**
     * Adds lid displacements (v, W units) and the skin-texture mix for blink, wide, squint, and the upper lid
     * following a downward gaze (gazeY > 0) so the iris does not float under a raised lid.
     */
    void apply(float blink, float wide, float squint, float gazeY, float[] dv, float[] mix) {
        if (blink == 0f && wide == 0f && squint == 0f && gazeY == 0f) return;
        for (int j = 1; j < up0.length - 1; j++) {
            float h = opening[j];
            float open = 1 - blink;
            float up = 0.75f * h * blink + 0.15f * h * squint - 0.012f * wide * open * profile[j]
                    + (0.35f * h * Math.max(0f, gazeY) - 0.006f * Math.max(0f, -gazeY) * profile[j]) * open;
            float lo = -(0.25f * h * blink + 0.2f * h * squint);
            dv[up0[j]] += up;
            dv[up1[j]] += UPPER_RING1 * up;
            dv[lo0[j]] += lo;
            dv[lo1[j]] += 0.5f * lo;
        }
        float m = Math.min(1f, 2f * blink);
        for (int[] ring : new int[][]{up0, up1, lo0, lo1}) for (int i : ring) mix[i] = Math.max(mix[i], m);
    }
}
