package io.mouthpiece.lipsync;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.cues.RhubarbShape;

import java.util.Arrays;

/**
 * The smoothing after the classifier ({@link LipsyncAnalyzer}, audio only): Viterbi over drawn mouth shapes with the
 * learned transition table, then over the visemes inside each shape, then closures the smoothing dropped put back
 * where the posterior and the audio agree (model card, Rounds 5 and 10).
 */
public final class ShapeSmoothing {
    private static final int V = Viseme.values().length;

    private ShapeSmoothing() { }

    /**
     * Closures the smoothing dropped: where PP's posterior peaks at or above {@code at} and the path shows no PP
     * within ±{@value #CLOSE_REACH} frames, the {@code frames} frames around the peak are drawn closed. The smoothing
     * maximises frames right, and a closure is a few frames of one class among long neighbours, so it loses them.
     */
    static void insertClosures(float[][] lp, byte[] path, int n, float at, int frames) {
        insertClosures(lp, path, n, at, frames, null, 0);
    }

    /**
     * As above, but in sung phrases only where the audio shows a closure. A sung phrase: within {@value #HELD_NEAR}
     * frames of a held note (the path draws one open vowel shape for at least {@value #HELD_RUN} frames; spoken vowels
     * are shorter). There a PP posterior peak becomes a closure only if {@code logE} (natural-log frame power of the
     * pre-emphasised signal, as {@link io.mouthpiece.audio.SpeechFeatures} gives it) dips at least {@code minDipDb}
     * below the louder of its peaks on both sides within ±{@value #DIP_REACH} frames, somewhere within
     * ±{@value #DIP_NEAR} frames of the peak: lips that close stop the sound or leave only a low murmur (the
     * pre-emphasis weighs that down), while vibrato, note changes and the classifier's misreadings of a high voice do
     * not. Speech keeps round 5's insertion: the same evidence there would lose the quiet voiced b/m of some voices
     * (model card, Round 10). {@code logE} null or {@code minDipDb} ≤ 0: no evidence needed.
     */
    static void insertClosures(float[][] lp, byte[] path, int n, float at, int frames, float[] logE, float minDipDb) {
        int pp = Viseme.PP.index();
        float logAt = (float) Math.log(at);
        float need = minDipDb * LN_10DB / 10;
        boolean[] held = logE != null && minDipDb > 0 ? nearHeldVowel(path, n) : null;
        for (int t = 0; t < n; t++) {
            float p = lp[t][pp];
            if (p < logAt || (t > 0 && lp[t - 1][pp] >= p) || (t + 1 < n && lp[t + 1][pp] > p)) continue;
            if (held != null && held[t] && dip(logE, n, t, DIP_NEAR) < need) continue;
            boolean has = false;
            for (int k = Math.max(0, t - CLOSE_REACH); k <= Math.min(n - 1, t + CLOSE_REACH) && !has; k++) has = path[k] == pp;
            if (has) continue;
            int a = Math.max(0, t - (frames - 1) / 2), b = Math.min(n, a + frames);
            for (int k = a; k < b; k++) if (path[k] != Viseme.SIL.index()) path[k] = (byte) pp;
        }
    }

    static final int CLOSE_REACH = 4;
    /** Frames of one open vowel shape (C, D, E or F) that make a held note: 250 ms, longer than spoken vowels. */
    static final int HELD_RUN = 25;
    /** Frames either side of a held note within which inserted closures need an energy dip (a sung phrase). */
    static final int HELD_NEAR = 150;

    /** Frames within {@value #HELD_NEAR} of a run of at least {@value #HELD_RUN} frames of one open vowel shape. */
    static boolean[] nearHeldVowel(byte[] path, int n) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && SHAPE[path[j]] == SHAPE[path[i]]) j++;
            RhubarbShape shape = RhubarbShape.of(Viseme.values()[path[i]]);
            boolean open = shape == RhubarbShape.C || shape == RhubarbShape.D || shape == RhubarbShape.E || shape == RhubarbShape.F;
            if (open && j - i >= HELD_RUN) for (int k = Math.max(0, i - HELD_NEAR); k < Math.min(n, j + HELD_NEAR); k++) out[k] = true;
            i = j;
        }
        return out;
    }

    /** Frames either side of a frame whose energy is compared with it (a dip is lower than both sides' peaks). */
    static final int DIP_REACH = 8;
    /** Frames either side of a posterior peak searched for its energy dip. */
    static final int DIP_NEAR = 2;
    private static final float LN_10DB = (float) Math.log(10);

    /**
     * The deepest local dip (natural-log power units) within ±{@code near} of frame {@code t}: for each frame, the
     * lower of the loudest frames within {@value #DIP_REACH} frames before and after it (itself included) minus its own.
     */
    static float dip(float[] logE, int n, int t, int near) {
        float best = 0;
        for (int i = Math.max(0, t - near); i <= Math.min(n - 1, t + near); i++) {
            float left = logE[i], right = logE[i];
            for (int k = 1; k <= DIP_REACH; k++) {
                if (i - k >= 0) left = Math.max(left, logE[i - k]);
                if (i + k < n) right = Math.max(right, logE[i + k]);
            }
            best = Math.max(best, Math.min(left, right) - logE[i]);
        }
        return best;
    }

    /** Shape (Rhubarb A–H/X, L drawn as B) of each viseme, as the benchmark scores it. */
    private static final int[] SHAPE = new int[V];
    private static final int SHAPES;
    static {
        var shapes = new java.util.ArrayList<RhubarbShape>();
        for (Viseme v : Viseme.values()) {
            var s = RhubarbShape.of(v);
            if (!shapes.contains(s)) shapes.add(s);
            SHAPE[v.index()] = shapes.indexOf(s);
        }
        SHAPES = shapes.size();
    }

    /**
     * Two passes: the best path over mouth shapes, each scored by the summed posterior of its visemes (eight of them
     * draw B, and the classifier splits its mass between them), then the best viseme path restricted to each frame's
     * shape. The drawn shape is what the eye (and the benchmark) judges; the viseme inside only refines it.
     */
    static byte[] viterbiByShape(float[][] lp, int n, float[][] shapeTrans, float transWeight, float visemePenalty) {
        float[][] g = new float[n][SHAPES];
        double[] sum = new double[SHAPES];
        for (int t = 0; t < n; t++) {
            float[] row = lp[t];
            float max = row[0];
            for (int v = 1; v < V; v++) max = Math.max(max, row[v]);
            Arrays.fill(sum, 0);
            for (int v = 0; v < V; v++) sum[SHAPE[v]] += Math.exp(row[v] - max);
            for (int s = 0; s < SHAPES; s++) g[t][s] = max + (float) Math.log(sum[s]);
        }
        byte[] shapes = viterbiMatrix(g, n, shapeTrans, transWeight);
        float[][] masked = new float[n][V];
        for (int t = 0; t < n; t++) {
            for (int v = 0; v < V; v++) masked[t][v] = SHAPE[v] == shapes[t] ? lp[t][v] : -1e4f;
        }
        return viterbi(masked, n, visemePenalty, V);
    }

    /** Shape-level log transition probabilities (rows: from) from 15×15 viseme transition counts, add-one smoothed. */
    public static float[][] shapeTransitions(long[][] visemeCounts) {
        double[][] c = new double[SHAPES][SHAPES];
        for (int a = 0; a < V; a++) for (int b = 0; b < V; b++) c[SHAPE[a]][SHAPE[b]] += visemeCounts[a][b];
        float[][] t = new float[SHAPES][SHAPES];
        for (int a = 0; a < SHAPES; a++) {
            double sum = 0;
            for (int b = 0; b < SHAPES; b++) sum += c[a][b] + 1;
            for (int b = 0; b < SHAPES; b++) t[a][b] = (float) Math.log((c[a][b] + 1) / sum);
        }
        return t;
    }

    /** Viterbi with a full transition matrix ({@code w} × log P(to | from)), no constant penalty. */
    static byte[] viterbiMatrix(float[][] lp, int n, float[][] logT, float w) {
        int k = logT[0].length;
        float[] score = Arrays.copyOf(lp[0], k);
        byte[][] back = new byte[n][k];
        float[] next = new float[k];
        for (int t = 1; t < n; t++) {
            for (int b = 0; b < k; b++) {
                int arg = 0;
                float best = Float.NEGATIVE_INFINITY;
                for (int a = 0; a < k; a++) {
                    float s = score[a] + w * logT[a][b];
                    if (s > best) { best = s; arg = a; }
                }
                next[b] = best + lp[t][b];
                back[t][b] = (byte) arg;
            }
            System.arraycopy(next, 0, score, 0, k);
        }
        byte[] path = new byte[n];
        int cur = 0;
        for (int v = 1; v < k; v++) if (score[v] > score[cur]) cur = v;
        for (int t = n - 1; t >= 0; t--) {
            path[t] = (byte) cur;
            cur = back[t][cur];
        }
        return path;
    }

    static byte[] viterbi(float[][] lp, int n, float penalty) { return viterbi(lp, n, penalty, V); }

    /** Best label path under a constant penalty per change of viseme: removes one-frame flickers. */
    static byte[] viterbi(float[][] lp, int n, float penalty, int V) {
        float[] score = Arrays.copyOf(lp[0], V);
        byte[][] back = new byte[n][V];
        float[] next = new float[V];
        for (int t = 1; t < n; t++) {
            int best = 0;
            for (int v = 1; v < V; v++) if (score[v] > score[best]) best = v;
            float switched = score[best] - penalty;
            for (int v = 0; v < V; v++) {
                if (score[v] >= switched) {
                    next[v] = score[v] + lp[t][v];
                    back[t][v] = (byte) v;
                } else {
                    next[v] = switched + lp[t][v];
                    back[t][v] = (byte) best;
                }
            }
            System.arraycopy(next, 0, score, 0, V);
        }
        byte[] path = new byte[n];
        int cur = 0;
        for (int v = 1; v < V; v++) if (score[v] > score[cur]) cur = v;
        for (int t = n - 1; t >= 0; t--) {
            path[t] = (byte) cur;
            cur = back[t][cur];
        }
        return path;
    }
}
