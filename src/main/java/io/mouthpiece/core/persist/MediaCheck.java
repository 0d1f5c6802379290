package io.mouthpiece.core.persist;

import io.mouthpiece.core.project.MediaRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a media file on disk still holds what the project recorded. A missing file is MISSING and a different size is
 * CHANGED at the cost of a stat. A file of the recorded size whose last-modified time differs from the recorded one (a
 * line re-recorded to the same length, a project copied without its file times), or whose time was never recorded
 * (projects saved before times were), may or may not have changed: only its SHA-256 can say, and hashing a long
 * video takes seconds, so {@link #quick} answers null there and {@link #verify} hashes. Answers are remembered per
 * path, size and time, so a file is hashed once per change. Thread-safe: the bin asks on the FX thread, workers verify.
 */
public final class MediaCheck {
    private record Seen(long size, long modified, String sha256) {}

    private final Map<Path, Seen> hashed = new ConcurrentHashMap<>();

    /** The status, or null when only hashing {@code file} can tell (see {@link #verify}). Never hashes. */
    public MediaStatus quick(Path file, MediaRef m) { return check(file, m, false); }

    /** The status, hashing the file when its time differs from the recorded one. */
    public MediaStatus verify(Path file, MediaRef m) { return check(file, m, true); }

    /**
     * Whether results cached under {@code m}'s recorded SHA-256 may be read for {@code file} and written from it: a hash is
     * recorded and the file does not hold other content now (a changed file's analysis belongs to neither the recorded
     * content nor, until the project takes the change in, to the project). A missing file may still read its recorded
     * content's entry. Hashes as {@link #verify} does; call it off the FX thread.
     */
    public boolean cachesUnderRecordedHash(Path file, MediaRef m) {
        return m.sha256() != null && !m.sha256().isBlank() && verify(file, m) != MediaStatus.CHANGED;
    }

    private MediaStatus check(Path file, MediaRef m, boolean hash) {
        BasicFileAttributes a = attributes(file);
        if (a == null) return MediaStatus.MISSING;
        if (m.bytes() > 0 && a.size() != m.bytes()) return MediaStatus.CHANGED;
        long time = a.lastModifiedTime().toMillis();
        if (m.sha256() == null || m.sha256().isBlank() || (m.modified() != null && m.modified() == time)) return MediaStatus.OK;
        Path key = file.toAbsolutePath().normalize();
        Seen s = hashed.get(key);
        if (s == null || s.size() != a.size() || s.modified() != time) {
            if (!hash) return null;
            try {
                // remembered with the attributes read before hashing: a write during the hash changes the time, and the
                // next check hashes again
                s = new Seen(a.size(), time, Hashing.sha256(file));
            } catch (IOException e) {
                return MediaStatus.MISSING;
            }
            hashed.put(key, s);
        }
        return s.sha256().equals(m.sha256()) ? MediaStatus.OK : MediaStatus.CHANGED;
    }

    /** A file's last-modified time in epoch milliseconds, as {@link MediaRef#modified()} records it. */
    public static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis();
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.isRegularFile() ? a : null;
        } catch (IOException e) {
            return null;
        }
    }
}
