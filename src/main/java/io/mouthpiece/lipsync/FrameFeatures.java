package io.mouthpiece.lipsync;

import java.util.Arrays;

/**
 * Turns a chunk of raw per-frame cepstra and log energies into classifier inputs. Normalisation is per chunk
 * (up to a minute), which removes the voice and channel colouring: cepstra c1..c12 are mean/variance
 * normalised over the chunk's active frames, and c0 is replaced by energy relative to the chunk's loud
 * frames. Each input then stacks the frames at a layout's offsets around it: {@link #OFFSETS} (±100 ms, enough to
 * hear a plosive burst after the closure) for the alignment model, {@link #WIDE_OFFSETS} for the audio-only model
 * (round 6). A model file says which by its input size ({@link #offsetsFor}).
 */
public final class FrameFeatures {
    static final int[] OFFSETS = {-10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10};
    /** Candidate wider layouts (round 6): more context either side at the same resolution near the frame. */
    static final int[][] LAYOUTS = {
            OFFSETS,
            {-20, -15, -10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10, 15, 20},
            {-20, -10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10, 20},
            {-30, -20, -10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10, 20, 30},
            {-30, -20, -15, -10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10, 15, 20, 30}, // TEMP superset for experiments
            {-6, -3, -2, -1, 0, 1, 2, 3, 6},
            {-15, -10, -6, -3, -2, -1, 0, 1, 2, 3, 6, 10, 15},
            {-15, -6, -3, -1, 0, 1, 3, 6, 15},
    };
    static final int[] WIDE_OFFSETS = LAYOUTS[1];
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

    /** The stacking offsets of the layout with this many inputs. */
    public static int[] offsetsFor(int dim) {
        for (int[] l : LAYOUTS) if (l.length * BASE == dim) return l.clone();
        throw new IllegalArgumentException("no feature layout has " + dim + " inputs");
    }

    /** Parses a layout written as comma-separated offsets (bench's --offsets); it must be a known layout. */
    public static int[] parseOffsets(String csv) {
        int[] o = Arrays.stream(csv.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        for (int[] l : LAYOUTS) if (Arrays.equals(l, o)) return o;
        throw new IllegalArgumentException("unknown feature layout " + csv);
    }

    /** {@link #build(float[][], float[], int, int[])} with the alignment model's layout {@link #OFFSETS}. */
    public static float[][] build(float[][] cep, float[] logE, int n) {
        return build(cep, logE, n, OFFSETS);
    }

    /**
     * @param cep     n × 13 raw cepstra
     * @param logE    n log energies
     * @param offsets frame offsets to stack (a layout of {@link #LAYOUTS})
     * @return n × (offsets.length · 13) inputs
     */
    public static float[][] build(float[][] cep, float[] logE, int n, int[] offsets) {
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
        float[][] out = new float[n][offsets.length * BASE];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < offsets.length; k++) {
                int j = Math.max(0, Math.min(n - 1, i + offsets[k]));
                System.arraycopy(base[j], 0, out[i], k * BASE, BASE);
            }
        }
        return out;
    }
}
