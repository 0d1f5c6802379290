package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.EyeIris;
import io.mouthpiece.core.face.ImageFaces;
import io.mouthpiece.core.face.IrisPair;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.inference.OnnxSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Still-image face analysis: detect → FaceMesh on the detection ROI → FaceMesh again on the ROI of its own
 * landmarks (MediaPipe's tracking ROI, tighter and eye-aligned) → iris on both eyes → head pose. Not thread-safe:
 * one analyzer per worker thread (it owns its model sessions); the models themselves are shared via the registry.
 */
public final class FaceAnalyzer implements AutoCloseable {
    /**
     * @param maxAnalysisSize images whose long side exceeds this are analysed on a downscaled copy (the models see
     *                        at most 192 px of a face anyway) and the results mapped back to full resolution
     */
    public record Options(DetectorKind detector, int maxFaces, boolean iris, int maxAnalysisSize, double minScore) {
        public static final Options DEFAULT = new Options(DetectorKind.AUTO, 8, true, 2048, FaceDetector.MIN_SCORE);
    }

    /** A face smaller than this fraction of the long side is "small": AUTO then also runs the full-range model. */
    static final double SMALL_FACE = 0.25;

    private final ModelRegistry registry;
    private final Options options;
    private final HeadPoseEstimator pose;
    private final List<OnnxSession> sessions = new ArrayList<>();
    private FaceDetector shortDetector, fullDetector;
    private FaceMesh mesh;
    private IrisModel iris;

    public FaceAnalyzer(ModelRegistry registry, FaceTopology topology, Options options) {
        this.registry = registry;
        this.options = options;
        this.pose = new HeadPoseEstimator(topology);
    }

    /** Every face found, best score first. Coordinates in the given image's pixels. */
    public ImageFaces analyze(RgbImage full) {
        double s = scaleFor(full);
        RgbImage img = s == 1 ? full : full.downscaled((int) Math.round(full.width() * s), (int) Math.round(full.height() * s));
        List<FaceAnalysis> faces = new ArrayList<>();
        for (Detection d : detect(img)) {
            landmarksFrom(img, d.meshRoi(), 2).ifPresent(r -> faces.add(
                    finish(img, r, d.score(), FaceAnalysis.Source.DETECTED)));
        }
        faces.sort(Comparator.comparingDouble(FaceAnalysis::score).reversed());
        List<FaceAnalysis> out = s == 1 ? faces : faces.stream().map(f -> rescale(f, 1 / s, full)).toList();
        return new ImageFaces(full.width(), full.height(), dedupe(out));
    }

    /** The detector stage alone (AUTO: short range, plus full range when faces are missing or small). */
    public List<Detection> detect(RgbImage img) {
        DetectorKind k = options.detector();
        List<Detection> found = new ArrayList<>();
        if (k != DetectorKind.FULL) found.addAll(shortDetector().detect(img, options.minScore(), options.maxFaces()));
        double longSide = Math.max(img.width(), img.height());
        boolean small = found.stream().allMatch(d -> Math.max(d.box().width(), d.box().height()) < SMALL_FACE * longSide);
        if (k == DetectorKind.FULL || (k == DetectorKind.AUTO && small)) {
            found.addAll(fullDetector().detect(img, options.minScore(), options.maxFaces()));
            found = FaceDetector.weightedNms(found, FaceDetector.NMS_IOU, options.maxFaces());
        }
        if (found.isEmpty() && k != DetectorKind.SHORT && longSide >= 2 * TILE_MIN) found = detectTiled(img);
        return found;
    }

    /** Tiles are at least this many pixels; below it the letterboxed whole image already resolves faces. */
    static final int TILE_MIN = 320;

    /**
     * Last resort for faces too small for the whole-frame letterbox (under about 5 % of the frame width at 192 px):
     * the full-range model on overlapping square tiles half the long side wide, which doubles the face's size in
     * the model input. Costs up to ~6 extra detector runs, only when nothing was found.
     */
    List<Detection> detectTiled(RgbImage img) {
        int side = Math.max(TILE_MIN, Math.max(img.width(), img.height()) / 2);
        List<Detection> all = new ArrayList<>();
        for (double cy : tileCentres(img.height(), side))
            for (double cx : tileCentres(img.width(), side))
                all.addAll(fullDetector().detectRaw(img, new RotatedRect(cx, cy, side, side, 0), options.minScore()));
        return FaceDetector.weightedNms(all, FaceDetector.NMS_IOU, options.maxFaces());
    }

    /** Centres of tiles of {@code side} covering [0, length) with half-tile overlap. */
    static List<Double> tileCentres(int length, int side) {
        List<Double> c = new ArrayList<>();
        if (length <= side) {
            c.add(length / 2.0);
            return c;
        }
        int n = (int) Math.ceil((length - side) / (side / 2.0)) + 1;
        for (int i = 0; i < n; i++) c.add(side / 2.0 + (length - side) * (double) i / (n - 1));
        return c;
    }

    /**
     * FaceMesh from an ROI, re-run {@code passes − 1} times on its own landmarks' ROI. Empty when the mesh model
     * says there is no face there (face flag < 0.5).
     */
    public Optional<FaceMesh.Result> landmarksFrom(RgbImage img, RotatedRect roi, int passes) {
        FaceMesh.Result r = mesh().run(img, roi);
        for (int p = 1; p < passes && r.faceFlag() >= 0.5; p++) r = mesh().run(img, FaceMesh.roiFromLandmarks(r.xyz()));
        return r.faceFlag() >= 0.5 ? Optional.of(r) : Optional.empty();
    }

    /** Iris, pose and box for mesh landmarks. */
    public FaceAnalysis finish(RgbImage img, FaceMesh.Result r, double score, FaceAnalysis.Source source) {
        float[] xyz = r.xyz();
        IrisPair irisPair = null;
        if (options.iris()) {
            double rot = FaceMesh.roiFromLandmarks(xyz).rotation();
            EyeIris[] both = iris().runBoth(img, xyz, rot);
            irisPair = new IrisPair(both[0], both[1]);
        }
        return new FaceAnalysis(score, boundingBox(xyz), new FaceLandmarks(img.width(), img.height(), xyz), irisPair,
                pose.estimate(xyz), source);
    }

    public HeadPoseEstimator poseEstimator() { return pose; }

    static FaceBox boundingBox(float[] xyz) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i < xyz.length; i += 3) {
            x0 = Math.min(x0, xyz[i]); x1 = Math.max(x1, xyz[i]);
            y0 = Math.min(y0, xyz[i + 1]); y1 = Math.max(y1, xyz[i + 1]);
        }
        return new FaceBox(x0, y0, x1, y1);
    }

    double scaleFor(RgbImage img) {
        int longSide = Math.max(img.width(), img.height());
        return longSide > options.maxAnalysisSize() ? (double) options.maxAnalysisSize() / longSide : 1;
    }

    static FaceAnalysis rescale(FaceAnalysis f, double k, RgbImage full) {
        FaceBox b = f.box();
        IrisPair ip = f.iris() == null ? null : new IrisPair(scale(f.iris().right(), k), scale(f.iris().left(), k));
        return new FaceAnalysis(f.score(), new FaceBox(b.x0() * k, b.y0() * k, b.x1() * k, b.y1() * k),
                f.landmarks().scaled(k, full.width(), full.height()), ip, f.pose(), f.source());
    }

    private static EyeIris scale(EyeIris e, double k) {
        return new EyeIris(e.cx() * k, e.cy() * k, e.radius() * k, e.openness());
    }

    /** Two detections can converge on the same face after the mesh passes; keep the better one. */
    static List<FaceAnalysis> dedupe(List<FaceAnalysis> faces) {
        List<FaceAnalysis> kept = new ArrayList<>();
        for (FaceAnalysis f : faces)
            if (kept.stream().noneMatch(k -> FaceDetector.iou(k.box(), f.box()) > 0.5)) kept.add(f);
        return kept;
    }

    private FaceDetector shortDetector() {
        if (shortDetector == null) shortDetector = new FaceDetector(FaceDetector.Spec.shortRange(), open("face-detection-short"));
        return shortDetector;
    }

    private FaceDetector fullDetector() {
        if (fullDetector == null) fullDetector = new FaceDetector(FaceDetector.Spec.fullRange(), open("face-detection-full"));
        return fullDetector;
    }

    private FaceMesh mesh() {
        if (mesh == null) mesh = new FaceMesh(open("facemesh"));
        return mesh;
    }

    private IrisModel iris() {
        if (iris == null) iris = new IrisModel(open("iris"));
        return iris;
    }

    private OnnxSession open(String id) {
        OnnxSession s = registry.model(id).newSession();
        sessions.add(s);
        return s;
    }

    @Override
    public void close() {
        sessions.forEach(OnnxSession::close);
        sessions.clear();
    }
}
