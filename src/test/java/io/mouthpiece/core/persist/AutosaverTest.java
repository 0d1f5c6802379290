package io.mouthpiece.core.persist;

import io.mouthpiece.core.edit.Fixtures;
import io.mouthpiece.core.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AutosaverTest {
    @TempDir Path root;

    /** A pid that belongs to no running process: a session that crashed. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void keepsRollingSnapshotsAndOffersTheNewestAfterACrash() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        Autosaver crashed = new Autosaver(root, 3, new ProjectStore(), clock, deadPid());
        Project p = Fixtures.project();
        for (int i = 0; i < 5; i++) crashed.save(p.withName("v" + i), Path.of("/projects/x"));
        try (var s = Files.list(root.resolve(p.id()))) {
            assertEquals(3 + 1, s.count(), "three snapshots plus the origin record");
        }
        Autosaver next = new Autosaver(root, 3, new ProjectStore(), Clock.systemUTC());
        List<Autosaver.Recoverable> rec = next.recoverable();
        assertEquals(1, rec.size());
        assertEquals("/projects/x", rec.getFirst().origin().folder());
        assertEquals("v4", next.restore(rec.getFirst()).name());
        next.discard(p.id());
        assertTrue(next.recoverable().isEmpty());
    }

    @Test
    void snapshotsOfLiveSessionsAreNotOffered() throws IOException {
        Autosaver live = new Autosaver(root, 3, new ProjectStore(), Clock.systemUTC());
        live.save(Fixtures.project(), null);
        assertTrue(live.recoverable().isEmpty(), "this session's own autosave is not a crash");
        Autosaver other = new Autosaver(root, 3, new ProjectStore(), Clock.systemUTC(), ProcessHandle.current().pid() + 0);
        assertTrue(other.recoverable().isEmpty());
    }

    @Test
    void damagedSnapshotFailsWithAClearMessage() throws Exception {
        Autosaver crashed = new Autosaver(root, 3, new ProjectStore(), Clock.systemUTC(), deadPid());
        Path snap = crashed.save(Fixtures.project(), null);
        Files.writeString(snap, "{ truncated");
        Autosaver next = new Autosaver(root, 3, new ProjectStore(), Clock.systemUTC());
        var rec = next.recoverable().getFirst();
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> next.restore(rec));
        assertTrue(e.getMessage().contains("autosave"));
    }
}
