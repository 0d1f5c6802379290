package io.mouthpiece.dub.bench;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.dub.LowerFaceCompositor;
import io.mouthpiece.render.rig.CanonicalFace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the CPU reference of lower-face synthesis + composite (warp, seamless clone, feather; decode and encode
 * excluded) at a given picture size: a textured synthetic frame with the canonical face at a medium close-up
 * (face width 0.36 × picture height), composited with a source frame whose jaw opens and head shifts every frame.
 * With several threads, each takes every n-th frame with its own compositor (a line split into runs).
 */
public final class DubBenchmark {
    private DubBenchmark() {}

    /** One measurement. */
    public record Result(int width, int height, int frames, int threads, double seconds, double cpuSeconds, int maskPixels) {
        public double fps() { return frames / seconds; }

        /** CPU time per frame: what the frame costs even when other programs share the cores. */
        public double cpuMsPerFrame() { return 1000 * cpuSeconds / frames; }

        @Override
        public String toString() {
            return String.format("%dx%d, %d thread%s: %.1f fps wall (%.1f ms/frame wall, %.1f ms CPU/frame; mask %d px; %d frames)",
                    width, height, threads, threads == 1 ? "" : "s", fps(), 1000 * seconds / frames, cpuMsPerFrame(),
                    maskPixels, frames);
        }
    }

    public static Result run(int width, int height, int frames, int threads) throws Exception {
        int[] background = texture(width, height, 1), source = texture(width, height, 2);
        CanonicalFace canon = CanonicalFace.load();
        float faceW = 0.36f * height;
        FaceLandmarks out = new FaceLandmarks(width, height, canon.landmarks(width / 2f, height * 0.42f, faceW));
        List<FaceLandmarks> sources = new ArrayList<>();
        for (int i = 0; i < 16; i++) sources.add(opened(canon, width, height, faceW, i));
        // warm-up
        LowerFaceCompositor warm = new LowerFaceCompositor();
        int mask = 0;
        for (int i = 0; i < 5; i++) mask = warm.composite(width, height, background, out, source, sources.get(i)).mask().area();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Long>> jobs = new ArrayList<>();
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int t = 0; t < threads; t++) {
                int first = t;
                jobs.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    LowerFaceCompositor c = new LowerFaceCompositor();
                    for (int i = first; i < frames; i += threads) c.composite(width, height, background, out, source, sources.get(i % 16));
                    return mx.getCurrentThreadCpuTime() - c0;
                }));
            }
            long cpu = 0;
            for (Future<Long> f : jobs) cpu += f.get();
            return new Result(width, height, frames, threads, (System.nanoTime() - t0) / 1e9, cpu / 1e9, mask);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The canonical face with the jaw dropped by a step-dependent amount and the head shifted a little. */
    private static FaceLandmarks opened(CanonicalFace canon, int w, int h, float faceW, int step) {
        float[] lm = canon.landmarks(w / 2f + step % 5 - 2, h * 0.42f + step % 3 - 1, faceW);
        float mouthY = (lm[3 * 13 + 1] + lm[3 * 14 + 1]) / 2;
        float drop = faceW * 0.012f * (step % 8);
        for (int i = 0; i < 468; i++) {
            float y = lm[3 * i + 1];
            if (y > mouthY) lm[3 * i + 1] = y + drop * Math.min(1, (y - mouthY) / (0.05f * faceW));
        }
        return new FaceLandmarks(w, h, lm);
    }

    /** Deterministic fine-grained texture (so sampling costs what a photo costs). */
    private static int[] texture(int w, int h, long seed) {
        int[] px = new int[w * h];
        long s = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < px.length; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            int n = (int) ((s >>> 56) & 63);
            px[i] = (150 + n) << 16 | (110 + n) << 8 | (90 + n);
        }
        return px;
    }
}
