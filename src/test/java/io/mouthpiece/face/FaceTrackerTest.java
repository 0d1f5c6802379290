package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class FaceTrackerTest {

    @Test
    void tracksThroughPanReportsLostFramesAndReacquires(@TempDir Path dir) throws Exception {
        BufferedImage src = Fixtures.image("astronaut.jpg");
        FaceLandmarks truth = AnalyzedFaces.of("astronaut.jpg").faces().getFirst().landmarks();
        PanClip clip = new PanClip(320);
        Path video = clip.write(src, dir.resolve("pan.mp4"));
        List<TrackedFrame> frames;
        FrameCache cache = new FrameCache();
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            frames = VideoTracking.track(video, a, FaceTracker.Options.DEFAULT, cache, Progress.NONE);
        }
        assertEquals(PanClip.FRAMES, frames.size());
        assertEquals(List.of(24L, 25L, 26L, 27L), VideoTracking.lostFrames(frames));
        assertEquals(Rational.of(1, 30), frames.get(1).time().subtract(frames.get(0).time()));
        // The detector runs on the first frame and on re-acquisition only.
        List<Long> detectorFrames = frames.stream().filter(TrackedFrame::detectorRun).map(TrackedFrame::index).toList();
        System.out.println("detector ran on frames " + detectorFrames);
        assertEquals(0L, detectorFrames.getFirst());
        assertTrue(detectorFrames.contains(28L));
        assertTrue(detectorFrames.size() <= 8, "detector frames " + detectorFrames);
        assertTrue(frames.get(24).shotChange() || frames.get(28).shotChange());

        // Accuracy against the known camera move, including the fast pan (lag would show here).
        double worst = 0, sum = 0;
        int n = 0, worstFrame = -1;
        for (TrackedFrame f : frames) {
            if (f.lost()) continue;
            int i = (int) f.index();
            FaceLandmarks lm = f.face().landmarks();
            double w = Math.hypot(lm.x(234) - lm.x(454), lm.y(234) - lm.y(454));
            double err = 0;
            for (int p = 0; p < 468; p++) {
                double[] t = clip.toFrame(i, truth.x(p), truth.y(p));
                err += Math.hypot(lm.x(p) - t[0], lm.y(p) - t[1]) / 468;
            }
            if (err / w > worst) { worst = err / w; worstFrame = i; }
            sum += err / w;
            n++;
        }
        System.out.printf("tracking error vs ground truth: mean %.4f W, worst %.4f W (frame %d) over %d frames%n", sum / n, worst, worstFrame, n);
        assertTrue(sum / n < 0.015, "mean error " + sum / n);
        assertTrue(worst < 0.02, "worst " + worst);   // no lag: the pan starts suddenly at 8 px/frame

        // Second run hits the cache on every frame and gives the same answers.
        int cached = cache.size();
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            List<TrackedFrame> again = VideoTracking.track(video, a, FaceTracker.Options.DEFAULT, cache, Progress.NONE);
            assertEquals(cached, cache.size());
            for (int i = 0; i < frames.size(); i++) assertEquals(frames.get(i).face(), again.get(i).face());
        }
    }

    @Test
    void smoothingRemovesJitterOnAStillFace() throws Exception {
        // Still face, each frame re-encoded from the photo with a sub-pixel shift: the raw mesh jitters a little.
        BufferedImage src = Fixtures.image("astronaut.jpg");
        double rawJitter, smoothJitter;
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            rawJitter = jitter(a, src, LandmarkSmoother.Settings.OFF);
            smoothJitter = jitter(a, src, LandmarkSmoother.Settings.DEFAULT);
        }
        System.out.printf("still-face jitter: raw %.3f px, smoothed %.3f px per frame%n", rawJitter, smoothJitter);
        assertTrue(smoothJitter < 0.6 * rawJitter, "raw " + rawJitter + " smoothed " + smoothJitter);
    }

    private static double jitter(FaceAnalyzer a, BufferedImage src, LandmarkSmoother.Settings s) {
        FaceTracker t = new FaceTracker(a, new FaceTracker.Options(0, s, 0.12), null);
        java.util.Random rnd = new java.util.Random(7);
        float[] prev = null;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 20; i++) {
            BufferedImage f = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
            var g = f.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.translate(rnd.nextDouble() * 0.6 - 0.3, rnd.nextDouble() * 0.6 - 0.3);  // camera shake < 0.3 px
            g.drawImage(src, -100, -10, null);
            g.dispose();
            TrackedFrame tf = t.next(i, Rational.of(i, 30), RgbImage.of(f));
            float[] p = tf.face().landmarks().xyz();
            if (prev != null && i >= 5) {
                for (int k = 0; k < 468; k++) sum += Math.hypot(p[3 * k] - prev[3 * k], p[3 * k + 1] - prev[3 * k + 1]) / 468;
                n++;
            }
            prev = p;
        }
        return sum / n;
    }
}
