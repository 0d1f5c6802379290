package io.mouthpiece.service;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.persist.AnalysisCache;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.text.Lexicon;
import io.mouthpiece.lipsync.text.Pronouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The transcript stored on a dialogue clip (TakeEdits.setTranscript, as the media bin's clip panel does) reaches the
 * aligner when the take is analysed: the sample line with its words closes the lips on its three labials, without them
 * the audio-only classifier places them differently; and the changed text is not served from the old cache entry.
 */
class ClipTranscriptLipsyncTest {
    @TempDir Path tmp;

    @Test
    void theClipTranscriptChangesTheTakesVisemes() throws Exception {
        Path sample = Path.of("assets/samples/astronaut").toAbsolutePath();
        Project p = new ProjectStore().load(sample).project();
        Take take = p.takes().getFirst();
        String actor = take.dialogue().getFirst().actorId();
        AudioClip clip = take.dialogue().getFirst().clips().getFirst();
        String words = clip.transcript();
        assertFalse(words.isBlank(), "the sample clip carries its line");

        Path models = Path.of("models/lipsync");
        Path classifier = models.resolve(LipsyncModels.CLASSIFIER);
        LipsyncService lipsync = new LipsyncService(VisemeClassifier.load(classifier), Hashing.sha256(classifier),
                new Pronouncer(Lexicon.load(models.resolve(LipsyncModels.LEXICON))), folder -> new AnalysisCache(tmp));

        ProjectDocument doc = new ProjectDocument(p, sample);
        VisemeTrack withWords = visemes(lipsync, doc, sample, take.id(), actor);
        doc.execute(TakeEdits.setTranscript(take.id(), clip.id(), ""));
        VisemeTrack audioOnly = visemes(lipsync, doc, sample, take.id(), actor);

        assertEquals(3, closures(withWords), "m in 'me', p in 'portrait', b in 'bring': " + withWords.segments());
        assertNotEquals(withWords.segments(), audioOnly.segments(), "the words change the timing");
        doc.execute(TakeEdits.setTranscript(take.id(), clip.id(), words));
        assertEquals(withWords.segments(), visemes(lipsync, doc, sample, take.id(), actor).segments(),
                "the text is part of the cache key: back to the aligned result");
    }

    private static VisemeTrack visemes(LipsyncService s, ProjectDocument doc, Path folder, String takeId, String actor) throws Exception {
        doc.execute(s.analyse(doc.project(), folder, takeId, actor, Progress.NONE));
        return doc.project().take(takeId).motionOf(actor).orElseThrow().visemes();
    }

    private static long closures(VisemeTrack t) {
        return t.segments().stream().filter(s -> s.viseme() == Viseme.PP).count();
    }
}
