package io.mouthpiece.face.rig;

import io.mouthpiece.face.FaceIndices;

/**
 * What renderers deform: the face as a triangle mesh over the source image.
 * <ul>
 *   <li>Vertices 0..467 are the (corrected) landmarks; then {@link #RINGS} rings of {@link #RING_SIZE} vertices
 *   each, the face oval pushed outwards by {@link #RING_DISTANCE} × W. All x, y in source pixels, z in the same
 *   scale (negative towards the camera).</li>
 *   <li>{@link #fade()} per vertex: how much of its anchor's displacement a vertex takes (1 for landmarks,
 *   0.75 / 0.35 / 0 for the rings; ring vertex i of every ring follows oval vertex {@code FACE_OVAL[i]}), so a warp
 *   fades into the untouched background and the outermost ring never moves.</li>
 *   <li>Triangles (vertex index triples, same winding as the canonical mesh): skin (852 canonical + 216 ring),
 *   and the holes drawn separately: mouth (18, inside the inner-lip loop) and eyes (14 each).</li>
 * </ul>
 * Immutable; accessors return copies.
 */
public final class FaceRig {
    public static final int LANDMARKS = 468;
    public static final int RINGS = 3;
    public static final int RING_SIZE = FaceIndices.FACE_OVAL.length;
    public static final double[] RING_DISTANCE = {0.10, 0.22, 0.34};
    public static final float[] RING_FADE = {0.75f, 0.35f, 0f};

    private final float[] vertices;
    private final float[] fade;
    private final int[] skin, mouthHole, rightEyeHole, leftEyeHole;
    private final RigMeasures measures;
    private final int imageWidth, imageHeight;

    FaceRig(float[] vertices, float[] fade, int[] skin, int[] mouthHole, int[] rightEyeHole, int[] leftEyeHole,
            RigMeasures measures, int imageWidth, int imageHeight) {
        this.vertices = vertices;
        this.fade = fade;
        this.skin = skin;
        this.mouthHole = mouthHole;
        this.rightEyeHole = rightEyeHole;
        this.leftEyeHole = leftEyeHole;
        this.measures = measures;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    public int vertexCount() { return vertices.length / 3; }

    /** x, y, z per vertex (landmarks then rings). */
    public float[] vertices() { return vertices.clone(); }

    public float x(int v) { return vertices[3 * v]; }

    public float y(int v) { return vertices[3 * v + 1]; }

    public float z(int v) { return vertices[3 * v + 2]; }

    /** Texture coordinates into the source image (x / width, y / height), two per vertex. */
    public float[] sourceUv() {
        float[] uv = new float[2 * vertexCount()];
        for (int v = 0; v < vertexCount(); v++) {
            uv[2 * v] = vertices[3 * v] / imageWidth;
            uv[2 * v + 1] = vertices[3 * v + 1] / imageHeight;
        }
        return uv;
    }

    public float[] fade() { return fade.clone(); }

    /** First vertex of ring r (0 = innermost). */
    public static int ringStart(int r) { return LANDMARKS + r * RING_SIZE; }

    /** The oval landmark a vertex follows (itself for landmarks). */
    public static int anchorOf(int v) { return v < LANDMARKS ? v : FaceIndices.FACE_OVAL[(v - LANDMARKS) % RING_SIZE]; }

    public int[] skinTriangles() { return skin.clone(); }

    public int[] mouthHoleTriangles() { return mouthHole.clone(); }

    public int[] rightEyeHoleTriangles() { return rightEyeHole.clone(); }

    public int[] leftEyeHoleTriangles() { return leftEyeHole.clone(); }

    public RigMeasures measures() { return measures; }

    public int imageWidth() { return imageWidth; }

    public int imageHeight() { return imageHeight; }

    // Index lists renderers select vertices by (never by distance: closed lips are 1-2 px apart).
    public static int[] lipsOuterUpper() { return FaceIndices.LIPS_OUTER_UPPER.clone(); }

    public static int[] lipsOuterLower() { return FaceIndices.LIPS_OUTER_LOWER.clone(); }

    public static int[] lipsInnerUpper() { return FaceIndices.LIPS_INNER_UPPER.clone(); }

    public static int[] lipsInnerLower() { return FaceIndices.LIPS_INNER_LOWER.clone(); }

    public static int[] rightEyeUpper() { return FaceIndices.RIGHT_EYE_UPPER.clone(); }

    public static int[] rightEyeLower() { return FaceIndices.RIGHT_EYE_LOWER.clone(); }

    public static int[] leftEyeUpper() { return FaceIndices.LEFT_EYE_UPPER.clone(); }

    public static int[] leftEyeLower() { return FaceIndices.LEFT_EYE_LOWER.clone(); }

    public static int[] rightBrow() { return FaceIndices.RIGHT_BROW.clone(); }

    public static int[] leftBrow() { return FaceIndices.LEFT_BROW.clone(); }

    public static int[] faceOval() { return FaceIndices.FACE_OVAL.clone(); }

    public static int[] jaw() { return FaceIndices.JAW.clone(); }

    /**
     * The eye-line frame renderers deform in: origin between the outer eye corners (33, 263), unit u along the eye
     * line, v perpendicular pointing down the face; returns {ox, oy, ux, uy, vx, vy}.
     */
    public double[] eyeFrame() {
        double ax = x(FaceIndices.RIGHT_EYE_OUTER), ay = y(FaceIndices.RIGHT_EYE_OUTER);
        double bx = x(FaceIndices.LEFT_EYE_OUTER), by = y(FaceIndices.LEFT_EYE_OUTER);
        double len = Math.hypot(bx - ax, by - ay);
        double ux = (bx - ax) / len, uy = (by - ay) / len;
        return new double[] {(ax + bx) / 2, (ay + by) / 2, ux, uy, -uy, ux};
    }
}
