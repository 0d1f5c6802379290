package io.mouthpiece.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class WaveformPeaksTest {
    private static WaveformPeaks ramp() {
        PeaksBuilder b = new PeaksBuilder(1000, 10);
        float[] chunk = new float[7]; // odd chunk size: buckets must not depend on how samples arrive
        int t = 0;
        for (int c = 0; c < 200; c++) {
            for (int i = 0; i < chunk.length; i++, t++) chunk[i] = (t % 100) / 100f * (t < 700 ? 1 : -1);
            b.accept(chunk, chunk.length);
        }
        return b.build();
    }

    @Test
    void bucketsHoldMinAndMaxAtEveryLevel() {
        WaveformPeaks p = ramp();
        assertEquals(1400, p.sampleCount());
        assertEquals(140, p.buckets(0));
        assertEquals(0.0f, p.min(0, 0), 1e-4);
        assertEquals(0.09f, p.max(0, 0), 1e-4);
        assertEquals(35, p.buckets(1));
        assertEquals(0.39f, p.max(1, 0), 1e-4);
        int top = p.levels() - 1;
        assertEquals(1, p.buckets(top));
        assertEquals(0.99f, p.max(top, 0), 1e-4);
        assertEquals(-0.99f, p.min(top, 0), 1e-4);
    }

    @Test
    void levelForZoomPicksCoarsestLevelNotWiderThanAPixel() {
        WaveformPeaks p = ramp();
        assertEquals(0, p.levelFor(5));
        assertEquals(1, p.levelFor(40));
        assertEquals(1, p.levelFor(159));
        assertEquals(2, p.levelFor(160));
    }

    @Test
    void cacheRoundTripsAndRejectsBadKeys(@TempDir Path dir) throws Exception {
        PeaksCache cache = new PeaksCache(dir);
        assertTrue(cache.load("abc").isEmpty());
        WaveformPeaks p = ramp();
        cache.store("abc", p);
        WaveformPeaks q = cache.load("abc").orElseThrow();
        assertEquals(p.levels(), q.levels());
        for (int l = 0; l < p.levels(); l++) {
            for (int i = 0; i < p.buckets(l); i++) {
                assertEquals(p.min(l, i), q.min(l, i));
                assertEquals(p.max(l, i), q.max(l, i));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> cache.load("../etc/passwd"));
    }
}
