package io.mouthpiece.render.rig;

import io.mouthpiece.render.RigGeometry;

/**
 * The face's own 2D frame: origin mid(234, 454), u along the eye line 33 → 263 (image right for an upright
 * face), v perpendicular pointing down the face, unit W = |lm234 − lm454| (face width) in image pixels.
 */
public record FaceFrame(float ox, float oy, float ux, float uy, float w) {
    public static FaceFrame of(RigGeometry rig) {
        int a = FaceMeshIndices.RIGHT_CHEEK, b = FaceMeshIndices.LEFT_CHEEK;
        float ex = rig.x(FaceMeshIndices.LEFT_EYE_OUTER) - rig.x(FaceMeshIndices.RIGHT_EYE_OUTER);
        float ey = rig.y(FaceMeshIndices.LEFT_EYE_OUTER) - rig.y(FaceMeshIndices.RIGHT_EYE_OUTER);
        float len = (float) Math.hypot(ex, ey);
        float w = (float) Math.hypot(rig.x(a) - rig.x(b), rig.y(a) - rig.y(b));
        if (len < 1e-3f || w < 1e-3f) throw new IllegalArgumentException("degenerate face: eye corners or cheeks coincide");
        return new FaceFrame((rig.x(a) + rig.x(b)) / 2, (rig.y(a) + rig.y(b)) / 2, ex / len, ey / len, w);
    }

    public float vx() { return -uy; }

    public float vy() { return ux; }

    /** u coordinate of image point (x, y) in W units. */
    public float u(float x, float y) { return ((x - ox) * ux + (y - oy) * uy) / w; }

    /** v coordinate (down the face) of image point (x, y) in W units. */
    public float v(float x, float y) { return ((x - ox) * vx() + (y - oy) * vy()) / w; }

    /** Image-pixel x offset of a displacement (du, dv) given in W units. */
    public float dx(float du, float dv) { return (du * ux + dv * vx()) * w; }

    public float dy(float du, float dv) { return (du * uy + dv * vy()) * w; }
}
