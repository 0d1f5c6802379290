package io.mouthpiece.core.persist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class AnalysisCacheTest {
    @TempDir Path dir;

    @Test
    void hitsOnlyForTheSameInputsAndAnalyserVersion() throws IOException {
        AnalysisCache cache = AnalysisCache.of(dir);
        String k1 = AnalysisCache.key("facemesh/1", "sha-of-image", "face=0");
        cache.put("face", k1, "landmarks".getBytes(StandardCharsets.UTF_8));
        assertEquals("landmarks", new String(cache.get("face", k1).orElseThrow(), StandardCharsets.UTF_8));
        assertTrue(cache.get("face", AnalysisCache.key("facemesh/2", "sha-of-image", "face=0")).isEmpty(), "new analyser version");
        assertTrue(cache.get("face", AnalysisCache.key("facemesh/1", "sha-of-other", "face=0")).isEmpty(), "other input");
        assertNotEquals(AnalysisCache.key("a", "bc"), AnalysisCache.key("a", "b", "c"), "inputs are delimited");
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("cache/face/" + k1 + ".bin")));
        cache.clear("face");
        assertTrue(cache.get("face", k1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> cache.put("../escape", k1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> cache.get("face", "not-a-hash"));
    }
}
