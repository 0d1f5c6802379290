package io.mouthpiece.face;

import io.mouthpiece.inference.OnnxSession;
import io.mouthpiece.inference.Tensor;

import java.util.Map;

/** The 468-point FaceMesh model on a rotated ROI, with results mapped back to image pixels. One per thread. */
public final class FaceMesh {
    public static final int SIZE = 192;
    public static final int POINTS = 468;

    /** Landmarks (x, y, z image px), the model's face-presence probability, and the ROI they came from. */
    public record Result(float[] xyz, double faceFlag, RotatedRect roi) { }

    private final OnnxSession session;

    public FaceMesh(OnnxSession session) { this.session = session; }

    public static float[] preprocess(RgbImage img, RotatedRect roi) {
        return ImageCrop.crop(img, roi, SIZE, ImageCrop.Border.REPLICATE, 1f / 255f, 0f, false);
    }

    public Result run(RgbImage img, RotatedRect roi) {
        Map<String, Tensor> out = session.run(Tensor.of("input_1", preprocess(img, roi), 1, SIZE, SIZE, 3));
        float[] mesh = out.get("output_mesh").data();
        double flag = out.get("output_faceflag").data()[0];
        return new Result(toImage(mesh, roi), flag, roi);
    }

    /** Crop units (192 px, z in x's scale) to image pixels: rotate and scale by the ROI. */
    public static float[] toImage(float[] mesh, RotatedRect roi) {
        float[] r = new float[POINTS * 3];
        for (int i = 0; i < POINTS; i++) {
            double u = mesh[3 * i] / SIZE, v = mesh[3 * i + 1] / SIZE;
            r[3 * i] = (float) roi.toImageX(u, v);
            r[3 * i + 1] = (float) roi.toImageY(u, v);
            r[3 * i + 2] = (float) (mesh[3 * i + 2] / SIZE * roi.width());
        }
        return r;
    }

    /**
     * MediaPipe's ROI from a previous pass's landmarks: rotation from landmark 33 to 263 (outer eye corners), the
     * landmarks' bounding box measured in that rotated frame, square of the long side × 1.5.
     */
    public static RotatedRect roiFromLandmarks(float[] xyz) {
        double r = RotatedRect.rotationFrom(xyz[3 * 33], xyz[3 * 33 + 1], xyz[3 * 263], xyz[3 * 263 + 1]);
        double cos = Math.cos(r), sin = Math.sin(r);
        double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
        for (int i = 0; i < POINTS; i++) {
            double x = xyz[3 * i], y = xyz[3 * i + 1];
            double u = x * cos + y * sin, v = -x * sin + y * cos;
            minU = Math.min(minU, u); maxU = Math.max(maxU, u);
            minV = Math.min(minV, v); maxV = Math.max(maxV, v);
        }
        double cu = (minU + maxU) / 2, cv = (minV + maxV) / 2;
        double cx = cu * cos - cv * sin, cy = cu * sin + cv * cos;
        return new RotatedRect(cx, cy, maxU - minU, maxV - minV, r).squareLong(1.5);
    }
}
