package io.mouthpiece.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.media.FfmpegMediaProber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relink and Use Changed File on real files: probed, copied in, hashed; the wrong kind or too short refused. */
class MediaRelinkerTest {
    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final FfmpegMediaProber prober = new FfmpegMediaProber();
    final MediaRelinker relinker = new MediaRelinker(new MediaImporter(prober, new ProjectCreator(store, prober)));
    Path folder;
    Project project;
    MediaRef line;

    @BeforeEach
    void setUp() throws IOException {
        folder = tmp.resolve("proj");
        Path wav = MediaFixtures.wav(folder.resolve("media/line.wav"), 1.0, 0.5, false);
        line = ProjectStore.describe(folder, wav, "med-line", MediaKind.AUDIO, Rational.of(1));
        // the clip plays 0.2 s .. 0.8 s of the line
        AudioClip clip = new AudioClip("clp", "med-line", new TimeRange(Rational.ZERO, Rational.of(3, 5)), Rational.of(1, 5), "",
                Map.of());
        Take take = new Take("tk", "Take 1", Rational.of(2), null).withDialogue(List.of(new DialogueTrack("dl", "act", List.of(clip), Map.of())));
        project = Project.empty("prj", "P").withMedia(List.of(line)).withTakes(List.of(take));
    }

    @Test
    void relinkCopiesTheNewFileInAndKeepsTheItemsId() throws IOException {
        Files.delete(folder.resolve(line.path()));
        Path take2 = MediaFixtures.wav(tmp.resolve("elsewhere/line-take2.wav"), 1.5, 0.3, false);
        MediaRef r = relinker.relink(project, folder, line, take2, Progress.NONE);
        assertEquals("med-line", r.id());
        assertEquals("media/line-take2.wav", r.path());
        assertEquals(Hashing.sha256(take2), r.sha256());
        assertEquals(Files.size(take2), r.bytes());
        assertEquals(0, Rational.of(3, 2).compareTo(r.duration()), "duration " + r.duration());
        Project after = MediaRelinker.edit(r).apply(project);
        assertEquals(r, after.mediaById("med-line").orElseThrow());
        assertEquals(MediaStatus.OK, store.mediaCheck().verify(folder.resolve(r.path()), r));
    }

    @Test
    void theWrongKindOrTooShortASoundIsRefusedWithTheReason() throws IOException {
        Path png = MediaFixtures.png(tmp.resolve("face.png"), 32, 32);
        MediaException kind = assertThrows(MediaException.class, () -> relinker.relink(project, folder, line, png, Progress.NONE));
        assertEquals("face.png is a picture; line.wav is a sound. Pick a sound to relink it.", kind.getMessage());
        Path shortWav = MediaFixtures.wav(tmp.resolve("short.wav"), 0.5, 0.3, false);
        MediaException length = assertThrows(MediaException.class,
                () -> relinker.relink(project, folder, line, shortWav, Progress.NONE));
        assertTrue(length.getMessage().startsWith("short.wav is 0.50 s long, but the clips of line.wav play up to 0.80 s"),
                length.getMessage());
        assertFalse(Files.exists(folder.resolve("media/short.wav")), "nothing copied in");
    }

    @Test
    void useChangedFileTakesTheOverwrittenContent() throws IOException {
        Path f = folder.resolve(line.path());
        MediaFixtures.wav(f, 1.0, 0.2, false); // re-recorded: same length, same size, other samples
        assertEquals(line.bytes(), Files.size(f));
        MediaRef r = relinker.refresh(project, folder, line, Progress.NONE);
        assertEquals(line.path(), r.path(), "stays where it is");
        assertNotEquals(line.sha256(), r.sha256());
        assertEquals(Hashing.sha256(f), r.sha256());
        assertEquals(1, Files.list(folder.resolve("media")).count(), "no copy made");
    }
}
