package io.mouthpiece.lipsync.align;

import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.lipsync.LipsyncAnalyzer;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.media.AudioDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The fixture aligned.flac is espeak-ng en-us+m3 saying aligned.txt; aligned.lab holds espeak-ng's own phoneme
 * timing (the truth). Labials there: b b m p m p p m m p b.
 */
class TranscriptAlignmentTest {
    static VisemeClassifier model;
    static Pronouncer pron;
    static float[] audio;
    static String text;
    static List<double[]> labials = new ArrayList<>(); // {start}

    @BeforeAll
    static void load() throws Exception {
        model = LipsyncModels.loadAlignClassifier(); // the classifier the app aligns transcripts with
        pron = LipsyncModels.loadPronouncer();
        Path dir = Path.of(TranscriptAlignmentTest.class.getResource("/lipsync/aligned.flac").toURI()).getParent();
        audio = new AudioDecoder().decodeAll(dir.resolve("aligned.flac"), 16000, 10).samples();
        text = Files.readString(dir.resolve("aligned.txt"));
        for (String l : Files.readAllLines(dir.resolve("aligned.lab"))) {
            String[] f = l.split("\t");
            if (f.length == 3 && (f[2].equals("b") || f[2].equals("m") || f[2].equals("p"))) {
                labials.add(new double[] {Double.parseDouble(f[0])});
            }
        }
    }

    @Test
    void everyLabialClosesTheLipsWithin40ms() {
        assertEquals(11, labials.size());
        VisemeTrack t = LipsyncAnalyzer.analyze(model, pron, new Transcript(text, Locale.US), audio, io.mouthpiece.core.task.Progress.NONE);
        for (double[] l : labials) {
            boolean hit = false;
            for (int d = -4; d <= 4 && !hit; d++) hit = t.at(Rational.of(Math.round(l[0] * 100) + d, 100)) == Viseme.PP;
            assertTrue(hit, "no PP within 40 ms of the labial at " + l[0] + " s: " + t.segments());
        }
    }

    @Test
    void wordsAreInOrderNearTheirTrueStarts() {
        LipsyncAnalyzer a = new LipsyncAnalyzer(model, pron, new Transcript(text, Locale.US));
        a.accept(audio, audio.length);
        a.finish(audio.length);
        assertTrue(a.aligned());
        ForcedAligner.Alignment al = a.alignment().orElseThrow();
        // true word starts (s) from aligned.lab: first phone of each word
        double[] truth = {0.013, 0.266, 0.491, 0.668, 0.973, 1.758, 2.055, 2.455, 2.754, 3.055, 3.166};
        assertEquals(truth.length, al.wordStart().length);
        // "may" follows the b of "Bob" and "map" the m of "Sam": the same closed-lips viseme on both sides, so the
        // audio cannot say where one word ends and the next begins; only the order is checked there
        java.util.Set<Integer> sameShapeJoin = java.util.Set.of(1, 8);
        StringBuilder got = new StringBuilder();
        for (int w = 0; w < truth.length; w++) got.append(al.wordStart()[w] / 100.0).append(' ');
        for (int w = 0; w < truth.length; w++) {
            if (w > 0) assertTrue(al.wordStart()[w] >= al.wordEnd()[w - 1], "word " + w + " overlaps the previous one");
            assertTrue(al.wordEnd()[w] > al.wordStart()[w], "word " + w + " has no frames");
            if (!sameShapeJoin.contains(w)) assertEquals(truth[w], al.wordStart()[w] / 100.0, 0.05, "start of word " + w + ": " + got);
        }
    }

    @Test
    void textThatCannotFitFallsBackToTheAudio() {
        float[] shortClip = java.util.Arrays.copyOf(audio, 1600); // 0.1 s for 11 words
        LipsyncAnalyzer a = new LipsyncAnalyzer(model, pron, new Transcript(text, Locale.US));
        a.accept(shortClip, shortClip.length);
        VisemeTrack t = a.finish(shortClip.length);
        assertFalse(a.aligned());
        assertEquals(LipsyncAnalyzer.analyze(model, shortClip, io.mouthpiece.core.task.Progress.NONE), t);
    }
}
