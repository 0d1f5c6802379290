package io.mouthpiece.render.rig;

import io.mouthpiece.face.FaceIndices;

/**
 * The renderer's FaceMesh index lists: the loops {@link FaceIndices} defines, plus the semi-inner/semi-outer lip rings
 * and the outer eye rings the deformers need. Fixed FaceMesh landmark index lists (MediaPipe's mesh annotations). Contours run from the subject's right
 * corner (image left) to the left corner; lip rings of the same half have 11 entries each, so entry j of the
 * inner, semi-inner, semi-outer and outer rings form one column across the lip. "Right" = subject's right.
 */
public final class FaceMeshIndices {
    private FaceMeshIndices() {}

    public static final int[] LIPS_UPPER_OUTER = FaceIndices.LIPS_OUTER_UPPER;
    public static final int[] LIPS_UPPER_SEMI_OUTER = {76, 184, 74, 73, 72, 11, 302, 303, 304, 408, 306};
    public static final int[] LIPS_UPPER_SEMI_INNER = {62, 183, 42, 41, 38, 12, 268, 271, 272, 407, 292};
    public static final int[] LIPS_UPPER_INNER = FaceIndices.LIPS_INNER_UPPER;
    public static final int[] LIPS_LOWER_INNER = FaceIndices.LIPS_INNER_LOWER;
    public static final int[] LIPS_LOWER_SEMI_INNER = {62, 96, 89, 179, 86, 15, 316, 403, 319, 325, 292};
    public static final int[] LIPS_LOWER_SEMI_OUTER = {76, 77, 90, 180, 85, 16, 315, 404, 320, 307, 306};
    public static final int[] LIPS_LOWER_OUTER = FaceIndices.LIPS_OUTER_LOWER;
    /** Upper-lip rings, inner (s = 0) to outer (s = 1). */
    public static final int[][] UPPER_LIP_RINGS = {LIPS_UPPER_INNER, LIPS_UPPER_SEMI_INNER, LIPS_UPPER_SEMI_OUTER, LIPS_UPPER_OUTER};
    public static final int[][] LOWER_LIP_RINGS = {LIPS_LOWER_INNER, LIPS_LOWER_SEMI_INNER, LIPS_LOWER_SEMI_OUTER, LIPS_LOWER_OUTER};

    // Eyes: ring 0 is the lid margin (the opening), 1 and 2 go outwards.
    public static final int[] RIGHT_EYE_UPPER_0 = FaceIndices.RIGHT_EYE_UPPER;
    public static final int[] RIGHT_EYE_LOWER_0 = FaceIndices.RIGHT_EYE_LOWER;
    public static final int[] RIGHT_EYE_UPPER_1 = {130, 247, 30, 29, 27, 28, 56, 190, 243};
    public static final int[] RIGHT_EYE_LOWER_1 = {130, 25, 110, 24, 23, 22, 26, 112, 243};
    public static final int[] RIGHT_EYE_UPPER_2 = {226, 113, 225, 224, 223, 222, 221, 189, 244};
    public static final int[] RIGHT_EYE_LOWER_2 = {226, 31, 228, 229, 230, 231, 232, 233, 244};
    public static final int[] LEFT_EYE_UPPER_0 = FaceIndices.LEFT_EYE_UPPER;
    public static final int[] LEFT_EYE_LOWER_0 = FaceIndices.LEFT_EYE_LOWER;
    public static final int[] LEFT_EYE_UPPER_1 = {359, 467, 260, 259, 257, 258, 286, 414, 463};
    public static final int[] LEFT_EYE_LOWER_1 = {359, 255, 339, 254, 253, 252, 256, 341, 463};
    public static final int[] LEFT_EYE_UPPER_2 = {446, 342, 445, 444, 443, 442, 441, 413, 464};
    public static final int[] LEFT_EYE_LOWER_2 = {446, 261, 448, 449, 450, 451, 452, 453, 464};

    public static final int[] RIGHT_BROW = FaceIndices.RIGHT_BROW;
    public static final int[] LEFT_BROW = FaceIndices.LEFT_BROW;
    /** Brow points nearest the nose (inner) per side; the rest of each brow list counts as outer. */
    public static final int[] RIGHT_BROW_INNER = {55, 65, 107, 66};
    public static final int[] LEFT_BROW_INNER = {285, 295, 336, 296};

    public static final int[] FACE_OVAL = FaceIndices.FACE_OVAL;

    public static final int RIGHT_CHEEK = FaceIndices.RIGHT_CHEEK;
    public static final int LEFT_CHEEK = FaceIndices.LEFT_CHEEK;
    public static final int RIGHT_EYE_OUTER = FaceIndices.RIGHT_EYE_OUTER;
    public static final int LEFT_EYE_OUTER = FaceIndices.LEFT_EYE_OUTER;
    public static final int CHIN = FaceIndices.CHIN;
}
