package io.mouthpiece.service;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.dub.sync.LineSync;
import io.mouthpiece.dub.sync.MouthAperture;
import io.mouthpiece.dub.sync.SyncReport;
import io.mouthpiece.dub.sync.SyncScorer;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.media.AudioDecoder;
import io.mouthpiece.render.GlRigRenderer;
import io.mouthpiece.render.gl.GlThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The weight-free sync score on real output: the astronaut sample speaking its line (6 s at 25 fps) rendered by the
 * GL rig, every frame tracked by FaceMesh through the tracker, and the measured mouth aperture scored against the line
 * it was rendered with, the same line shifted, and an unrelated line B (spoken by espeak-ng; the line reversed when
 * espeak-ng is not installed).
 */
class SyncScoreOnRenderTest {
    static final int RATE = 16_000;
    static final Rational FPS = Rational.of(25);
    /** Line B: unrelated words with several M/B/P closures of their own. */
    static final String B_TEXT = "My brother bought a bigger map before the problem came up by the embankment.";
    static Pipeline pipe;
    static double[] aperture;
    static float[] lineA, lineB;
    static String bSource;
    static List<TimeRange> closuresA, closuresB;
    @TempDir static Path dir;

    @BeforeAll
    static void renderAndTrack() throws Exception {
        long t0 = System.nanoTime();
        pipe = new Pipeline();
        var s = Pipeline.sample(dir, Rational.of(6));
        Project p = pipe.analysis.analyseTake(s.project(), s.folder(), s.takeId(), Progress.NONE).apply(s.project());
        TakeScene scene = TakeScene.load(p, s.folder(), s.takeId(), pipe.rigs);
        AudioClip clip = p.take(s.takeId()).dialogue().getFirst().clips().getFirst();
        assertEquals(Rational.ZERO, clip.range().start());
        Path wav = s.folder().resolve(p.mediaById(clip.mediaId()).orElseThrow().path());
        lineA = Arrays.copyOf(new AudioDecoder().decodeAll(wav, RATE, 30).samples(), 6 * RATE);
        long t1 = System.nanoTime();

        int w = scene.scene().image().width(), h = scene.scene().image().height();
        List<TrackedFrame> tracked = new ArrayList<>();
        try (GlThread gl = GlThread.start("sync-score-test");
             GlRigRenderer renderer = new GlRigRenderer(gl);
             FaceAnalyzer fa = new FaceAnalyzer(pipe.registry, pipe.topology, FaceAnalyzer.Options.DEFAULT)) {
            FaceTracker tracker = new FaceTracker(fa, FaceTracker.Options.DEFAULT, null);
            for (long f = 0; f < scene.frameCount(); f++) {
                Rational t = scene.timeOfFrame(f);
                int[] px = renderer.renderArgb(scene.scene(), scene.channelsAt(t), w, h);
                for (int i = 0; i < px.length; i++) px[i] &= 0xFFFFFF;
                tracked.add(tracker.next(f, t, new RgbImage(w, h, px)));
            }
        }
        aperture = MouthAperture.perFrame(tracked);
        long t2 = System.nanoTime();
        lineB = lineB();
        String textA = Files.readString(wav.resolveSibling("line.txt")).strip();
        closuresA = SyncScorer.bilabialClosures(pipe.lipsync.analyseClip(wav, Rational.ZERO, Rational.of(6), textA, Progress.NONE));
        closuresB = SyncScorer.bilabialClosures(pipe.lipsync.analyseClip(dir.resolve("lineB.wav"), Rational.ZERO, Rational.of(6),
                bSource.equals("espeak-ng") ? B_TEXT : "", Progress.NONE));
        System.out.printf(Locale.ROOT, "sync test: analysis %.1f s, render + track %d frames %.1f s, line B from %s, "
                        + "closures %d (A) %d (B), %.1f s in all%n", (t1 - t0) / 1e9, aperture.length, (t2 - t1) / 1e9, bSource,
                closuresA.size(), closuresB.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** An unrelated line of about the same length: espeak-ng when installed, else line A backwards. */
    static float[] lineB() throws Exception {
        Path b = dir.resolve("lineB.wav");
        try {
            Process pr = new ProcessBuilder("espeak-ng", "-s", "150", "-w", b.toString(),
                    B_TEXT)
                    .redirectErrorStream(true).start();
            pr.getInputStream().readAllBytes();
            if (pr.waitFor(20, TimeUnit.SECONDS) && pr.exitValue() == 0 && Files.size(b) > 1000) {
                bSource = "espeak-ng";
                return Arrays.copyOf(new AudioDecoder().decodeAll(b, RATE, 30).samples(), 6 * RATE);
            }
        } catch (java.io.IOException e) {
            // not installed
        }
        bSource = "line A reversed";
        float[] r = lineA.clone();
        for (int i = 0, j = r.length - 1; i < j; i++, j--) { float x = r[i]; r[i] = r[j]; r[j] = x; }
        java.nio.ByteBuffer pcm = java.nio.ByteBuffer.allocate(44 + 2 * r.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        pcm.put("RIFF".getBytes()).putInt(36 + 2 * r.length).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(RATE).putInt(2 * RATE).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * r.length);
        for (float v : r) pcm.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
        Files.write(b, pcm.array());
        return r;
    }

    @AfterAll
    static void stop() { if (pipe != null) pipe.close(); }

    /** {@code audio} moved later by {@code frames} (earlier when negative). */
    static float[] shifted(float[] audio, int frames) {
        int n = frames * RATE / 25;
        float[] out = new float[audio.length];
        for (int i = 0; i < out.length; i++) {
            int src = i - n;
            out[i] = src >= 0 && src < audio.length ? audio[src] : 0;
        }
        return out;
    }

    static String show(SyncScorer.Correlation c) {
        return String.format(Locale.ROOT, "offset %d, peak %.3f, confidence %.3f, voiced %.2f s, lost %.2f",
                c.offset(), c.peak(), c.confidence(), c.voicedSeconds(), c.lostShare());
    }

    @Test
    void theRenderedLineScoresInSyncAndAnUnrelatedLineDoesNot() {
        SyncScorer scorer = new SyncScorer(FPS);
        assertEquals(150, aperture.length);
        assertEquals(0, Arrays.stream(aperture).filter(Double::isNaN).count(), "the face is tracked on every frame");
        SyncScorer.Correlation a = scorer.correlate(aperture, lineA, RATE);
        SyncScorer.Correlation b = scorer.correlate(aperture, lineB, RATE);
        System.out.println("line A (rendered): " + show(a) + "\n  by lag " + Arrays.toString(Arrays.stream(a.byLag())
                .map(v -> Math.round(v * 100) / 100.0).toArray()));
        System.out.println("line B (unrelated, " + bSource + "): " + show(b));
        assertTrue(a.voicedSeconds() > 2, "the line holds speech: " + show(a));
        assertTrue(Math.abs(a.offset()) <= 1, "the rendered line is in sync: " + show(a));
        assertTrue(a.confidence() > b.confidence() + 0.15, "A " + show(a) + " vs B " + show(b));
        assertTrue(a.confidence() >= SyncScorer.Settings.DEFAULT.minConfidence(), show(a));
    }

    @Test
    void shiftingTheAudioByKFramesMovesTheOffsetByK() {
        SyncScorer scorer = new SyncScorer(FPS);
        int base = scorer.correlate(aperture, lineA, RATE).offset();
        StringBuilder seen = new StringBuilder();
        for (int k : new int[]{-6, -3, 3, 6}) {
            SyncScorer.Correlation c = scorer.correlate(aperture, shifted(lineA, k), RATE);
            seen.append(String.format(Locale.ROOT, "shift %+d: %s%n", k, show(c)));
            assertTrue(Math.abs(c.offset() - (base + k)) <= 1, "shift " + k + ": " + show(c));
        }
        System.out.print(seen);
    }

    @Test
    void closuresOfTheRenderedLineMeetAClosedMouth() {
        SyncScorer scorer = new SyncScorer(FPS);
        TimeRange range = new TimeRange(Rational.ZERO, Rational.of(6));
        LineSync a = scorer.score(new SyncScorer.Line("A", range, aperture, lineA, RATE, null, closuresA), null);
        LineSync b = scorer.score(new SyncScorer.Line("B", range, aperture, lineB, RATE, null, closuresB), null);
        System.out.println("closures: A " + closuresA.size() + " hit " + a.closureHitRate() + ", B " + closuresB.size()
                + " hit " + b.closureHitRate());
        assertFalse(closuresA.isEmpty(), "'Give me a portrait' has bilabials");
        assertTrue(closuresB.size() >= 3, "line B has bilabials: " + closuresB);
        assertTrue(a.closureHitRate() >= 0.5, a.toString());
        assertTrue(a.closureHitRate() > b.closureHitRate(), a + " vs " + b);
        assertFalse(a.flags().contains(SyncScorer.CLOSURES_MISSED), a.toString());
    }

    @Test
    void perLineReportWithBaselineLeakAndFlags() throws Exception {
        SyncScorer scorer = new SyncScorer(FPS);
        TimeRange range = new TimeRange(Rational.ZERO, Rational.of(6));
        // The render is this shot's "original": it calibrates the baseline.
        SyncScorer.Correlation baseline = scorer.baseline(aperture, lineA, RATE);
        LineSync good = scorer.score(new SyncScorer.Line("good", range, aperture, lineA, RATE, lineB, null), baseline);
        LineSync late = scorer.score(new SyncScorer.Line("late", range, aperture, shifted(lineA, 3), RATE, null, null), baseline);
        LineSync leaky = scorer.score(new SyncScorer.Line("leaky", range, aperture, lineB, RATE, lineA, null), baseline);
        float[] quiet = new float[lineA.length];
        System.arraycopy(lineA, 0, quiet, 0, RATE / 2);
        LineSync brief = scorer.score(new SyncScorer.Line("brief", range, aperture, quiet, RATE, null, null), baseline);
        System.out.println("baseline " + show(baseline) + "\n" + good + "\n" + late + "\n" + leaky + "\n" + brief);

        assertEquals(List.of(), good.flags(), "in sync, confident, no leak of an unrelated original: " + good);
        assertTrue(good.leak() < 0.35, "an unrelated original does not show: " + good);
        assertTrue(late.flags().contains(SyncScorer.OFFSET), late.toString());
        assertTrue(leaky.flags().contains(SyncScorer.LEAK), "the mouth follows the original line: " + leaky);
        assertTrue(leaky.leak() > good.leak() + 0.3, leaky + " vs " + good);
        assertTrue(brief.flags().contains(SyncScorer.INSUFFICIENT), brief.toString());

        Path json = dir.resolve("report.json");
        new SyncReport("astronaut", "25", baseline, List.of(good, late, leaky, brief)).write(json);
        SyncReport back = SyncReport.read(json);
        assertEquals(4, back.lines().size());
        assertEquals(good, back.lines().getFirst());
        String text = Files.readString(json);
        assertTrue(text.contains("\"offset_frames\"") && text.contains("\"start\"") && text.contains("\"flags\""), text);
        try (var l = Files.list(dir)) {
            assertTrue(l.noneMatch(f -> f.getFileName().toString().startsWith(".report.json")), "no temp file left");
        }
    }
}
