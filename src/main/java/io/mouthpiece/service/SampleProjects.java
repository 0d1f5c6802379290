package io.mouthpiece.service;

import io.mouthpiece.core.persist.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The shipped sample is read-only (it may sit in an install folder); the user works on a private copy in their data
 * folder, made once and reused.
 */
public final class SampleProjects {
    private SampleProjects() {}

    /** Copies {@code shipped} to {@code userSamples/<name>} unless a copy exists already, and returns the copy. */
    public static Path userCopy(Path shipped, Path userSamples) throws IOException {
        if (!Files.isRegularFile(shipped.resolve(ProjectStore.FILE))) {
            throw new IOException("the sample project is missing from this installation: " + shipped);
        }
        Path dest = userSamples.resolve(shipped.getFileName().toString());
        if (Files.isRegularFile(dest.resolve(ProjectStore.FILE))) return dest;
        Path tmp = userSamples.resolve("." + shipped.getFileName() + ".copying");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        try (Stream<Path> s = Files.walk(shipped)) {
            for (Path src : s.toList()) {
                Path to = tmp.resolve(shipped.relativize(src).toString());
                if (Files.isDirectory(src)) Files.createDirectories(to);
                else Files.copy(src, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteTree(dest);
        Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
        return dest;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
