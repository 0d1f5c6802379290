package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceAnalysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-frame analysis results keyed by a hash of the frame's pixels and the analysis settings, so re-tracking a clip
 * (after an edit elsewhere, or a reopened project) skips the models. The project layer persists {@link #entries()}.
 */
public final class FrameCache {
    /** A cached frame: the result (null = face lost) and the raw landmarks that seed the next frame's ROI. */
    public record Entry(FaceAnalysis result, float[] rawLandmarks) { }

    private final Map<String, Entry> map = new ConcurrentHashMap<>();

    public Optional<Entry> get(String key) { return Optional.ofNullable(map.get(key)); }

    public void put(String key, Entry e) { map.put(key, e); }

    public Map<String, Entry> entries() { return Map.copyOf(map); }

    public int size() { return map.size(); }

    /** 64-bit hash of the pixels (FNV-1a style over whole ints: ~1 ms for a 720p frame), as hex. */
    public static String hash(RgbImage img, String settings) {
        long h = 0xcbf29ce484222325L ^ img.width() * 31L ^ (long) img.height() << 32;
        for (int p : img.rgb()) h = (h ^ p) * 0x100000001b3L;
        return settings + ":" + img.width() + "x" + img.height() + ":" + Long.toHexString(h);
    }
}
