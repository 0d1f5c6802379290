package io.mouthpiece.service;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.FfmpegMediaProber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Importing real files into a real project folder: copies, hashes, kinds; bad files are refused with a reason. */
class MediaImporterTest {
    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final FfmpegMediaProber prober = new FfmpegMediaProber();
    final MediaImporter importer = new MediaImporter(prober, new ProjectCreator(store, prober));

    @Test
    void copiesHashesAndDescribesPicturesAndSoundAsOneUndoStep() throws Exception {
        Path folder = tmp.resolve("proj");
        store.save(folder, Project.empty("prj-1", "P"));
        Path png = MediaFixtures.png(tmp.resolve("in/face.png"), 200, 100);
        Path wav = MediaFixtures.wav(tmp.resolve("in/line.wav"), 1.5, 0.5, false);

        MediaImporter.Result r = importer.importFiles(store.load(folder).project(), folder, List.of(png, wav), Progress.NONE);
        assertEquals(List.of(), r.failures());
        assertEquals(2, r.imported().size());
        MediaRef image = r.media().get(0), audio = r.media().get(1);
        assertEquals(MediaKind.IMAGE, image.kind());
        assertEquals("media/face.png", image.path());
        assertEquals(Hashing.sha256(png), image.sha256());
        assertEquals(Files.size(png), image.bytes());
        assertNull(image.duration());
        assertEquals(200, r.imported().get(0).info().width());
        assertEquals(MediaKind.AUDIO, audio.kind());
        assertEquals("media/line.wav", audio.path());
        assertEquals(1.5, audio.duration().toDouble(), 0.01);
        assertArrayEquals(Files.readAllBytes(wav), Files.readAllBytes(folder.resolve("media/line.wav")));

        ProjectDocument doc = new ProjectDocument(store.load(folder).project(), folder);
        doc.execute(MediaImporter.edit(r.media()));
        assertEquals(2, doc.project().media().size());
        assertEquals("Import 2 Files", doc.undoDescription().orElseThrow());
        doc.undo();
        assertEquals(0, doc.project().media().size(), "one undo removes the whole batch");

        // the same content again is refused, not duplicated
        MediaImporter.Result again = importer.importFiles(doc.project().withMedia(r.media()), folder, List.of(wav), Progress.NONE);
        assertTrue(again.imported().isEmpty());
        assertTrue(again.failureText().contains("already holds"), again.failureText());
    }

    @Test
    void aGiantPictureComesInWithANoticeAndItsThumbnailSaysItsSize() throws Exception {
        Path folder = tmp.resolve("proj");
        store.save(folder, Project.empty("prj-1", "P"));
        Path giant = Files.copy(io.mouthpiece.media.GiantFixtures.astronaut20k(), tmp.resolve("giant.png"));

        MediaImporter.Result r = importer.importFiles(store.load(folder).project(), folder, List.of(giant), Progress.NONE);
        assertEquals(List.of(), r.failures(), "20000 \u00d7 20000 is no longer bad input");
        MediaImporter.Imported m = r.imported().getFirst();
        assertEquals(MediaKind.IMAGE, m.media().kind());
        assertEquals(20_000, m.info().width());
        assertEquals("giant.png is 20000 \u00d7 20000 pixels, more than 16384 a side or 64 megapixels; it is read "
                + "downscaled to 6667 \u00d7 6667.", r.noticeText());

        MediaThumbnails.Thumbnail t = new MediaThumbnails(tmp.resolve("cache")).thumbnail(folder, m.media(), Progress.NONE);
        assertEquals(20_000, t.sourceWidth(), "the bin shows the file's own size");
        assertEquals(64, t.width());
        assertEquals(0x808890, t.pixel(1, 1) & 0xffffff, "the flat border");
        assertNotEquals(0x808890, t.pixel(32, 32) & 0xffffff, "the portrait in the middle");
    }

    @Test
    void corruptFilesAreRefusedWithAReasonAndAddNothing() throws Exception {
        Path folder = tmp.resolve("proj");
        store.save(folder, Project.empty("prj-1", "P"));
        Path junk = tmp.resolve("in/photo.png");
        Files.createDirectories(junk.getParent());
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Files.write(junk, noise);
        Path text = Files.writeString(tmp.resolve("in/notes.wav"), "not audio at all");
        Path good = MediaFixtures.png(tmp.resolve("in/ok.png"), 32, 32);
        byte[] whole = Files.readAllBytes(good);
        Path truncated = Files.write(tmp.resolve("in/cut.png"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path huge = MediaFixtures.hugePngHeader(tmp.resolve("in/huge.png"), 20_000, 20_000);
        byte[] line = Files.readAllBytes(MediaFixtures.wav(tmp.resolve("in/line.wav"), 1.5, 0.5, false));
        Path cutWav = Files.write(tmp.resolve("in/cut.wav"), java.util.Arrays.copyOf(line, line.length / 2));

        MediaImporter.Result r = importer.importFiles(Project.empty("prj-1", "P"), folder,
                List.of(junk, text, truncated, huge, cutWav), Progress.NONE);
        assertTrue(r.imported().isEmpty());
        assertEquals(5, r.failures().size(), r.failureText());
        String msg = r.failureText();
        System.out.println(msg);
        assertTrue(msg.contains("photo.png: photo.png is not a picture, video or sound file Mouthpiece can read"), msg);
        assertTrue(msg.contains("notes.wav: notes.wav is not a picture, video or sound file"), msg);
        assertFalse(msg.contains("avformat"), "no FFmpeg internals at the user: " + msg);
        assertTrue(msg.contains("cut.png: cut.png is") && msg.contains("damaged"), msg);
        assertTrue(msg.contains("huge.png: huge.png is damaged") && msg.contains("20000 \u00d7 20000 pixels"),
                "a giant picture cut off is refused as damaged, naming its size: " + msg);
        assertTrue(msg.contains("cut.wav: cut.wav is truncated"), "a cut-off WAV is not taken as a shorter line: " + msg);
        assertFalse(Files.exists(folder.resolve("media")) && Files.list(folder.resolve("media")).findAny().isPresent(),
                "no copy of a refused file is left in the project");
    }

    @Test
    void anUnsavedProjectHasNowhereToCopyTo() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> importer.importFiles(Project.empty("p", "P"), null, List.of(tmp), Progress.NONE));
        assertTrue(e.getMessage().startsWith("Save the project first"));
    }
}
