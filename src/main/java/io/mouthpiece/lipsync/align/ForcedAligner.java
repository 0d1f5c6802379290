package io.mouthpiece.lipsync.align;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.PhoneMap;
import io.mouthpiece.lipsync.text.PhoneticWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Viterbi forced alignment of a known phone sequence to per-frame viseme log-probabilities (the classifier's
 * output after the voice-activity gate). The model is a left-to-right chain: optional silence, the phones of
 * word 1, optional silence, word 2, ..., optional silence. Each phone is {@code minFrames} sub-states long (a
 * minimum duration, so a short closure is never squeezed to nothing) and stays in its last sub-state as long as
 * the audio says so. A phone's emission score is the log-probability of its viseme, divided by the viseme's
 * prior to the power {@code priorScale} (posterior → scaled likelihood), so rare shapes such as PP are not
 * crowded out by frequent ones.
 *
 * <p>Memory is one byte per frame and state; {@link #align} declines (empty) above {@link Settings#maxCells}.
 */
public final class ForcedAligner {
    private static final int V = Viseme.values().length;
    private static final int SIL = Viseme.SIL.index();

    /**
     * @param minFrames   minimum frames per phone (10 ms each)
     * @param priorScale  exponent of the viseme prior divided out of the posteriors, 0 = none
     * @param pausePenalty log-score cost of a pause between two words
     * @param maxCells    frames × states limit (backpointer bytes)
     */
    public record Settings(int minFrames, float priorScale, float pausePenalty, long maxCells) {
        public static final Settings DEFAULT = new Settings(2, 0.5f, 2f, 400_000_000L);
    }

    /** Per-frame viseme indices, and each word's [start, end) frames (end == start when the word got no frames). */
    public record Alignment(byte[] labels, int[] wordStart, int[] wordEnd) { }

    private final Settings settings;
    private final PhoneMap.Alphabet alphabet;
    private final String language;

    public ForcedAligner(Settings settings) { this(settings, PhoneMap.Alphabet.ARPABET, "en"); }

    public ForcedAligner() { this(Settings.DEFAULT); }

    /**
     * An aligner whose words carry phones of another alphabet (espeak-ng mnemonics from a TTS front end, e.g. for
     * languages our pronouncer does not cover; used by the corpus labeller). The chain only needs each phone's viseme.
     */
    public ForcedAligner(Settings settings, PhoneMap.Alphabet alphabet, String language) {
        this.settings = settings;
        this.alphabet = alphabet;
        this.language = language;
    }

    public Optional<Alignment> align(float[][] lp, int frames, List<PhoneticWord> words) {
        if (words.isEmpty() || frames == 0) return Optional.empty();
        int phones = words.stream().mapToInt(w -> w.phones().size()).sum();
        int k = settings.minFrames();
        while (k > 1 && (long) phones * k > frames * 0.8) k--; // fast speech: relax the minimum duration
        if (phones > frames) return Optional.empty();
        // build the state chain
        List<Integer> vis = new ArrayList<>();
        List<Boolean> loop = new ArrayList<>();
        List<Boolean> pause = new ArrayList<>();   // optional (skippable) silence
        List<Integer> wordOf = new ArrayList<>();
        addPause(vis, loop, pause, wordOf, -1);
        for (int w = 0; w < words.size(); w++) {
            for (String p : words.get(w).phones()) {
                int v = PhoneMap.viseme(p, alphabet, language).index();
                for (int j = 0; j < k; j++) {
                    vis.add(v);
                    loop.add(j == k - 1);
                    pause.add(false);
                    wordOf.add(w);
                }
            }
            addPause(vis, loop, pause, wordOf, -1);
        }
        int s = vis.size();
        if ((long) s * frames > settings.maxCells()) return Optional.empty();
        int[] sv = vis.stream().mapToInt(Integer::intValue).toArray();
        boolean[] selfLoop = new boolean[s];
        boolean[] optional = new boolean[s];
        for (int i = 0; i < s; i++) {
            selfLoop[i] = loop.get(i);
            optional[i] = pause.get(i);
        }
        float[] bias = priorBias(lp, frames);
        float neg = Float.NEGATIVE_INFINITY;
        float[] score = new float[s];
        float[] next = new float[s];
        byte[][] back = new byte[frames][s];
        java.util.Arrays.fill(score, neg);
        score[0] = lp[0][SIL];
        score[1] = lp[0][sv[1]] + bias[sv[1]];
        float pen = settings.pausePenalty();
        for (int t = 1; t < frames; t++) {
            float[] row = lp[t];
            byte[] bt = back[t];
            for (int i = 0; i < s; i++) {
                float best = selfLoop[i] ? score[i] : neg;
                byte from = 0;
                if (i >= 1) {
                    float c = score[i - 1] - (optional[i] && i > 0 && i < s - 1 ? pen : 0);
                    if (c > best) { best = c; from = 1; }
                }
                if (i >= 2 && optional[i - 1] && score[i - 2] > best) { best = score[i - 2]; from = 2; }
                if (best == neg) { next[i] = neg; continue; }
                next[i] = best + (optional[i] ? row[SIL] : row[sv[i]] + bias[sv[i]]);
                bt[i] = from;
            }
            float[] tmp = score; score = next; next = tmp;
        }
        int cur = score[s - 1] >= score[s - 2] ? s - 1 : s - 2;
        if (score[cur] == neg) return Optional.empty();
        byte[] labels = new byte[frames];
        int[] ws = new int[words.size()];
        int[] we = new int[words.size()];
        java.util.Arrays.fill(ws, -1);
        for (int t = frames - 1; t >= 0; t--) {
            labels[t] = (byte) sv[cur];
            int w = wordOf.get(cur);
            if (w >= 0) {
                ws[w] = t;
                if (we[w] == 0) we[w] = t + 1;
            }
            cur -= back[t][cur];
        }
        for (int w = 0; w < ws.length; w++) if (ws[w] < 0) ws[w] = we[w];
        return Optional.of(new Alignment(labels, ws, we));
    }

    private static void addPause(List<Integer> vis, List<Boolean> loop, List<Boolean> pause, List<Integer> wordOf, int w) {
        vis.add(SIL);
        loop.add(true);
        pause.add(true);
        wordOf.add(w);
    }

    /** −priorScale × log prior per viseme, the prior being the clip's own mean posterior over its frames. */
    private float[] priorBias(float[][] lp, int frames) {
        float[] bias = new float[V];
        if (settings.priorScale() == 0) return bias;
        double[] mean = new double[V];
        for (int t = 0; t < frames; t++) for (int v = 0; v < V; v++) mean[v] += Math.exp(lp[t][v]);
        for (int v = 0; v < V; v++) bias[v] = (float) (-settings.priorScale() * Math.log(mean[v] / frames + 1e-4));
        return bias;
    }
}
