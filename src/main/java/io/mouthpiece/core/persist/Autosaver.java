package io.mouthpiece.core.persist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mouthpiece.core.project.Project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rolling autosaves under the user's state folder, one folder per open project, each owned by the running process.
 * A clean close deletes the project's autosaves; whatever is left at the next start belongs to a session that did
 * not close cleanly and is offered for recovery. Thread-safe: the studio snapshots on the FX thread and writes
 * here from a worker.
 */
public final class Autosaver {
    /** What one autosave belongs to; stored beside the snapshots. */
    public record Origin(String projectId, String projectName, String folder, long pid, String savedAt) {}

    /** A snapshot offered for recovery. */
    public record Recoverable(Origin origin, Path snapshot) {}

    private static final String ORIGIN = "origin.json";
    private static final String PREFIX = "autosave-";

    private final Path root;
    private final int keep;
    private final ProjectStore store;
    private final Clock clock;
    private final long pid;
    private final ObjectMapper mapper = JsonMapper.builder().build();

    public Autosaver(Path root, int keep, ProjectStore store, Clock clock) {
        this(root, keep, store, clock, ProcessHandle.current().pid());
    }

    Autosaver(Path root, int keep, ProjectStore store, Clock clock, long pid) {
        this.root = root;
        this.keep = Math.max(1, keep);
        this.store = store;
        this.clock = clock;
        this.pid = pid;
    }

    /** Writes a snapshot of {@code project} (opened from {@code folder}, null if never saved) and prunes old ones. */
    public synchronized Path save(Project project, Path folder) throws IOException {
        Path dir = root.resolve(safe(project.id()));
        Files.createDirectories(dir);
        Instant now = clock.instant();
        Origin origin = new Origin(project.id(), project.name(), folder == null ? null : folder.toString(), pid, now.toString());
        byte[] originJson = mapper.writeValueAsBytes(origin);
        AtomicFiles.write(dir.resolve(ORIGIN), out -> out.write(originJson));
        // zero-padded epoch millis sort by name; a sequence suffix keeps two saves in the same millisecond apart
        Path snap = dir.resolve(String.format("%s%015d-%s.json", PREFIX, now.toEpochMilli(), Long.toHexString(System.nanoTime())));
        byte[] data = store.serialize(project);
        AtomicFiles.write(snap, out -> out.write(data));
        List<Path> all = snapshots(dir);
        for (int i = 0; i < all.size() - keep; i++) Files.deleteIfExists(all.get(i));
        return snap;
    }

    /** After a save or a deliberate discard the autosaves of that project are no longer needed. */
    public synchronized void discard(String projectId) throws IOException {
        Path dir = root.resolve(safe(projectId));
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    /** Newest snapshot of every project whose owning process is gone: what a crash left behind. */
    public List<Recoverable> recoverable() {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : ds) {
                Optional<Origin> o = readOrigin(dir);
                List<Path> snaps = snapshots(dir);
                if (o.isEmpty() || snaps.isEmpty()) continue;
                if (o.get().pid() != pid && isAlive(o.get().pid())) continue; // another running instance owns it
                if (o.get().pid() == pid) continue; // ours, from this very session
                out.add(new Recoverable(o.get(), snaps.getLast()));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing((Recoverable r) -> r.origin().savedAt()).reversed());
        return out;
    }

    /** Reads a recoverable snapshot back into a project. */
    public Project restore(Recoverable r) throws IOException {
        return store.parse(Files.readAllBytes(r.snapshot()), "autosave " + r.snapshot().getFileName());
    }

    private Optional<Origin> readOrigin(Path dir) {
        try {
            return Optional.of(mapper.readValue(dir.resolve(ORIGIN).toFile(), Origin.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> snapshots(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".json"))
                    .sorted().toList();
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String safe(String id) { return id.replaceAll("[^A-Za-z0-9._-]", "_"); }
}
