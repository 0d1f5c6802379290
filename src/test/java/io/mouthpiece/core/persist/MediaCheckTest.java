package io.mouthpiece.core.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file overwritten with content of the same size (a line re-recorded to the same length) is found changed. */
class MediaCheckTest {
    @TempDir Path dir;

    private MediaRef importLine(byte[] content) throws IOException {
        Path f = Files.write(dir.resolve("media/line.wav"), content);
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        return ProjectStore.describe(dir, f, "med-1", MediaKind.AUDIO, null);
    }

    private static void rewrite(Path f, byte[] content, long time) throws IOException {
        Files.write(f, content);
        Files.setLastModifiedTime(f, FileTime.fromMillis(time));
    }

    @Test
    void sameSizeNewContentIsChangedOnlyOnceHashed() throws IOException {
        Files.createDirectories(dir.resolve("media"));
        MediaRef m = importLine(new byte[]{1, 2, 3, 4});
        Path f = dir.resolve(m.path());
        MediaCheck check = new MediaCheck();
        assertEquals(MediaStatus.OK, check.quick(f, m), "untouched: a stat says so");

        rewrite(f, new byte[]{4, 3, 2, 1}, 1_700_000_100_000L);
        assertNull(check.quick(f, m), "same size, new time: only the hash can tell");
        assertEquals(MediaStatus.CHANGED, check.verify(f, m));
        assertEquals(MediaStatus.CHANGED, check.quick(f, m), "remembered for this size and time");

        rewrite(f, new byte[]{1, 2, 3, 4}, 1_700_000_200_000L);
        assertNull(check.quick(f, m), "written again: a new time needs a new hash");
        assertEquals(MediaStatus.OK, check.verify(f, m), "same bytes as imported (a touch, a copied folder)");

        rewrite(f, new byte[]{1, 2, 3}, 1_700_000_300_000L);
        assertEquals(MediaStatus.CHANGED, check.quick(f, m), "another size: no hash needed");
        Files.delete(f);
        assertEquals(MediaStatus.MISSING, check.verify(f, m));
    }

    @Test
    void withoutARecordedTimeTheHashDecides() throws IOException {
        Files.createDirectories(dir.resolve("media"));
        MediaRef m = importLine(new byte[]{1, 2, 3, 4});
        MediaRef old = m.withPath(m.path(), m.sha256(), m.bytes()); // as saved before times were recorded
        assertNull(old.modified());
        Path f = dir.resolve("media/line.wav");
        MediaCheck check = new MediaCheck();
        assertNull(check.quick(f, old));
        assertEquals(MediaStatus.OK, check.verify(f, old));
        rewrite(f, new byte[]{9, 9, 9, 9}, 1_700_000_100_000L);
        assertEquals(MediaStatus.CHANGED, check.verify(f, old));
        rewrite(f, new byte[]{9}, 1_700_000_100_000L);
        assertEquals(MediaStatus.CHANGED, check.quick(f, old));
    }

    @Test
    void loadHashesOnlyWhenAskedAndRefreshesTheTimeOfUnchangedFiles() throws IOException {
        Files.createDirectories(dir.resolve("media"));
        MediaRef a = importLine(new byte[]{1, 2, 3, 4});
        Path other = Files.write(dir.resolve("media/face.png"), new byte[]{7, 7});
        MediaRef b = ProjectStore.describe(dir, other, "med-2", MediaKind.IMAGE, null);
        ProjectStore store = new ProjectStore();
        store.save(dir, Project.empty("prj", "P").withMedia(java.util.List.of(a, b)));

        rewrite(dir.resolve(a.path()), new byte[]{5, 6, 7, 8}, 1_700_000_100_000L); // re-recorded, same length
        Files.setLastModifiedTime(other, FileTime.fromMillis(1_700_000_500_000L)); // only touched
        LoadedProject quick = new ProjectStore().load(dir, false);
        assertEquals(MediaStatus.OK, quick.media().get("med-1"), "not hashed: the studio's bin verifies later");

        LoadedProject full = store.load(dir);
        assertEquals(MediaStatus.CHANGED, full.media().get("med-1"));
        assertEquals(MediaStatus.OK, full.media().get("med-2"));
        assertEquals(1_700_000_500_000L, full.project().mediaById("med-2").orElseThrow().modified(),
                "the touched file's new time is taken, so the next save records it");
        assertEquals(a.modified(), full.project().mediaById("med-1").orElseThrow().modified(), "a changed file keeps its record");
    }
}
