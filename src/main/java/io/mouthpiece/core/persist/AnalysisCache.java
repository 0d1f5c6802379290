package io.mouthpiece.core.persist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Analysis results (face landmarks, lip-sync tracks, waveform peaks) stored under a project's {@code cache/} folder,
 * keyed by what produced them: the SHA-256 of the inputs plus the analyser's id and version. A changed input or a
 * new analyser version simply misses. Entries are written atomically; an unreadable entry is a miss, never an error.
 */
public final class AnalysisCache {
    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Path root;

    public AnalysisCache(Path root) { this.root = root; }

    /** The cache of the project in {@code projectFolder}. */
    public static AnalysisCache of(Path projectFolder) { return new AnalysisCache(projectFolder.resolve(ProjectStore.CACHE)); }

    /** A key from the analyser's identity and every input that affects its result (hashes, settings). */
    public static String key(String analyserIdAndVersion, String... inputs) {
        StringBuilder sb = new StringBuilder(analyserIdAndVersion);
        for (String in : inputs) sb.append('\u0000').append(in);
        return Hashing.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Optional<byte[]> get(String kind, String key) {
        try {
            return Optional.of(Files.readAllBytes(path(kind, key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void put(String kind, String key, byte[] data) throws IOException {
        AtomicFiles.write(path(kind, key), out -> out.write(data));
    }

    /** Deletes every entry of {@code kind}. */
    public void clear(String kind) throws IOException {
        Path dir = root.resolve(checkKind(kind));
        if (!Files.isDirectory(dir)) return;
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) Files.deleteIfExists(p);
        }
    }

    private Path path(String kind, String key) {
        if (!key.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("cache keys are SHA-256 hex: " + key);
        return root.resolve(checkKind(kind)).resolve(key + ".bin");
    }

    private static String checkKind(String kind) {
        if (!KIND.matcher(kind).matches()) throw new IllegalArgumentException("bad cache kind '" + kind + "'");
        return kind;
    }
}
