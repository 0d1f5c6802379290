package io.mouthpiece.face;

/**
 * Ordered landmark loops of the 468-point mesh (MediaPipe's connection lists; subject's right/left; each runs corner
 * to corner). Order matters: renderers walk them as curves.
 */
public final class FaceIndices {
    private FaceIndices() {}

    public static final int[] LIPS_OUTER_LOWER = {61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291};
    public static final int[] LIPS_OUTER_UPPER = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291};
    public static final int[] LIPS_INNER_LOWER = {78, 95, 88, 178, 87, 14, 317, 402, 318, 324, 308};
    public static final int[] LIPS_INNER_UPPER = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308};
    public static final int[] RIGHT_EYE_LOWER = {33, 7, 163, 144, 145, 153, 154, 155, 133};
    public static final int[] RIGHT_EYE_UPPER = {33, 246, 161, 160, 159, 158, 157, 173, 133};
    public static final int[] LEFT_EYE_LOWER = {263, 249, 390, 373, 374, 380, 381, 382, 362};
    public static final int[] LEFT_EYE_UPPER = {263, 466, 388, 387, 386, 385, 384, 398, 362};
    public static final int[] RIGHT_BROW = {46, 53, 52, 65, 55, 70, 63, 105, 66, 107};
    public static final int[] LEFT_BROW = {276, 283, 282, 295, 285, 300, 293, 334, 296, 336};
    /** Closed loop, clockwise in the image starting at the forehead top. */
    public static final int[] FACE_OVAL = {10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379,
            378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109};
    /** The lower half of the oval, ear to ear through the chin (what moves with the jaw). */
    public static final int[] JAW = {454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149, 150, 136,
            172, 58, 132, 93, 234};

    public static final int NOSE_TIP = 1, CHIN = 152, FOREHEAD = 10;
    public static final int LIP_TOP = 0, LIP_BOTTOM = 17, INNER_LIP_TOP = 13, INNER_LIP_BOTTOM = 14;
    public static final int MOUTH_RIGHT = 61, MOUTH_LEFT = 291;
    public static final int RIGHT_EYE_OUTER = 33, RIGHT_EYE_INNER = 133, LEFT_EYE_OUTER = 263, LEFT_EYE_INNER = 362;
    public static final int RIGHT_EYE_TOP = 159, RIGHT_EYE_BOTTOM = 145, LEFT_EYE_TOP = 386, LEFT_EYE_BOTTOM = 374;
    /** Face width W = |234 − 454| (the cheek points at ear level): the unit of the rig. */
    public static final int RIGHT_CHEEK = 234, LEFT_CHEEK = 454;

    /** Inner lip loop (the mouth hole), closed: upper 78→308 then lower back. */
    public static int[] innerLipLoop() { return loop(LIPS_INNER_UPPER, LIPS_INNER_LOWER); }

    public static int[] outerLipLoop() { return loop(LIPS_OUTER_UPPER, LIPS_OUTER_LOWER); }

    public static int[] rightEyeLoop() { return loop(RIGHT_EYE_UPPER, RIGHT_EYE_LOWER); }

    public static int[] leftEyeLoop() { return loop(LEFT_EYE_UPPER, LEFT_EYE_LOWER); }

    /** upper (corner → corner) followed by lower reversed without its corners: a closed polygon. */
    static int[] loop(int[] upper, int[] lower) {
        int[] r = new int[upper.length + lower.length - 2];
        System.arraycopy(upper, 0, r, 0, upper.length);
        for (int i = 0; i < lower.length - 2; i++) r[upper.length + i] = lower[lower.length - 2 - i];
        return r;
    }
}
