package io.mouthpiece.lipsync;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.media.AudioDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class LipsyncAnalyzerTest {
    static VisemeClassifier model;

    @BeforeAll
    static void load() throws Exception {
        model = LipsyncModels.loadClassifier();
    }

    static float[] speech() throws Exception {
        // espeak-ng en-us+m3 (a training voice), "Bob may pay five men."
        Path p = Path.of(LipsyncAnalyzerTest.class.getResource("/lipsync/speech16k.wav").toURI());
        return new AudioDecoder().decodeAll(p, 16000, 10).samples();
    }

    @Test
    void closesLipsOnLabialsAndRestsAtTheEnds() throws Exception {
        float[] s = speech();
        VisemeTrack t = LipsyncAnalyzer.analyze(model, s, Progress.NONE);
        assertEquals(Rational.of(s.length, 16000), t.duration());
        assertEquals(Viseme.SIL, t.segments().getFirst().viseme());
        assertEquals(Viseme.SIL, t.segments().getLast().viseme());
        long closures = t.segments().stream().filter(g -> g.viseme() == Viseme.PP).count();
        // b, b+m (adjacent: one closure), p, m. The current model still hears the p of "pay" as k (see the model
        // card's weaknesses), so three closures are required, and the first must be the opening b.
        assertTrue(t.segments().stream().anyMatch(g -> g.viseme() == Viseme.PP && g.start().toDouble() < 0.1), "first b");
        assertTrue(closures >= 3, "at least 3 closures, got " + closures + ": " + t.segments());
        assertTrue(t.segments().stream().anyMatch(g -> g.viseme() == Viseme.FF), "f/v of 'five'");
        assertTrue(t.segments().stream().anyMatch(g -> g.viseme() == Viseme.AA || g.viseme() == Viseme.E), "open vowels");
        for (VisemeSegment g : t.segments()) {
            // vowels are loud; a closure is silent by nature, so only vowels are checked
            if (g.viseme() == Viseme.AA || g.viseme() == Viseme.E) assertTrue(g.intensity() > 0.2, "vowel loudness " + g);
        }
    }

    @Test
    void silenceAndQuietNoiseKeepTheMouthShut() {
        float[] s = new float[16000 * 3];
        Random r = new Random(3);
        for (int i = 16000; i < s.length; i++) s[i] = (float) (r.nextGaussian() * 0.003); // room tone at -50 dBFS
        VisemeTrack t = LipsyncAnalyzer.analyze(model, s, Progress.NONE);
        assertEquals(1, t.segments().size(), t.segments().toString());
        assertEquals(Viseme.SIL, t.segments().getFirst().viseme());
    }

    @Test
    void chunkSizeDoesNotChangeTheResult() throws Exception {
        float[] s = speech();
        VisemeTrack whole = LipsyncAnalyzer.analyze(model, s, Progress.NONE);
        LipsyncAnalyzer a = new LipsyncAnalyzer(model);
        for (int i = 0; i < s.length; i += 333) {
            int n = Math.min(333, s.length - i);
            a.accept(java.util.Arrays.copyOfRange(s, i, i + n), n);
        }
        assertEquals(whole, a.finish(s.length));
    }
}
