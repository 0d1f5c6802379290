package io.mouthpiece.render.bench;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.GlRigRenderer;
import io.mouthpiece.render.RenderScene;
import io.mouthpiece.render.SourceImage;
import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.render.gl.FramePool;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.rig.CanonicalFace;
import java.util.List;

/**
 * Measures the GL rig renderer end to end, the way export and preview use it: deform on the CPU, upload, draw
 * background + mouth + 1,068 skin triangles, read the frame back into a pooled buffer. The portrait is a
 * synthetic textured image of the output size with the canonical face placed over it; channels animate every
 * frame so nothing is cached.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {}

    /** One measurement. */
    public record Result(int width, int height, int frames, double seconds, String gl) {
        public double fps() { return frames / seconds; }

        public double msPerFrame() { return 1000 * seconds / frames; }

        @Override
        public String toString() {
            return String.format("%dx%d: %.1f fps (%.2f ms/frame incl. readback, %d frames)", width, height, fps(),
                    msPerFrame(), frames);
        }
    }

    public static Result run(GlThread gl, int width, int height, int frames) throws InterruptedException {
        SourceImage img = syntheticPortrait(width, height);
        float face = 0.28f * Math.min(width, height) * 1.4f;
        RenderScene scene = new RenderScene(img, List.of(CanonicalFace.load().rig(width / 2f, height * 0.45f, face)));
        FramePool pool = new FramePool(width, height, 3);
        try (GlRigRenderer renderer = new GlRigRenderer(gl)) {
            for (int i = 0; i < 20; i++) renderOne(renderer, scene, pool, i);
            long t0 = System.nanoTime();
            for (int i = 0; i < frames; i++) renderOne(renderer, scene, pool, i);
            double s = (System.nanoTime() - t0) / 1e9;
            return new Result(width, height, frames, s, gl.description());
        }
    }

    private static void renderOne(GlRigRenderer r, RenderScene scene, FramePool pool, int i) throws InterruptedException {
        double t = i / 25.0;
        ChannelValues pose = ChannelValues.rest()
                .with(Channel.JAW_OPEN, 0.5 + 0.5 * Math.sin(t * 7))
                .with(Channel.MOUTH_SMILE_LEFT, 0.3 + 0.3 * Math.sin(t * 2))
                .with(Channel.EYE_BLINK_LEFT, i % 50 < 5 ? 1 : 0)
                .with(Channel.EYE_BLINK_RIGHT, i % 50 < 5 ? 1 : 0)
                .with(Channel.HEAD_YAW, 4 * Math.sin(t));
        Frame f = pool.acquire();
        r.render(scene, List.of(pose), f);
        f.release();
    }

    /** A deterministic image with fine detail everywhere (so texture sampling costs what a photo costs). */
    static SourceImage syntheticPortrait(int w, int h) {
        int[] px = new int[w * h];
        long seed = 0x9E3779B97F4A7C15L;
        float cx = w / 2f, cy = h * 0.45f, rx = 0.2f * Math.min(w, h), ry = 0.27f * Math.min(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                int noise = (int) ((seed >>> 59) & 15);
                float dx = (x - cx) / rx, dy = (y - cy) / ry;
                boolean face = dx * dx + dy * dy < 1;
                int r = face ? 220 : 60 + 100 * x / w, g = face ? 175 : 90, b = face ? 150 : 60 + 100 * y / h;
                px[y * w + x] = 0xFF000000 | Math.min(255, r + noise) << 16 | Math.min(255, g + noise) << 8 | Math.min(255, b + noise);
            }
        }
        return new SourceImage(w, h, px);
    }
}
