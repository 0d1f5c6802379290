package io.mouthpiece.render.rig;

/**
 * Fixed FaceMesh landmark index lists (MediaPipe's mesh annotations). Contours run from the subject's right
 * corner (image left) to the left corner; lip rings of the same half have 11 entries each, so entry j of the
 * inner, semi-inner, semi-outer and outer rings form one column across the lip. "Right" = subject's right.
 */
public final class FaceMeshIndices {
    private FaceMeshIndices() {}

    public static final int[] LIPS_UPPER_OUTER = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291};
    public static final int[] LIPS_UPPER_SEMI_OUTER = {76, 184, 74, 73, 72, 11, 302, 303, 304, 408, 306};
    public static final int[] LIPS_UPPER_SEMI_INNER = {62, 183, 42, 41, 38, 12, 268, 271, 272, 407, 292};
    public static final int[] LIPS_UPPER_INNER = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308};
    public static final int[] LIPS_LOWER_INNER = {78, 95, 88, 178, 87, 14, 317, 402, 318, 324, 308};
    public static final int[] LIPS_LOWER_SEMI_INNER = {62, 96, 89, 179, 86, 15, 316, 403, 319, 325, 292};
    public static final int[] LIPS_LOWER_SEMI_OUTER = {76, 77, 90, 180, 85, 16, 315, 404, 320, 307, 306};
    public static final int[] LIPS_LOWER_OUTER = {61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291};
    /** Upper-lip rings, inner (s = 0) to outer (s = 1). */
    public static final int[][] UPPER_LIP_RINGS = {LIPS_UPPER_INNER, LIPS_UPPER_SEMI_INNER, LIPS_UPPER_SEMI_OUTER, LIPS_UPPER_OUTER};
    public static final int[][] LOWER_LIP_RINGS = {LIPS_LOWER_INNER, LIPS_LOWER_SEMI_INNER, LIPS_LOWER_SEMI_OUTER, LIPS_LOWER_OUTER};

    // Eyes: ring 0 is the lid margin (the opening), 1 and 2 go outwards.
    public static final int[] RIGHT_EYE_UPPER_0 = {33, 246, 161, 160, 159, 158, 157, 173, 133};
    public static final int[] RIGHT_EYE_LOWER_0 = {33, 7, 163, 144, 145, 153, 154, 155, 133};
    public static final int[] RIGHT_EYE_UPPER_1 = {130, 247, 30, 29, 27, 28, 56, 190, 243};
    public static final int[] RIGHT_EYE_LOWER_1 = {130, 25, 110, 24, 23, 22, 26, 112, 243};
    public static final int[] RIGHT_EYE_UPPER_2 = {226, 113, 225, 224, 223, 222, 221, 189, 244};
    public static final int[] RIGHT_EYE_LOWER_2 = {226, 31, 228, 229, 230, 231, 232, 233, 244};
    public static final int[] LEFT_EYE_UPPER_0 = {263, 466, 388, 387, 386, 385, 384, 398, 362};
    public static final int[] LEFT_EYE_LOWER_0 = {263, 249, 390, 373, 374, 380, 381, 382, 362};
    public static final int[] LEFT_EYE_UPPER_1 = {359, 467, 260, 259, 257, 258, 286, 414, 463};
    public static final int[] LEFT_EYE_LOWER_1 = {359, 255, 339, 254, 253, 252, 256, 341, 463};
    public static final int[] LEFT_EYE_UPPER_2 = {446, 342, 445, 444, 443, 442, 441, 413, 464};
    public static final int[] LEFT_EYE_LOWER_2 = {446, 261, 448, 449, 450, 451, 452, 453, 464};

    public static final int[] RIGHT_BROW = {46, 53, 52, 65, 55, 70, 63, 105, 66, 107};
    public static final int[] LEFT_BROW = {276, 283, 282, 295, 285, 300, 293, 334, 296, 336};
    /** Brow points nearest the nose (inner) per side; the rest of each brow list counts as outer. */
    public static final int[] RIGHT_BROW_INNER = {55, 65, 107, 66};
    public static final int[] LEFT_BROW_INNER = {285, 295, 336, 296};

    public static final int[] FACE_OVAL = {10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379,
            378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109};

    public static final int RIGHT_CHEEK = 234;
    public static final int LEFT_CHEEK = 454;
    public static final int RIGHT_EYE_OUTER = 33;
    public static final int LEFT_EYE_OUTER = 263;
    public static final int CHIN = 152;
}
