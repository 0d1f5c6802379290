package io.mouthpiece.face;

/**
 * Flags a cut: the mean absolute difference of 32×18 grey thumbnails of consecutive frames above a threshold.
 * A pan or a head turn changes a few per cent; a cut changes most of the picture.
 */
public final class ShotChangeDetector {
    static final int TW = 32, TH = 18;
    private final double threshold;
    private float[] previous;

    /** @param threshold mean |Δ grey| in [0,1]; 0.12 by default */
    public ShotChangeDetector(double threshold) { this.threshold = threshold; }

    public boolean isCut(RgbImage frame) {
        float[] t = thumbnail(frame);
        boolean cut = false;
        if (previous != null) {
            double d = 0;
            for (int i = 0; i < t.length; i++) d += Math.abs(t[i] - previous[i]);
            cut = d / t.length > threshold;
        }
        previous = t;
        return cut;
    }

    static float[] thumbnail(RgbImage img) {
        float[] t = new float[TW * TH];
        int[] n = new int[TW * TH];
        int w = img.width(), h = img.height();
        int[] px = img.rgb();
        int step = Math.max(1, Math.min(w, h) / 90);          // ~90 samples across the short side is plenty
        for (int y = 0; y < h; y += step)
            for (int x = 0; x < w; x += step) {
                int c = px[y * w + x], k = (y * TH / h) * TW + x * TW / w;
                t[k] += (0.299f * (c >> 16 & 255) + 0.587f * (c >> 8 & 255) + 0.114f * (c & 255)) / 255f;
                n[k]++;
            }
        for (int i = 0; i < t.length; i++) t[i] = n[i] == 0 ? 0 : t[i] / n[i];
        return t;
    }
}
