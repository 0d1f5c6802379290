package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.inference.OnnxSession;
import io.mouthpiece.inference.Tensor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * BlazeFace on a whole image: letterbox to the model's square input, decode the anchors, weighted NMS (as
 * MediaPipe's native graph does), map back to image pixels. One instance per thread (it owns a session).
 */
public final class FaceDetector {
    /** Decoding constants of one BlazeFace variant. */
    public record Spec(String modelId, int inputSize, String inputName, String outputName, float[] anchors) {
        public static Spec shortRange() {
            return new Spec("face-detection-short", 128, "input", "objects", Anchors.shortRange());
        }

        public static Spec fullRange() {
            return new Spec("face-detection-full", 192, "input", "Identity", Anchors.fullRange());
        }
    }

    public static final double MIN_SCORE = 0.5;
    static final double NMS_IOU = 0.3;

    private final Spec spec;
    private final OnnxSession session;

    public FaceDetector(Spec spec, OnnxSession session) {
        this.spec = spec;
        this.session = session;
    }

    public Spec spec() { return spec; }

    /** The model input for an image: letterboxed, [-1,1]. */
    public float[] preprocess(RgbImage img) {
        RotatedRect lb = ImageCrop.letterbox(img.width(), img.height());
        return ImageCrop.crop(img, lb, spec.inputSize(), ImageCrop.Border.ZERO, 1f / 127.5f, -1f, false);
    }

    /** Faces with score ≥ minScore, best first, at most maxFaces. */
    public List<Detection> detect(RgbImage img, double minScore, int maxFaces) {
        return weightedNms(detectRaw(img, ImageCrop.letterbox(img.width(), img.height()), minScore), NMS_IOU, maxFaces);
    }

    /** Raw (pre-NMS) detections inside an axis-aligned square of the image, black outside the image. */
    public List<Detection> detectRaw(RgbImage img, RotatedRect square, double minScore) {
        int n = spec.inputSize();
        float[] in = ImageCrop.crop(img, square, n, ImageCrop.Border.ZERO, 1f / 127.5f, -1f, false);
        float[] out = session.run(Tensor.of(spec.inputName(), in, 1, n, n, 3)).get(spec.outputName()).data();
        return decode(out, spec, minScore, square);
    }

    /** Raw detections above the threshold, in image pixels of the image the letterbox ROI was taken from. */
    static List<Detection> decode(float[] out, Spec spec, double minScore, RotatedRect letterbox) {
        float[] anchors = spec.anchors();
        int count = anchors.length / 2;
        if (out.length != count * 17)
            throw new IllegalStateException(spec.modelId() + ": expected " + count * 17 + " outputs, got " + out.length);
        double n = spec.inputSize();
        double s = letterbox.width(), ox = letterbox.cx() - s / 2, oy = letterbox.cy() - s / 2;
        List<Detection> r = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int o = i * 17;
            double logit = Math.max(-100, Math.min(100, out[o]));
            double score = 1 / (1 + Math.exp(-logit));
            if (score < minScore) continue;
            double ax = anchors[2 * i], ay = anchors[2 * i + 1];
            double xc = out[o + 1] / n + ax, yc = out[o + 2] / n + ay;
            double w = out[o + 3] / n, h = out[o + 4] / n;
            FaceBox box = new FaceBox(ox + (xc - w / 2) * s, oy + (yc - h / 2) * s, ox + (xc + w / 2) * s, oy + (yc + h / 2) * s);
            double[] kp = new double[12];
            for (int k = 0; k < 6; k++) {
                kp[2 * k] = ox + (out[o + 5 + 2 * k] / n + ax) * s;
                kp[2 * k + 1] = oy + (out[o + 6 + 2 * k] / n + ay) * s;
            }
            r.add(new Detection(score, box, kp));
        }
        return r;
    }

    /**
     * MediaPipe's weighted NMS: take the best remaining detection, average it with every detection overlapping it
     * by more than {@code iou} (weights = scores), keep the best score. Steadier boxes than plain NMS.
     */
    static List<Detection> weightedNms(List<Detection> dets, double iou, int maxFaces) {
        List<Detection> rest = new ArrayList<>(dets);
        rest.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        while (!rest.isEmpty() && kept.size() < maxFaces) {
            Detection best = rest.getFirst();
            List<Detection> cluster = new ArrayList<>();
            for (Detection d : rest) if (iou(best.box(), d.box()) > iou) cluster.add(d);
            rest.removeAll(cluster);
            double wsum = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            double[] kp = new double[12];
            for (Detection d : cluster) {
                double w = d.score();
                wsum += w;
                x0 += w * d.box().x0(); y0 += w * d.box().y0(); x1 += w * d.box().x1(); y1 += w * d.box().y1();
                for (int k = 0; k < 12; k++) kp[k] += w * d.keypoints()[k];
            }
            for (int k = 0; k < 12; k++) kp[k] /= wsum;
            kept.add(new Detection(best.score(), new FaceBox(x0 / wsum, y0 / wsum, x1 / wsum, y1 / wsum), kp));
        }
        return kept;
    }

    static double iou(FaceBox a, FaceBox b) {
        double ix = Math.max(0, Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()));
        double iy = Math.max(0, Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0()));
        double inter = ix * iy;
        double union = a.width() * a.height() + b.width() * b.height() - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
