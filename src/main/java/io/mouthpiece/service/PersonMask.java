package io.mouthpiece.service;

import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.inference.OnnxSession;
import io.mouthpiece.inference.Tensor;
import io.mouthpiece.render.SourceImage;

/**
 * The person cut-out for a transparent or flat background: MediaPipe Selfie Segmentation over the whole picture
 * (stretched to 256², x/255), its probability stretched back bilinearly to the requested size, and contrast
 * tightened so that clear background is exactly 0 and clear person exactly 1 (the model's own soft edge is kept
 * in between). The face itself is made whole per frame by {@link FaceMatte}.
 */
public final class PersonMask {
    public static final String MODEL_ID = "selfie";
    static final int SIZE = 256;
    /** Probabilities below LOW count as background, above HIGH as person; smoothstep between. */
    static final float LOW = 0.15f, HIGH = 0.85f;

    private PersonMask() {}

    /** Coverage 0..1 per pixel of a {@code width}×{@code height} frame showing all of {@code img}. */
    public static float[] compute(ModelRegistry registry, SourceImage img, int width, int height) {
        float[] in = new float[SIZE * SIZE * 3];
        float sx = (float) img.width() / SIZE, sy = (float) img.height() / SIZE;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int p = sampleArgb(img, (x + 0.5f) * sx - 0.5f, (y + 0.5f) * sy - 0.5f);
                int o = 3 * (y * SIZE + x);
                in[o] = ((p >> 16) & 255) / 255f;
                in[o + 1] = ((p >> 8) & 255) / 255f;
                in[o + 2] = (p & 255) / 255f;
            }
        }
        float[] prob;
        try (OnnxSession s = registry.model(MODEL_ID).newSession()) {
            prob = s.run(Tensor.of("input_1", in, 1, SIZE, SIZE, 3)).values().iterator().next().data();
        }
        float[] out = new float[width * height];
        float kx = (float) SIZE / width, ky = (float) SIZE / height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = bilinear(prob, SIZE, SIZE, (x + 0.5f) * kx - 0.5f, (y + 0.5f) * ky - 0.5f);
                out[y * width + x] = smoothstep(LOW, HIGH, v);
            }
        }
        return out;
    }

    static float smoothstep(float a, float b, float x) {
        float t = Math.max(0f, Math.min(1f, (x - a) / (b - a)));
        return t * t * (3 - 2 * t);
    }

    private static float bilinear(float[] m, int w, int h, float x, float y) {
        x = Math.max(0, Math.min(w - 1, x));
        y = Math.max(0, Math.min(h - 1, y));
        int x0 = (int) x, y0 = (int) y, x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
        float fx = x - x0, fy = y - y0;
        float a = m[y0 * w + x0] + (m[y0 * w + x1] - m[y0 * w + x0]) * fx;
        float b = m[y1 * w + x0] + (m[y1 * w + x1] - m[y1 * w + x0]) * fx;
        return a + (b - a) * fy;
    }

    /** Bilinear sample of the picture (per channel), edges clamped. */
    private static int sampleArgb(SourceImage img, float x, float y) {
        int w = img.width(), h = img.height();
        x = Math.max(0, Math.min(w - 1, x));
        y = Math.max(0, Math.min(h - 1, y));
        int x0 = (int) x, y0 = (int) y, x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
        float fx = x - x0, fy = y - y0;
        int a = img.pixel(x0, y0), b = img.pixel(x1, y0), c = img.pixel(x0, y1), d = img.pixel(x1, y1);
        int out = 0xff000000;
        for (int sh = 0; sh <= 16; sh += 8) {
            float top = ((a >> sh) & 255) + (((b >> sh) & 255) - ((a >> sh) & 255)) * fx;
            float bot = ((c >> sh) & 255) + (((d >> sh) & 255) - ((c >> sh) & 255)) * fx;
            out |= Math.round(top + (bot - top) * fy) << sh;
        }
        return out;
    }
}
