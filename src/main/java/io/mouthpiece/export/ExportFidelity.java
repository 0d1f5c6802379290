package io.mouthpiece.export;

/**
 * How faithfully an encoded picture keeps the picture that went in, in the terms a viewer notices on a still
 * background: both pictures are blurred a little (a Gaussian of {@link #BLUR_SIGMA} px, which hides grain and
 * single-pixel ringing a viewer does not see at normal size), and a pixel counts as changed when any channel then
 * differs by more than {@link #LEVELS} levels. Only pixels inside a mask are counted (e.g. everything outside the
 * face, which never moves). PSNR over the whole picture, unblurred, is kept alongside as the usual codec number.
 * Pure pixel arithmetic on ARGB ints (alpha ignored); accumulates over any number of frames.
 */
public final class ExportFidelity {
    public static final double BLUR_SIGMA = 1.5;
    public static final int LEVELS = 8;

    private final int width, height;
    private final boolean[] counted;
    private final int countedPixels;
    private final float[] kernel;
    private final float[] a, b, tmp;
    private long over, total;
    private double sumSq;
    private long samples;
    private double worstFrame;

    /** @param counted which pixels count ({@code width*height}, row-major); null counts every pixel */
    public ExportFidelity(int width, int height, boolean[] counted) {
        this.width = width;
        this.height = height;
        this.counted = counted;
        int n = 0;
        if (counted != null) { for (boolean c : counted) if (c) n++; } else n = width * height;
        this.countedPixels = n;
        this.kernel = gaussian(BLUR_SIGMA);
        this.a = new float[width * height * 3];
        this.b = new float[width * height * 3];
        this.tmp = new float[width * height * 3];
    }

    /** Normalised 1-D Gaussian, radius 3 sigma. */
    static float[] gaussian(double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) sum += k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
        for (int i = 0; i < k.length; i++) k[i] /= (float) sum;
        return k;
    }

    /** Adds one frame: {@code original} went into the encoder, {@code decoded} came back. Returns this frame's share over the limit. */
    public double add(int[] original, int[] decoded) {
        int n = width * height;
        if (original.length < n || decoded.length < n) throw new IllegalArgumentException("frames must hold " + n + " pixels");
        for (int i = 0; i < n; i++) {
            int p = original[i], q = decoded[i];
            for (int c = 0; c < 3; c++) {
                int s = 16 - 8 * c;
                int d = ((p >> s) & 0xff) - ((q >> s) & 0xff);
                sumSq += d * d;
            }
        }
        samples += 3L * n;
        blur(original, a);
        blur(decoded, b);
        long frameOver = 0;
        for (int i = 0; i < n; i++) {
            if (counted != null && !counted[i]) continue;
            int o = 3 * i;
            float d = Math.max(Math.abs(a[o] - b[o]), Math.max(Math.abs(a[o + 1] - b[o + 1]), Math.abs(a[o + 2] - b[o + 2])));
            if (d > LEVELS) frameOver++;
        }
        over += frameOver;
        total += countedPixels;
        double share = countedPixels == 0 ? 0 : (double) frameOver / countedPixels;
        worstFrame = Math.max(worstFrame, share);
        return share;
    }

    /** Share of counted pixels, over all frames, that differ by more than {@link #LEVELS} after the blur (0..1). */
    public double overShare() { return total == 0 ? 0 : (double) over / total; }

    /** The largest per-frame share. */
    public double worstFrameShare() { return worstFrame; }

    /** Peak signal-to-noise ratio in dB over every pixel and channel of every frame (infinite when identical). */
    public double psnr() {
        if (samples == 0) return Double.NaN;
        double mse = sumSq / samples;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** Separable Gaussian blur of the RGB channels into {@code out} (3 floats per pixel), edges clamped. */
    private void blur(int[] argb, float[] out) {
        int r = kernel.length / 2;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                float sr = 0, sg = 0, sb = 0;
                for (int k = -r; k <= r; k++) {
                    int p = argb[row + Math.min(width - 1, Math.max(0, x + k))];
                    float w = kernel[k + r];
                    sr += w * ((p >> 16) & 0xff);
                    sg += w * ((p >> 8) & 0xff);
                    sb += w * (p & 0xff);
                }
                int o = 3 * (row + x);
                tmp[o] = sr;
                tmp[o + 1] = sg;
                tmp[o + 2] = sb;
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float sr = 0, sg = 0, sb = 0;
                for (int k = -r; k <= r; k++) {
                    int o = 3 * (Math.min(height - 1, Math.max(0, y + k)) * width + x);
                    float w = kernel[k + r];
                    sr += w * tmp[o];
                    sg += w * tmp[o + 1];
                    sb += w * tmp[o + 2];
                }
                int o = 3 * (y * width + x);
                out[o] = sr;
                out[o + 1] = sg;
                out[o + 2] = sb;
            }
        }
    }
}
