package io.mouthpiece.lipsync;

import java.util.Arrays;

/**
 * Turns a chunk of raw per-frame cepstra and log energies into classifier inputs. Normalisation is per chunk
 * (up to a minute), which removes the voice and channel colouring: cepstra c1..c12 are mean/variance
 * normalised over the chunk's active frames, and c0 is replaced by energy relative to the chunk's loud
 * frames. Each input then stacks the frames at {@link #OFFSETS} around it, so the classifier sees ±100 ms of
 * context (enough to hear a plosive burst after the closure).
 */
public final class FrameFeatures {
    static final int[] OFFSETS = {-10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10};
    static final int BASE = 13;
    public static final int DIM = OFFSETS.length * BASE;
    /** Natural-log power units per 10 dB. */
    static final float LN_10DB = (float) Math.log(10);

    private FrameFeatures() {}

    /** Relative-energy reference of a chunk: its 95th-percentile log energy. */
    static float loudRef(float[] logE, int n) {
        float[] s = Arrays.copyOf(logE, n);
        Arrays.sort(s);
        return s[Math.min(n - 1, (int) (n * 0.95))];
    }

    /**
     * @param cep   n × 13 raw cepstra
     * @param logE  n log energies
     * @return n × {@link #DIM} inputs
     */
    public static float[][] build(float[][] cep, float[] logE, int n) {
        float ref = loudRef(logE, n);
        float[][] base = new float[n][BASE];
        double[] mean = new double[BASE];
        double[] var = new double[BASE];
        int active = 0;
        for (int i = 0; i < n; i++) {
            if (logE[i] > ref - 4 * LN_10DB) { // within 40 dB of the loud frames
                active++;
                for (int c = 1; c < BASE; c++) mean[c] += cep[i][c];
            }
        }
        if (active == 0) active = 1;
        for (int c = 1; c < BASE; c++) mean[c] /= active;
        for (int i = 0; i < n; i++) {
            if (logE[i] > ref - 4 * LN_10DB) {
                for (int c = 1; c < BASE; c++) var[c] += (cep[i][c] - mean[c]) * (cep[i][c] - mean[c]);
            }
        }
        float[] inv = new float[BASE];
        for (int c = 1; c < BASE; c++) inv[c] = (float) (1 / Math.sqrt(var[c] / active + 1e-3));
        for (int i = 0; i < n; i++) {
            base[i][0] = Math.max(-4f, Math.min(1f, (logE[i] - ref) / (2 * LN_10DB))); // per 20 dB
            for (int c = 1; c < BASE; c++) base[i][c] = (float) ((cep[i][c] - mean[c]) * inv[c]);
        }
        float[][] out = new float[n][DIM];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < OFFSETS.length; k++) {
                int j = Math.max(0, Math.min(n - 1, i + OFFSETS[k]));
                System.arraycopy(base[j], 0, out[i], k * BASE, BASE);
            }
        }
        return out;
    }
}
