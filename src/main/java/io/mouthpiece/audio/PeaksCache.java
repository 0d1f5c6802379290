package io.mouthpiece.audio;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Stores waveform peaks on disk under a caller-chosen key (e.g. the media file's SHA-256), so reopening a
 * project does not decode hours of audio again. Files are written to a temp name and renamed.
 */
public final class PeaksCache {
    private static final int MAGIC = 0x4D505031; // "MPP1"
    private final Path dir;

    public PeaksCache(Path dir) { this.dir = dir; }

    private Path fileFor(String key) {
        if (!key.matches("[A-Za-z0-9_.-]{1,128}")) throw new IllegalArgumentException("bad cache key: " + key);
        return dir.resolve(key + ".peaks");
    }

    public Optional<WaveformPeaks> load(String key) {
        Path f = fileFor(key);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            if (in.readInt() != MAGIC) return Optional.empty();
            int rate = in.readInt();
            int base = in.readInt();
            long samples = in.readLong();
            int levels = in.readInt();
            short[][] mins = new short[levels][];
            short[][] maxs = new short[levels][];
            for (int l = 0; l < levels; l++) {
                int n = in.readInt();
                mins[l] = new short[n];
                maxs[l] = new short[n];
                for (int i = 0; i < n; i++) {
                    mins[l][i] = in.readShort();
                    maxs[l][i] = in.readShort();
                }
            }
            return Optional.of(new WaveformPeaks(rate, base, samples, mins, maxs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache entry is simply rebuilt
        }
    }

    public void store(String key, WaveformPeaks p) throws IOException {
        Files.createDirectories(dir);
        Path target = fileFor(key);
        Path tmp = Files.createTempFile(dir, key, ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(p.sampleRate());
                out.writeInt(p.baseBucket());
                out.writeLong(p.sampleCount());
                out.writeInt(p.levels());
                for (int l = 0; l < p.levels(); l++) {
                    short[] mn = p.rawMins(l);
                    short[] mx = p.rawMaxs(l);
                    out.writeInt(mn.length);
                    for (int i = 0; i < mn.length; i++) {
                        out.writeShort(mn[i]);
                        out.writeShort(mx[i]);
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
