package io.mouthpiece.export;

import io.mouthpiece.core.persist.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The output files of one export, written under hidden temporary names in their final folder and renamed into
 * place together by {@link #commit()}; {@link #close()} without a commit deletes every temporary (cancel, error).
 */
final class Staging implements AutoCloseable {
    private record Entry(Path tmp, Path target) { }

    private final List<Entry> entries = new ArrayList<>();
    private boolean committed;

    /** A temporary file for {@code target}; nothing is created yet. */
    Path file(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = AtomicFiles.tempSibling(target);
        entries.add(new Entry(tmp, target));
        return tmp;
    }

    /**
     * A temporary file next to {@code target} that is never renamed into place: an intermediate step, deleted by
     * {@link #close()} whether or not the export committed.
     */
    Path scratch(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = AtomicFiles.tempSibling(target);
        entries.add(new Entry(tmp, null));
        return tmp;
    }

    /** A temporary, already created folder for {@code target}. */
    Path folder(Path target) throws IOException {
        Path tmp = file(target);
        Files.createDirectory(tmp);
        return tmp;
    }

    /** Renames every temporary over its target, in the order they were staged (put the sidecar last). */
    void commit() throws IOException {
        for (Entry e : entries) {
            if (e.target == null) continue;
            if (Files.isDirectory(e.tmp) && Files.exists(e.target)) {
                // A folder cannot be renamed over a non-empty one: move the old one aside first, then drop it.
                Path old = e.target.resolveSibling("." + e.target.getFileName() + ".old-"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()));
                Files.move(e.target, old);
                Files.move(e.tmp, e.target);
                deleteTree(old);
            } else {
                AtomicFiles.moveIntoPlace(e.tmp, e.target);
            }
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Entry e : entries) {
            if (committed && e.target != null) continue;
            try {
                deleteTree(e.tmp);
            } catch (IOException ex) {
                if (first == null) first = ex;
            }
        }
        if (first != null) throw first;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
            }
        } else {
            Files.deleteIfExists(p);
        }
    }
}
