package io.mouthpiece.service;

import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.CancelledException;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AnalysisServicesTest {
    static Pipeline pipe;

    @TempDir Path tmp;

    @BeforeAll
    static void start() throws Exception { pipe = new Pipeline(); }

    @AfterAll
    static void stop() { pipe.close(); }

    @Test
    void faceAnalysisIsStoredAndCached() throws Exception {
        var s = Pipeline.sample(tmp, Rational.of(2));
        String actor = s.project().actors().getFirst().id();
        assertNull(s.project().actor(actor).face());
        Project p = pipe.faces.analyse(s.project(), s.folder(), actor, Progress.NONE).apply(s.project());
        var face = p.actor(actor).face();
        assertNotNull(face);
        // the astronaut's face sits in the upper middle of the 512x512 portrait
        assertTrue(face.box().x0() > 150 && face.box().x1() < 330 && face.box().y0() > 40 && face.box().y1() < 260, face.box().toString());
        try (var files = Files.list(s.folder().resolve("cache").resolve(FaceService.CACHE_KIND))) {
            assertEquals(1, files.count(), "one cache entry");
        }
        // A second analysis reads the cache: same result, and no model work (the cancel check would fire inside it).
        int[] updates = {0};
        Progress counting = new Progress() {
            @Override public void update(double f, String m) { updates[0]++; }
            @Override public boolean isCancelled() { return false; }
        };
        Project again = pipe.faces.analyse(s.project(), s.folder(), actor, counting).apply(s.project());
        assertEquals(face, again.actor(actor).face());
        assertEquals(1, updates[0], "a cache hit reports once and runs nothing");

        // the portrait replaced on disk by a blank picture the project has not taken in: analysed as it is, cache untouched
        Path picture = s.folder().resolve(s.project().mediaById(s.project().actor(actor).sourceMediaId()).orElseThrow().path());
        byte[] recorded = Files.readAllBytes(picture);
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        assertThrows(NoFaceException.class, () -> pipe.faces.analyse(s.project(), s.folder(), actor, Progress.NONE),
                "the blank picture, not the recorded portrait's cached face");
        Files.write(picture, recorded);
        assertEquals(face, pipe.faces.analyse(s.project(), s.folder(), actor, counting).apply(s.project()).actor(actor).face());
        assertEquals(2, updates[0], "the portrait back on disk: its cache entry again");
    }

    @Test
    void blankPictureHasNoFaceAndSaysHowToFitByHand() throws Exception {
        BufferedImage blank = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Path dir = Files.createDirectories(tmp.resolve("p/media"));
        ImageIO.write(blank, "png", dir.resolve("blank.png").toFile());
        MediaRef m = new MediaRef("med-b", MediaKind.IMAGE, "media/blank.png", Hashing.sha256(dir.resolve("blank.png")), 1, null);
        Project p = Project.empty("p", "P").withMedia(List.of(m)).withActors(List.of(new Actor("act-b", "B", "med-b")));
        NoFaceException e = assertThrows(NoFaceException.class, () -> pipe.faces.analyse(p, tmp.resolve("p"), "act-b", Progress.NONE));
        assertTrue(e.getMessage().contains("six points"), e.getMessage());
    }

    @Test
    void cancelStopsTheAnalysis() throws Exception {
        var s = Pipeline.sample(tmp, Rational.of(2));
        Progress cancelled = new Progress() {
            @Override public void update(double f, String m) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> pipe.analysis.analyseTake(s.project(), s.folder(), s.takeId(), cancelled));
    }

    @Test
    void clipVisemesLandAtTheClipsPositionWithSilenceAround() throws Exception {
        var s = Pipeline.sample(tmp, Rational.of(2));
        Project p = s.project();
        AudioClip c = p.take(s.takeId()).dialogue().getFirst().clips().getFirst();
        // the line's 0.3 s .. 1.5 s, placed at 0.5 s on a 2 s take
        p = TakeEdits.trimClip(s.takeId(), c.id(), new TimeRange(Rational.of(1, 2), Rational.of(6, 5)), Rational.of(3, 10)).apply(p);
        p = TakeEdits.setDuration(s.takeId(), Rational.of(2)).apply(p);
        String actor = p.actors().getFirst().id();
        Project done = pipe.lipsync.analyse(p, s.folder(), s.takeId(), actor, Progress.NONE).apply(p);
        MotionTrack mt = done.take(s.takeId()).motionOf(actor).orElseThrow();
        VisemeTrack v = mt.visemes();
        assertEquals(Rational.of(2), v.duration());
        for (VisemeSegment g : v.segments()) {
            boolean inside = !g.start().isBefore(Rational.of(1, 2)) && !g.end().isAfter(Rational.of(17, 10));
            if (!inside) assertEquals(Viseme.SIL, g.viseme(), "outside the clip: " + g);
        }
        assertTrue(v.segments().stream().filter(g -> !g.viseme().isSilence()).count() >= 5, "speech inside the clip: " + v.segments());

        SampledCurve jaw = mt.motion().generated().get(Channel.JAW_OPEN);
        assertEquals(50, jaw.size(), "one sample per frame at 25 fps");
        float before = 0, during = 0;
        for (int f = 0; f < 50; f++) {
            if (f < 10) before = Math.max(before, jaw.valueAt(f));   // < 0.4 s: silence (coarticulation leaks a trace)
            if (f >= 13 && f < 42) during = Math.max(during, jaw.valueAt(f));
        }
        assertEquals(0f, before, 0.02f);
        assertTrue(during > 0.15f, "the jaw opens while speaking: " + during);
        assertNotNull(mt.motion().generated().get(Channel.EYE_BLINK_LEFT), "auto motion comes along");
        try (var files = Files.list(s.folder().resolve("cache").resolve(LipsyncService.CACHE_KIND))) {
            assertEquals(1, files.count());
        }
        Project again = pipe.lipsync.analyse(p, s.folder(), s.takeId(), actor, Progress.NONE).apply(p);
        assertEquals(mt, again.take(s.takeId()).motionOf(actor).orElseThrow(), "cached analysis gives the same motion");
    }

    @Test
    void aChangedFileIsAnalysedAsItIsNowAndLeavesTheCachedResultAlone() throws Exception {
        var s = Pipeline.sample(tmp, Rational.of(2));
        Project p = s.project();
        String actor = p.actors().getFirst().id();
        MediaRef line = p.mediaById(p.take(s.takeId()).dialogue().getFirst().clips().getFirst().mediaId()).orElseThrow();
        Path file = s.folder().resolve(line.path());
        byte[] recorded = Files.readAllBytes(file);
        MotionTrack spoken = pipe.lipsync.analyse(p, s.folder(), s.takeId(), actor, Progress.NONE).apply(p)
                .take(s.takeId()).motionOf(actor).orElseThrow();

        // the line replaced on disk by 3 s of silence (another size): the project still records the spoken line's hash
        MediaFixtures.wav(file, 3, 0, false);
        VisemeTrack now = pipe.lipsync.analyse(p, s.folder(), s.takeId(), actor, Progress.NONE).apply(p)
                .take(s.takeId()).motionOf(actor).orElseThrow().visemes();
        assertTrue(now.segments().stream().allMatch(g -> g.viseme().isSilence()),
                "the file as it is now, not the recorded line's cached visemes: " + now.segments());

        // the recorded line back: its cache entry was neither replaced by the silent result nor joined by another
        Files.write(file, recorded);
        MotionTrack back = pipe.lipsync.analyse(p, s.folder(), s.takeId(), actor, Progress.NONE).apply(p)
                .take(s.takeId()).motionOf(actor).orElseThrow();
        assertEquals(spoken, back);
        try (var files = Files.list(s.folder().resolve("cache").resolve(LipsyncService.CACHE_KIND))) {
            assertEquals(1, files.count(), "only the recorded content's entry");
        }
    }
}
