package io.mouthpiece.dub;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.media.ShotProber;
import io.mouthpiece.media.ShotReader;
import io.mouthpiece.render.ChannelValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Synthesis and composite on the rig-rendered talking shot, dubbed with another line. */
class LowerFaceCompositorTest {
    static TalkingShot shot;
    static List<MouthDescriptor> descriptors;
    static ShotProber.Probe probe;

    @BeforeAll
    static void shot() throws Exception {
        shot = TalkingShot.get();
        descriptors = MouthMeasureTest.describe(shot);
        probe = ShotProber.probe(shot.file);
    }

    @Test
    void outsideTheMaskEveryPixelIsTheSourceFrame() throws Exception {
        try (ShotReader r = ShotReader.open(shot.file, probe, false)) {
            ShotReader.Picture out = r.frame(17), src = r.frame(3);   // a closed mouth gets an open one
            int w = out.width(), h = out.height();
            LowerFaceCompositor c = new LowerFaceCompositor();
            LowerFaceCompositor.Result res = c.composite(w, h, out.rgb(), shot.tracked.get(17).face().landmarks(),
                    src.rgb(), shot.tracked.get(3).face().landmarks());
            int changedInside = 0, outside = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (res.mask().contains(x, y)) {
                        if (res.rgb()[i] != out.rgb()[i]) changedInside++;
                    } else {
                        outside++;
                        assertEquals(out.rgb()[i], res.rgb()[i], "pixel " + x + "," + y + " outside the mask changed");
                    }
                }
            }
            System.out.printf("composite 17 <- 3: mask %d px (box %dx%d at %d,%d), %d changed inside, %d untouched outside%n",
                    res.mask().area(), res.mask().w(), res.mask().h(), res.mask().x0(), res.mask().y0(), changedInside, outside);
            assertTrue(changedInside > res.mask().area() / 3, "the mouth was replaced: " + changedInside);
            assertTrue(res.mask().area() < w * h / 4, "the mask is the lower face, not the picture");
            TalkingShot.save(out.rgb(), w, h, "composite-17-background.png");
            TalkingShot.save(src.rgb(), w, h, "composite-17-source3.png");
            TalkingShot.save(res.rgb(), w, h, "composite-17-from-3.png");

            // a frame composited onto itself changes little (warp resampling only)
            LowerFaceCompositor.Result self = new LowerFaceCompositor().composite(w, h, out.rgb(), shot.tracked.get(17).face().landmarks(),
                    out.rgb(), shot.tracked.get(17).face().landmarks());
            double diff = 0;
            for (int i = 0; i < out.rgb().length; i++) {
                int a = out.rgb()[i], b = self.rgb()[i];
                diff += Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255)) + Math.abs((a & 255) - (b & 255));
            }
            double perPixel = diff / 3 / self.mask().area();
            System.out.printf("self-composite: mean |difference| inside the mask %.2f levels%n", perPixel);
            assertTrue(perPixel < 3, "self composite mean diff " + perPixel);
        }
    }

    @Test
    void theDubberUsesNoFrameOfTheDubbedRangeAndRefusesALineTooLong() throws Exception {
        List<ChannelValues> b = new ArrayList<>();
        for (int i = 10; i < 50; i++) b.add(MouthSelectorTest.lineB(i));
        FootageDubber dubber = new FootageDubber(shot.analysis, new MouthSelector());
        List<Long> written = new ArrayList<>();
        FootageDubber.Report report = dubber.dub(10, MouthSelectorTest.sources(b), null, i -> i >= 10 && i < 50,
                (f, rgb, st) -> written.add(f), Progress.NONE);
        double[] asked = new double[b.size()], shown = new double[b.size()];
        for (int k = 0; k < b.size(); k++) {
            int pick = report.selection().source()[k];
            assertTrue(pick < 10 || pick >= 50, "picked frame " + pick + " from the dubbed range");
            asked[k] = b.get(k).get(Channel.JAW_OPEN);
            shown[k] = shot.channels.get(pick).get(Channel.JAW_OPEN);
        }
        double r = Stats.correlation(asked, shown);
        System.out.printf("dubber, uncalibrated, frames 10-49 excluded: r(B, picked jawOpen) %.3f, mean run %.1f, %d unmatched%n",
                r, report.selection().meanRunLength(), report.selection().unmatchedCount());
        assertEquals(40, written.size());
        assertEquals(10L, written.getFirst());
        assertTrue(r >= 0.6, "uncalibrated picks follow line B: r = " + r);
        io.mouthpiece.core.media.MediaException tooLong = assertThrows(io.mouthpiece.core.media.MediaException.class,
                () -> dubber.dub(40, MouthSelectorTest.sources(b), null, null, (f, rgb, st) -> { }, Progress.NONE));
        assertTrue(tooLong.getMessage().contains("run past the shot"), tooLong.getMessage());
    }

    @Test
    void aJumpBetweenRunsIsDissolvedAndStillLeavesTheOutsideUntouched() throws Exception {
        int[] picks = {40, 41, 42, 10, 11, 12};
        MouthSelector.Selection sel = new MouthSelector.Selection(picks, new double[6], new boolean[6]);
        List<int[]> frames = new ArrayList<>();
        try (ShotReader bg = ShotReader.open(shot.file, probe, false); ShotReader src = ShotReader.open(shot.file, probe, false);
             ShotReader check = ShotReader.open(shot.file, probe, false)) {
            DubSynthesis.render(bg, src, shot.tracked, 20, sel, (f, rgb, st) -> frames.add(rgb), Progress.NONE);
            ShotReader.Picture out = check.frame(23);
            int w = out.width(), h = out.height();
            var lm = shot.tracked.get(23).face().landmarks();
            int[] bgPx = out.rgb().clone();
            LowerFaceCompositor.Result jumpTo = new LowerFaceCompositor().composite(w, h, bgPx, lm, check.frame(10).rgb(),
                    shot.tracked.get(10).face().landmarks());
            LowerFaceCompositor.Result runOn = new LowerFaceCompositor().composite(w, h, bgPx, lm, check.frame(43).rgb(),
                    shot.tracked.get(43).face().landmarks());
            int[] dubbed = frames.get(3);
            assertFalse(java.util.Arrays.equals(dubbed, jumpTo.rgb()), "the jump frame is a dissolve, not the new run alone");
            int between = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (!jumpTo.mask().contains(x, y) && !runOn.mask().contains(x, y)) {
                        assertEquals(bgPx[i], dubbed[i], "pixel " + x + "," + y + " outside both masks changed");
                    }
                }
            }
        }
    }

    @Test
    void theSeamCorrectionIsSmoothedOverTime() throws Exception {
        try (ShotReader r = ShotReader.open(shot.file, probe, false)) {
            ShotReader.Picture out = r.frame(17), src = r.frame(3);
            int w = out.width(), h = out.height();
            int[] dim = out.rgb(), bright = new int[dim.length];
            for (int i = 0; i < dim.length; i++) {   // the picture flickers by 8 levels from frame to frame
                int c = dim[i];
                bright[i] = Math.min(255, (c >> 16 & 255) + 8) << 16 | Math.min(255, (c >> 8 & 255) + 8) << 8 | Math.min(255, (c & 255) + 8);
            }
            var lo = shot.tracked.get(17).face().landmarks();
            var ls = shot.tracked.get(3).face().landmarks();
            LowerFaceCompositor smoothed = new LowerFaceCompositor();
            double[] step = new double[2];
            for (int pass = 0; pass < 2; pass++) {
                int[] previous = null;
                double sum = 0;
                for (int t = 0; t < 12; t++) {
                    if (pass == 1) smoothed.reset(); // pass 1: no history, as if every frame were cloned on its own
                    LowerFaceCompositor.Result res = smoothed.composite(w, h, t % 2 == 0 ? dim : bright, lo, src.rgb(), ls);
                    if (previous != null && t >= 6) {
                        // the mouth's interior, far from the feathered edge: the pixels only the correction changes
                        int n = 0;
                        double d = 0;
                        for (int i = 0; i < res.rgb().length; i++) {
                            int x = i % w, y = i / w;
                            if (!res.mask().contains(x, y) || Math.hypot(x - lo.x(13), y - lo.y(13)) > 8) continue;
                            d += Math.abs((res.rgb()[i] >> 8 & 255) - (previous[i] >> 8 & 255));
                            n++;
                        }
                        sum += d / n;
                    }
                    previous = res.rgb();
                }
                step[pass] = sum / 6;
                smoothed.reset();
            }
            System.out.printf("seam flicker at the mouth for an 8-level picture flicker: %.2f levels smoothed, %.2f without history%n", step[0], step[1]);
            assertTrue(step[1] > 5, "without history the clone follows the flicker: " + step[1]);
            assertTrue(step[0] < 0.5 * step[1], "smoothing damps it: " + step[0]);
        }
    }

    @Test
    void framesWithoutAFaceAreLeftAsTheyAreAndReported() throws Exception {
        List<TrackedFrame> tracked = new ArrayList<>(shot.tracked);
        TrackedFrame f5 = tracked.get(5);
        tracked.set(5, new TrackedFrame(5, f5.time(), null, true, false));           // face lost
        TrackedFrame f6 = tracked.get(6);
        var weak = new io.mouthpiece.core.face.FaceAnalysis(0.1, f6.face().box(), f6.face().landmarks(), f6.face().iris(),
                f6.face().pose(), f6.face().source());
        tracked.set(6, new TrackedFrame(6, f6.time(), weak, false, false));           // hand over the mouth
        int[] picks = {40, 41, 42, 43, 44, 45, 46, 47};
        MouthSelector.Selection sel = new MouthSelector.Selection(picks, new double[8], new boolean[8]);
        List<DubSynthesis.Status> statuses = new ArrayList<>();
        List<int[]> frames = new ArrayList<>();
        try (ShotReader bg = ShotReader.open(shot.file, probe, false); ShotReader src = ShotReader.open(shot.file, probe, false);
             ShotReader check = ShotReader.open(shot.file, probe, false)) {
            DubSynthesis.render(bg, src, tracked, 0, sel, (f, rgb, st) -> {
                statuses.add(st);
                frames.add(rgb);
            }, Progress.NONE);
            assertEquals(DubSynthesis.Status.FACE_LOST, statuses.get(5));
            assertEquals(DubSynthesis.Status.OCCLUDED, statuses.get(6));
            assertEquals(DubSynthesis.Status.DUBBED, statuses.get(7));
            assertArrayEquals(check.frame(5).rgb(), frames.get(5));
            assertArrayEquals(check.frame(6).rgb(), frames.get(6));
            assertFalse(java.util.Arrays.equals(check.frame(7).rgb(), frames.get(7)));
        }
    }

    @Test
    void theDubbedOutputOpensWithTheNewLine() throws Exception {
        MouthDatabase db = MouthDatabase.of(descriptors, shot.tracked);
        ShapeMapping mapping = ShapeMapping.calibrated(db, MouthSelectorTest.sources(shot.channels));
        List<ChannelValues> b = new ArrayList<>();
        for (int i = 0; i < TalkingShot.FRAMES; i++) b.add(MouthSelectorTest.lineB(i));
        MouthSelector.Selection sel = new MouthSelector().select(
                MouthSelectorTest.targets(mapping, MouthSelectorTest.sources(b), descriptors), db, mapping);
        List<int[]> frames = new ArrayList<>();
        long t0 = System.nanoTime();
        int[] counts;
        try (ShotReader bg = ShotReader.open(shot.file, probe, false); ShotReader src = ShotReader.open(shot.file, probe, false)) {
            counts = DubSynthesis.render(bg, src, shot.tracked, 0, sel, (f, rgb, st) -> frames.add(rgb), Progress.NONE);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / frames.size();
        System.out.printf("dub synthesis at %dx%d: %.1f ms/frame (decode of two readers included), statuses %s%n",
                TalkingShot.SIZE, TalkingShot.SIZE, ms, java.util.Arrays.toString(counts));
        assertEquals(TalkingShot.FRAMES, frames.size());
        for (int i : new int[] {0, 8, 26, 45}) TalkingShot.save(frames.get(i), TalkingShot.SIZE, TalkingShot.SIZE, "dub-B-" + i + ".png");

        // FaceMesh on the output: its mouth opening follows line B, not line A
        double[] measured = new double[frames.size()], asked = new double[frames.size()], lineA = new double[frames.size()];
        try (FaceAnalyzer a = TalkingShot.analyzer()) {
            FaceTracker tracker = new FaceTracker(a, FaceTracker.Options.DEFAULT, null);
            for (int i = 0; i < frames.size(); i++) {
                TrackedFrame t = tracker.next(i, probe.info().rate().timeOf(i), new RgbImage(TalkingShot.SIZE, TalkingShot.SIZE, frames.get(i)));
                assertFalse(t.lost(), "face lost on dubbed frame " + i);
                measured[i] = MouthMeasure.describe(t, new RgbImage(TalkingShot.SIZE, TalkingShot.SIZE, frames.get(i))).aperture();
                asked[i] = b.get(i).get(Channel.JAW_OPEN);
                lineA[i] = shot.channels.get(i).get(Channel.JAW_OPEN);
            }
        }
        double r = Stats.correlation(asked, measured), leak = Stats.correlation(lineA, measured);
        double ab = Stats.correlation(asked, lineA);
        System.out.printf("dubbed output: r(B, aperture) %.3f, r(A, aperture) %.3f, r(A, B) %.3f%n", r, leak, ab);
        assertTrue(r >= 0.6, "output follows line B: r = " + r);
        assertTrue(leak <= Math.max(Math.abs(ab), 0.3), "line A leaks: r = " + leak);
    }
}
