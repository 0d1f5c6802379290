package io.mouthpiece.face;

import io.mouthpiece.core.face.EyeIris;
import io.mouthpiece.inference.OnnxSession;
import io.mouthpiece.inference.Tensor;

/**
 * The iris model on both eyes. It was trained on the subject's left eye, so the right eye's crop is mirrored and
 * its x outputs mirrored back. One per thread.
 */
public final class IrisModel {
    public static final int SIZE = 64;
    static final double EYE_BOX_SCALE = 2.3;
    static final int IRIS_CENTRE = 71;

    private final OnnxSession session;

    public IrisModel(OnnxSession session) { this.session = session; }

    /** The eye crop: centred between the corners, 2.3 × the eye width, rotated with the eye line. */
    public static RotatedRect eyeRoi(float[] xyz, boolean rightEye, double rotation) {
        int a = rightEye ? FaceIndices.RIGHT_EYE_OUTER : FaceIndices.LEFT_EYE_INNER;
        int b = rightEye ? FaceIndices.RIGHT_EYE_INNER : FaceIndices.LEFT_EYE_OUTER;
        double ax = xyz[3 * a], ay = xyz[3 * a + 1], bx = xyz[3 * b], by = xyz[3 * b + 1];
        double s = Math.hypot(bx - ax, by - ay) * EYE_BOX_SCALE;
        return new RotatedRect((ax + bx) / 2, (ay + by) / 2, s, s, rotation);
    }

    /** Both eyes in one batched call (N = 2): right eye (mirrored) first, then the left. */
    public EyeIris[] runBoth(RgbImage img, float[] xyz, double rotation) {
        RotatedRect rr = eyeRoi(xyz, true, rotation), lr = eyeRoi(xyz, false, rotation);
        float[] r = ImageCrop.crop(img, rr, SIZE, ImageCrop.Border.REPLICATE, 1f / 255f, 0f, true);
        float[] l = ImageCrop.crop(img, lr, SIZE, ImageCrop.Border.REPLICATE, 1f / 255f, 0f, false);
        float[] in = new float[r.length * 2];
        System.arraycopy(r, 0, in, 0, r.length);
        System.arraycopy(l, 0, in, r.length, l.length);
        float[] out = session.run(Tensor.of("input_1", in, 2, SIZE, SIZE, 3)).get("Identity").data();
        int per = out.length / 2;
        return new EyeIris[] {
                decode(java.util.Arrays.copyOfRange(out, 0, per), rr, true, xyz),
                decode(java.util.Arrays.copyOfRange(out, per, 2 * per), lr, false, xyz)};
    }

    public EyeIris run(RgbImage img, float[] xyz, boolean rightEye, double rotation) {
        RotatedRect roi = eyeRoi(xyz, rightEye, rotation);
        float[] in = ImageCrop.crop(img, roi, SIZE, ImageCrop.Border.REPLICATE, 1f / 255f, 0f, rightEye);
        float[] out = session.run(Tensor.of("input_1", in, 1, SIZE, SIZE, 3)).get("Identity").data();
        return decode(out, roi, rightEye, xyz);
    }

    private static EyeIris decode(float[] out, RotatedRect roi, boolean rightEye, float[] xyz) {
        double[] c = toImage(out, IRIS_CENTRE, roi, rightEye);
        double radius = 0;
        for (int k = 1; k <= 4; k++) {
            double[] p = toImage(out, IRIS_CENTRE + k, roi, rightEye);
            radius += Math.hypot(p[0] - c[0], p[1] - c[1]) / 4;
        }
        return new EyeIris(c[0], c[1], radius, openness(xyz, rightEye));
    }

    private static double[] toImage(float[] out, int point, RotatedRect roi, boolean mirrored) {
        double px = out[3 * point], py = out[3 * point + 1];
        // The mirrored crop's column xo sampled original column SIZE-1-xo; invert the same way.
        double u = (mirrored ? SIZE - 1 - px : px) / SIZE, v = py / SIZE;
        return new double[] {roi.toImageX(u, v), roi.toImageY(u, v)};
    }

    /** Lid gap over eye width from the mesh (≈0.3 open, < 0.1 closed). */
    public static double openness(float[] xyz, boolean rightEye) {
        int top = rightEye ? FaceIndices.RIGHT_EYE_TOP : FaceIndices.LEFT_EYE_TOP;
        int bot = rightEye ? FaceIndices.RIGHT_EYE_BOTTOM : FaceIndices.LEFT_EYE_BOTTOM;
        int a = rightEye ? FaceIndices.RIGHT_EYE_OUTER : FaceIndices.LEFT_EYE_OUTER;
        int b = rightEye ? FaceIndices.RIGHT_EYE_INNER : FaceIndices.LEFT_EYE_INNER;
        double gap = Math.hypot(xyz[3 * top] - xyz[3 * bot], xyz[3 * top + 1] - xyz[3 * bot + 1]);
        double width = Math.hypot(xyz[3 * a] - xyz[3 * b], xyz[3 * a + 1] - xyz[3 * b + 1]);
        return width <= 0 ? 0 : gap / width;
    }
}
