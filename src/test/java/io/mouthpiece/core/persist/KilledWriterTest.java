package io.mouthpiece.core.persist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A process killed (SIGKILL) in the middle of a save leaves the previous file, never a half-written one. */
class KilledWriterTest {
    @TempDir Path dir;

    /** Writes a large file slowly through AtomicFiles until killed. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        AtomicFiles.write(target, (OutputStream out) -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            Files.writeString(Path.of(args[1]), "started");
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
                out.flush();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
        });
    }

    @Test
    void killedMidWriteLeavesOldContent() throws Exception {
        Path target = dir.resolve("project.json");
        Files.writeString(target, "{\"old\": true}");
        Path started = dir.resolve("started");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledWriterTest.class.getName(),
                target.toString(), started.toString()).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(started) && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(Files.exists(started), "writer started");
        Thread.sleep(200); // let it write a few megabytes
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals("{\"old\": true}", Files.readString(target));
        try (var s = Files.list(dir)) {
            assertTrue(s.anyMatch(f -> f.getFileName().toString().startsWith(".project.json.tmp-")));
        }
    }
}
