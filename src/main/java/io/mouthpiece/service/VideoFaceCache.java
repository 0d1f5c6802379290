package io.mouthpiece.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.persist.AnalysisCache;
import io.mouthpiece.core.persist.ProjectJson;
import io.mouthpiece.face.FrameCache;

import java.io.IOException;
import java.util.Map;

/**
 * Keeps a video's per-frame face results between runs: the {@link FrameCache} (keyed by each frame's pixels and the
 * tracking settings) is stored in an {@link AnalysisCache} under the video file's SHA-256 and the analyser version, so
 * re-tracking an unchanged clip skips the models. An unreadable entry is a miss.
 */
public final class VideoFaceCache {
    static final String KIND = "face-video";
    static final String ANALYSER = "mouthpiece.face-track.1";
    private static final ObjectMapper JSON = ProjectJson.mapper();
    private static final TypeReference<Map<String, FrameCache.Entry>> ENTRIES = new TypeReference<>() {};

    private final AnalysisCache cache;

    public VideoFaceCache(AnalysisCache cache) { this.cache = cache; }

    public static String key(String videoSha256, String settings) { return AnalysisCache.key(ANALYSER, videoSha256, settings); }

    /** The stored frames of this video and settings, or an empty cache. */
    public FrameCache load(String key) {
        FrameCache fc = new FrameCache();
        cache.get(KIND, key).ifPresent(bytes -> {
            try {
                JSON.readValue(bytes, ENTRIES).forEach(fc::put);
            } catch (IOException | RuntimeException damaged) {
                // start over: the cache is only an optimisation
            }
        });
        return fc;
    }

    public void save(String key, FrameCache fc) throws IOException {
        cache.put(KIND, key, JSON.writeValueAsBytes(fc.entries()));
    }
}
