package io.mouthpiece.dub.sync;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The scorer's mechanics on signals made here (the score on real rendered output is SyncScoreOnRenderTest):
 * cutting a line out of a shot, lost frames, a known delay at an NTSC rate, and the JSON file.
 */
class SyncScorerTest {
    static final int RATE = 16_000;
    @TempDir Path dir;

    /** Syllable-like openness: bursts at 3–5 Hz with pauses, deterministic. */
    static double[] openness(int frames, double fps, long seed) {
        Random r = new Random(seed);
        double[] o = new double[frames];
        double phase = 0, rate = 4;
        for (int i = 0; i < frames; i++) {
            if (i % 12 == 0) rate = 3 + 2 * r.nextDouble();
            phase += 2 * Math.PI * rate / fps;
            boolean pause = (i / 30) % 4 == 3;
            o[i] = pause ? 0 : Math.max(0, Math.sin(phase));
        }
        return o;
    }

    /** Band noise whose loudness follows {@code open} (frame k at k / fps) delayed by {@code delayFrames}. */
    static float[] speech(double[] open, double fps, int delayFrames, long seed) {
        Random r = new Random(seed);
        int n = (int) Math.round(open.length / fps * RATE);
        float[] pcm = new float[n];
        double prev = 0;
        for (int i = 0; i < n; i++) {
            double t = i * fps / RATE - delayFrames;  // frame k's pose is at time k / fps: interpolate between poses
            int f = (int) Math.floor(t);
            double a0 = f >= 0 && f < open.length ? open[f] : 0, a1 = f + 1 >= 0 && f + 1 < open.length ? open[f + 1] : 0;
            double amp = a0 + (a1 - a0) * (t - f);
            double w = r.nextGaussian();
            pcm[i] = (float) (0.3 * amp * (w - prev));  // differenced noise: most energy above 300 Hz
            prev = w;
        }
        return pcm;
    }

    @Test
    void aKnownDelayAtAnNtscRateIsFoundAndFlaggedAgainstTheBaseline() {
        Rational fps = Rational.of(24000, 1001);
        double[] open = openness(200, fps.toDouble(), 7);
        double[] aperture = Arrays.stream(open).map(v -> 0.02 + 0.3 * v).toArray();
        SyncScorer s = new SyncScorer(fps);
        SyncScorer.Correlation inSync = s.correlate(aperture, speech(open, fps.toDouble(), 0, 1), RATE);
        SyncScorer.Correlation late = s.correlate(aperture, speech(open, fps.toDouble(), 4, 1), RATE);
        assertEquals(0, inSync.offset(), inSync.toString());
        assertEquals(4, late.offset(), late.toString());
        assertTrue(inSync.confidence() > 0.5, inSync.toString());
        TimeRange whole = new TimeRange(Rational.ZERO, Rational.of(200).divide(fps));
        LineSync flagged = s.score(new SyncScorer.Line("x", whole, aperture, speech(open, fps.toDouble(), 4, 1), RATE, null, null), inSync);
        assertEquals(List.of(SyncScorer.OFFSET), flagged.flags());
        LineSync calibrated = s.score(new SyncScorer.Line("x", whole, aperture, speech(open, fps.toDouble(), 4, 1), RATE, null, null), late);
        assertEquals(List.of(), calibrated.flags(), "a shot whose own baseline is 4 frames late is not flagged at 4");
        SyncScorer.Correlation silent = s.correlate(aperture, new float[RATE * 8], RATE);
        assertFalse(s.usable(silent), "a baseline without speech calibrates nothing: " + silent);
        LineSync plain = s.score(new SyncScorer.Line("x", whole, aperture, speech(open, fps.toDouble(), 0, 1), RATE, null, null), silent);
        assertEquals(List.of(), plain.flags(), "an unusable baseline counts as 0: " + plain);
    }

    @Test
    void aLineCutFromTheShotKeepsFrameAndSoundTogether() {
        SyncScorer s = new SyncScorer(Rational.of(25));
        double[] shot = new double[100];
        for (int i = 0; i < shot.length; i++) shot[i] = i;
        TimeRange range = TimeRange.between(Rational.of(102, 100), Rational.of(2));
        float[] audio = new float[RATE];
        Arrays.fill(audio, 1f);
        SyncScorer.Line l = s.line("l", range, shot, audio, RATE, null, List.of(new TimeRange(Rational.ZERO, Rational.of(1, 10))));
        assertEquals(25, l.aperture()[0], "frame 25 (1.00 s) is the first the line covers");
        assertEquals(25, l.aperture().length, "frames 25..49");
        assertEquals(RATE + 320, l.audio().length, "20 ms of silence put in front, so sample 0 is at frame 25's time");
        assertEquals(0f, l.audio()[319]);
        assertEquals(1f, l.audio()[320]);
        assertEquals(Rational.of(2, 100), l.closures().getFirst().start());
        assertThrows(IllegalArgumentException.class, () -> s.line("l", TimeRange.between(Rational.of(3), Rational.of(5)), shot, audio, RATE, null, null));
    }

    @Test
    void lostFramesAreBridgedAndAShotWithoutAFaceIsInsufficientEvidence() {
        double n = Double.NaN;
        assertArrayEquals(new double[]{1, 1, 2, 3, 3}, SyncScorer.fillGaps(new double[]{n, 1, n, 3, n}));
        assertNull(SyncScorer.fillGaps(new double[]{n, n}));
        SyncScorer s = new SyncScorer(Rational.of(25));
        double[] lost = new double[100];
        Arrays.fill(lost, n);
        double[] open = openness(100, 25, 3);
        LineSync l = s.score(new SyncScorer.Line("lost", new TimeRange(Rational.ZERO, Rational.of(4)), lost,
                speech(open, 25, 0, 2), RATE, null, null), null);
        assertEquals(List.of(SyncScorer.INSUFFICIENT, SyncScorer.FACE_LOST), l.flags());
    }

    @Test
    void theReportIsWrittenWholeOrNotAtAll() throws Exception {
        Path json = dir.resolve("report.json");
        LineSync a = new LineSync("1", 0.5, 2.25, 1, 0.43, 0.51, null, null, 1.6, List.of());
        LineSync b = new LineSync("2", 3, 4, 4, 0.4, 0.2, 0.08, 0.75, 0.8, List.of(SyncScorer.OFFSET, SyncScorer.INSUFFICIENT));
        new SyncReport("shot.mov", "24000/1001", null, List.of(a, b)).write(json);
        String text = Files.readString(json);
        assertFalse(text.contains("\"leak\" : null"), "absent values are left out: " + text);
        assertTrue(text.contains("\"offset_frames\" : 4") && text.contains("\"closure_hit_rate\" : 0.75"), text);
        SyncReport back = SyncReport.read(json);
        assertEquals(List.of(a, b), back.lines());
        assertEquals(SyncReport.SCHEMA, back.schema());
        new SyncReport("shot.mov", "24000/1001", null, List.of(a)).write(json);
        assertEquals(1, SyncReport.read(json).lines().size(), "replaced in place");
        try (var l = Files.list(dir)) {
            assertEquals(List.of(json), l.toList(), "no temporary file left beside it");
        }
    }
}
