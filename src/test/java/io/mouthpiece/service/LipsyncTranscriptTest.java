package io.mouthpiece.service;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.text.Lexicon;
import io.mouthpiece.lipsync.text.Pronouncer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The sample line's transcript is aligned to its audio: its three labials (me, portrait, bring) close the lips. */
class LipsyncTranscriptTest {
    private static final Path SAMPLE = Path.of("assets/samples/astronaut/media");

    @Test
    void transcriptGivesEveryLabialAClosure() throws Exception {
        Path classifier = Path.of("models/lipsync").resolve(LipsyncModels.CLASSIFIER);
        Path align = Path.of("models/lipsync").resolve(LipsyncModels.ALIGN_CLASSIFIER);
        LipsyncService withText = new LipsyncService(VisemeClassifier.load(classifier), VisemeClassifier.load(align),
                Hashing.sha256(classifier), new Pronouncer(Lexicon.load(Path.of("models/lipsync").resolve(LipsyncModels.LEXICON))),
                io.mouthpiece.core.persist.CacheLocator.IN_PROJECT, new io.mouthpiece.core.persist.MediaCheck());
        String text = Files.readString(SAMPLE.resolve("line.txt"));
        Rational length = Rational.of(48481, 8000);
        VisemeTrack aligned = withText.analyseClip(SAMPLE.resolve("line.wav"), Rational.ZERO, length, text, Progress.NONE);
        long closures = aligned.segments().stream().filter(s -> s.viseme() == Viseme.PP).count();
        assertEquals(3, closures, "m in 'me', p in 'portrait', b in 'bring': " + aligned.segments());
        VisemeSegment last = aligned.segments().getLast();
        assertEquals(length, last.end());
        // and the aligned closures sit in speech, in order, within the line
        double prev = -1;
        for (VisemeSegment s : aligned.segments()) {
            if (s.viseme() != Viseme.PP) continue;
            assertTrue(s.start().toDouble() > prev);
            prev = s.start().toDouble();
        }
        assertTrue(prev > 3.0 && prev < 5.5, "'bring' is in the second half of the line: " + prev);
    }

    /** A line cut off after it was imported is refused with the reason, not analysed as speech followed by silence. */
    @Test
    void aTruncatedLineIsAClearError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path classifier = Path.of("models/lipsync").resolve(LipsyncModels.CLASSIFIER);
        LipsyncService audioOnly = new LipsyncService(VisemeClassifier.load(classifier), Hashing.sha256(classifier));
        byte[] whole = Files.readAllBytes(SAMPLE.resolve("line.wav"));
        Path cut = Files.write(tmp.resolve("line.wav"), java.util.Arrays.copyOf(whole, whole.length / 3));
        var e = assertThrows(io.mouthpiece.core.media.MediaException.class, () ->
                audioOnly.analyseClip(cut, Rational.ZERO, Rational.of(6), Progress.NONE));
        assertTrue(e.getMessage().startsWith("line.wav is truncated"), e.getMessage());
    }

    @Test
    void curvesAreSampledAtFrameCentres() {
        VisemeTrack track = new VisemeTrack(java.util.List.of(
                new VisemeSegment(Rational.ZERO, Rational.of(1, 2), Viseme.SIL, 0),
                new VisemeSegment(Rational.of(1, 2), Rational.ONE, Viseme.AA, 1)), Rational.ONE);
        var curves = LipsyncService.curves(track, FrameRate.FPS_25, MotionDials.DEFAULT);
        assertEquals(Rational.of(1, 50), curves.get(Channel.JAW_OPEN).start(), "half a frame in");
        assertTrue(curves.get(Channel.JAW_OPEN).evaluate(Rational.of(4, 5)) > 0.3, "open during the vowel");
    }
}
