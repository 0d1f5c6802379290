package io.mouthpiece.lipsync;

import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.lipsync.align.ForcedAligner;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.media.AudioDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real recorded human speech: the channel-test recordings Debian's alsa-utils installs in /usr/share/sounds/alsa
 * (one man saying "front left", "rear center", …; 48 kHz mono, 1.3–1.5 s). They are GPL-2 by the package's
 * catch-all copyright stanza, so they are not copied into this Apache-2.0 repository but read where the package puts
 * them (.ci/run installs alsa-utils); a file that is absent skips only its own case.
 *
 * <p>Timing was labelled by hand from each file's 10 ms energy envelope (relative to its 95th percentile) and
 * zero-crossing rate: {@code words} are the two words' extents, {@code gap} the pause between them (at least 40 dB
 * below the words, shrunk by 30 ms at each side), {@code vowel} the loud voiced nucleus of each word (within 6 dB of
 * the word's peak, zero-crossing rate &lt; 0.15). None of the sixteen words has a p, b or m.
 */
class RealSpeechTest {
    static final Path DIR = Path.of("/usr/share/sounds/alsa");
    static final Set<Viseme> OPEN = EnumSet.of(Viseme.AA, Viseme.E, Viseme.IH, Viseme.OH, Viseme.OU);
    static VisemeClassifier model;
    static VisemeClassifier alignModel;
    static Pronouncer pron;

    /** seconds: word 1, gap, word 2, vowel nucleus of word 1, of word 2. */
    record Clip(String file, String text, double[] word1, double[] gap, double[] word2, double[] vowel1, double[] vowel2) {
        @Override public String toString() { return file; }
    }

    static Stream<Clip> clips() {
        return Stream.of(
                new Clip("Front_Center", "front center", r(0.02, 0.45), r(0.53, 0.76), r(0.79, 1.34), r(0.10, 0.28), r(0.94, 1.06)),
                new Clip("Front_Left", "front left", r(0.01, 0.47), r(0.53, 0.71), r(0.74, 1.26), r(0.05, 0.28), r(0.78, 0.92)),
                new Clip("Front_Right", "front right", r(0.04, 0.54), r(0.60, 0.84), r(0.87, 1.35), r(0.15, 0.38), r(0.91, 1.06)),
                new Clip("Rear_Center", "rear center", r(0.03, 0.48), r(0.53, 0.62), r(0.66, 1.18), r(0.12, 0.25), r(0.81, 0.94)),
                new Clip("Rear_Left", "rear left", r(0.02, 0.45), r(0.53, 0.79), r(0.82, 1.29), r(0.07, 0.22), r(0.85, 0.99)),
                new Clip("Rear_Right", "rear right", r(0.04, 0.53), r(0.61, 0.87), r(0.91, 1.41), r(0.14, 0.31), r(0.95, 1.11)),
                new Clip("Side_Left", "side left", r(0.03, 0.58), r(0.65, 0.77), r(0.81, 1.30), r(0.21, 0.52), r(0.86, 1.00)),
                new Clip("Side_Right", "side right", r(0.02, 0.59), r(0.65, 0.78), r(0.82, 1.24), r(0.17, 0.51), r(0.86, 1.00)));
    }

    static double[] r(double a, double b) { return new double[] {a, b}; }

    @BeforeAll
    static void load() throws Exception {
        model = LipsyncModels.loadClassifier();
        alignModel = LipsyncModels.loadAlignClassifier();
        pron = LipsyncModels.loadPronouncer();
    }

    static float[] audio(Clip c) throws Exception {
        Path p = DIR.resolve(c.file() + ".wav");
        assumeTrue(Files.isRegularFile(p), p + " absent (Debian package alsa-utils)");
        return new AudioDecoder().decodeAll(p, 16000, 10).samples();
    }

    static Viseme at(VisemeTrack t, int frame) { return t.at(Rational.of(frame, 100)); }

    /** Pause and trailing silence at rest, every vowel nucleus open; returns the frames shown closed (PP). */
    static int check(Clip c, VisemeTrack t) {
        String all = c + ": " + t.segments();
        for (int f = (int) Math.round(c.gap()[0] * 100); f < Math.round(c.gap()[1] * 100); f++) {
            assertEquals(Viseme.SIL, at(t, f), "mouth open in the pause at " + f / 100.0 + " s, " + all);
        }
        // after the last word (+30 ms for the release) the clips are 40-70 dB below the words: at rest
        long last = Math.round(t.duration().toDouble() * 100);
        for (long f = Math.round(c.word2()[1] * 100) + 3; f < last; f++) {
            assertEquals(Viseme.SIL, at(t, (int) f), "not at rest after the last word at " + f / 100.0 + " s, " + all);
        }
        for (double[] v : new double[][] {c.vowel1(), c.vowel2()}) {
            int open = 0;
            for (int f = (int) Math.round(v[0] * 100); f < Math.round(v[1] * 100); f++) {
                Viseme x = at(t, f);
                // (false closures are counted below, so that the audio-only test can bound them separately)
                assertNotEquals(Viseme.SIL, x, "mouth at rest in a vowel at " + f / 100.0 + " s, " + all);
                if (OPEN.contains(x)) open++;
            }
            // the nuclei include the r, n, l beside the vowel, so only 20 ms of open vowel shape is required
            assertTrue(open >= 2, "no open vowel shape in the nucleus " + v[0] + "-" + v[1] + " s, " + all);
        }
        int closed = 0;
        for (int f = 0; f < last; f++) if (at(t, f) == Viseme.PP) closed++;
        return closed;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clips")
    void audioOnly(Clip c) throws Exception {
        VisemeTrack t = LipsyncAnalyzer.analyze(model, audio(c), Progress.NONE);
        int closed = check(c, t);
        // Known weakness (model card): from audio alone the stop gap of "front"/"center" (n→t) and the rounded r of
        // "rear" are sometimes drawn as a short closure. Measured with model v2: 0-13 frames per clip. Guard against
        // it getting worse; the transcript path below must close nothing.
        System.out.println(c + " audio-only frames closed: " + closed);
        assertTrue(closed <= 15, c + ": " + closed + " frames closed without a labial: " + t.segments());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clips")
    void withTranscriptTheWordsLandInOrderOnTheirOwnSides(Clip c) throws Exception {
        float[] s = audio(c);
        LipsyncAnalyzer a = new LipsyncAnalyzer(model, alignModel, pron, new Transcript(c.text(), Locale.US));
        a.accept(s, s.length);
        VisemeTrack t = a.finish(s.length);
        assertTrue(a.aligned(), c + " not aligned");
        ForcedAligner.Alignment al = a.alignment().orElseThrow();
        String got = c + ": words at " + al.wordStart()[0] + "-" + al.wordEnd()[0] + ", " + al.wordStart()[1] + "-" + al.wordEnd()[1] + " (frames)";
        System.out.println(got);
        assertEquals(2, al.wordStart().length);
        // word 1 inside its labelled extent (±50 ms), ends before the pause ends; word 2 starts after the pause begins
        assertTrue(Math.abs(al.wordStart()[0] - c.word1()[0] * 100) <= 5, got);
        assertTrue(al.wordEnd()[0] <= c.gap()[1] * 100 && al.wordEnd()[0] >= c.word1()[1] * 100 - 10, got);
        assertTrue(Math.abs(al.wordStart()[1] - c.word2()[0] * 100) <= 5, got);
        assertTrue(Math.abs(al.wordEnd()[1] - c.word2()[1] * 100) <= 10, got);
        assertEquals(0, check(c, t), c + ": closed without a labial: " + t.segments());
    }
}
