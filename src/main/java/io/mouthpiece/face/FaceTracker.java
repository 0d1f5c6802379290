package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.time.Rational;

import java.util.List;
import java.util.Optional;

/**
 * Follows one face through consecutive frames the way MediaPipe does: FaceMesh on the ROI of the previous frame's
 * landmarks, and the detector only on the first frame, after a cut, or when the mesh loses the face (face flag
 * below 0.5). Landmarks are smoothed with a 1€ filter; the next ROI comes from the raw landmarks so smoothing never
 * drags the crop behind a moving head. Not thread-safe (one per clip).
 */
public final class FaceTracker {
    /**
     * @param faceIndex which detected face to follow on (re)acquisition: 0 = best score; afterwards the one nearest
     *                  to where the face was last seen
     */
    public record Options(int faceIndex, LandmarkSmoother.Settings smoothing, double cutThreshold) {
        public static final Options DEFAULT = new Options(0, LandmarkSmoother.Settings.DEFAULT, 0.12);
    }

    private final FaceAnalyzer analyzer;
    private final Options options;
    private final LandmarkSmoother smoother;
    private final ShotChangeDetector cuts;
    private final FrameCache cache;
    private final String settingsKey;
    private float[] lastRaw;
    private double lastCx = Double.NaN, lastCy;
    private Rational lastTime;

    public FaceTracker(FaceAnalyzer analyzer, Options options, FrameCache cache) {
        this.analyzer = analyzer;
        this.options = options;
        this.smoother = new LandmarkSmoother(options.smoothing());
        this.cuts = new ShotChangeDetector(options.cutThreshold());
        this.cache = cache;
        this.settingsKey = "track1/" + options;
    }

    public TrackedFrame next(long index, Rational time, RgbImage frame) {
        boolean cut = cuts.isCut(frame);
        double dt = lastTime == null ? 0 : time.subtract(lastTime).toDouble();
        lastTime = time;
        if (cut) {
            lastRaw = null;
            smoother.reset();
        }
        String key = cache == null ? null : FrameCache.hash(frame, settingsKey);
        if (key != null) {
            Optional<FrameCache.Entry> hit = cache.get(key);
            if (hit.isPresent()) return fromCache(index, time, hit.get(), cut);
        }
        FaceMesh.Result raw = null;
        boolean detected = false;
        if (lastRaw != null) raw = analyzer.landmarksFrom(frame, FaceMesh.roiFromLandmarks(lastRaw), 1).orElse(null);
        double score = raw == null ? 0 : raw.faceFlag();
        if (raw == null) {
            detected = true;
            smoother.reset();
            Optional<Detection> d = choose(analyzer.detect(frame));
            if (d.isPresent()) {
                raw = analyzer.landmarksFrom(frame, d.get().meshRoi(), 2).orElse(null);
                score = d.get().score();
            }
        }
        if (raw == null) {
            lastRaw = null;
            if (key != null) cache.put(key, new FrameCache.Entry(null, null));
            return new TrackedFrame(index, time, null, true, cut);
        }
        lastRaw = raw.xyz();
        float[] smooth = smoother.smooth(raw.xyz(), dt);
        FaceAnalysis.Source src = detected ? FaceAnalysis.Source.DETECTED : FaceAnalysis.Source.TRACKED;
        FaceAnalysis f = analyzer.finish(frame, new FaceMesh.Result(smooth, raw.faceFlag(), raw.roi()), score, src);
        lastCx = (f.box().x0() + f.box().x1()) / 2;
        lastCy = (f.box().y0() + f.box().y1()) / 2;
        if (key != null) cache.put(key, new FrameCache.Entry(f, lastRaw));
        return new TrackedFrame(index, time, f, detected, cut);
    }

    private TrackedFrame fromCache(long index, Rational time, FrameCache.Entry e, boolean cut) {
        lastRaw = e.rawLandmarks();
        smoother.reset();
        if (e.result() != null) smoother.smooth(e.result().landmarks().xyz(), 0);   // resume from the cached state
        return new TrackedFrame(index, time, e.result(), false, cut);
    }

    /** The requested face on first acquisition; later the detection nearest the last position. */
    private Optional<Detection> choose(List<Detection> dets) {
        if (dets.isEmpty()) return Optional.empty();
        if (Double.isNaN(lastCx)) return Optional.of(dets.get(Math.min(options.faceIndex(), dets.size() - 1)));
        Detection best = dets.getFirst();
        double bd = Double.MAX_VALUE;
        for (Detection d : dets) {
            double cx = (d.box().x0() + d.box().x1()) / 2, cy = (d.box().y0() + d.box().y1()) / 2;
            double dist = Math.hypot(cx - lastCx, cy - lastCy);
            if (dist < bd) { bd = dist; best = d; }
        }
        return Optional.of(best);
    }
}
