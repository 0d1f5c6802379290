package io.mouthpiece.lipsync;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A small multilayer perceptron (input standardisation → ReLU hidden layer(s) → 15 viseme log-probabilities),
 * run in plain Java: at this size a JNI/ONNX call would cost more than the arithmetic. Weights come from
 * models/lipsync/viseme-mlp.bin, written by models/lipsync/train.py (format documented there and in the card).
 * Immutable and thread-safe; {@link #logProbs} uses caller-supplied scratch.
 */
public final class VisemeClassifier {
    private static final int MAGIC = 0x4D4C5031; // "MLP1"
    private final int in;
    private final float[] mean;
    private final float[] invStd;
    private final float[][][] w; // per layer: out × in (as stored)
    private final float[][] b;
    // per layer, transposed and flattened: in × out. The forward pass adds input i times row i to all outputs
    // (an axpy), a loop the JIT turns into SIMD; the dot-product form is a float reduction it must keep scalar.
    // Inputs that the ReLU zeroed (about half) are skipped.
    private final float[][] wt;
    private final int[] outs;
    private final long[][] transitions;

    private VisemeClassifier(int in, float[] mean, float[] invStd, float[][][] w, float[][] b, long[][] transitions) {
        this.transitions = transitions;
        this.in = in;
        this.mean = mean;
        this.invStd = invStd;
        this.w = w;
        this.b = b;
        this.wt = new float[w.length][];
        this.outs = new int[w.length];
        for (int l = 0; l < w.length; l++) {
            int o = w[l].length, i = w[l][0].length;
            outs[l] = o;
            wt[l] = new float[i * o];
            for (int r = 0; r < o; r++) for (int c = 0; c < i; c++) wt[l][c * o + r] = w[l][r][c];
        }
    }

    /**
     * Loads a model file and, when there is one beside it ({@code NAME.transitions.tsv} for {@code NAME.bin}), the
     * viseme transition counts of its training labels that the analyser's smoothing uses ({@link #withTransitions}).
     */
    public static VisemeClassifier load(Path file) throws IOException {
        VisemeClassifier c;
        try (InputStream s = Files.newInputStream(file)) {
            c = read(s);
        }
        Path t = transitionsFile(file);
        return Files.isRegularFile(t) ? c.withTransitions(readTransitions(t)) : c;
    }

    /** {@code NAME.transitions.tsv} beside {@code NAME.bin}. */
    public static Path transitionsFile(Path model) {
        String name = model.getFileName().toString().replaceAll("\\.bin$", "");
        return model.resolveSibling(name + ".transitions.tsv");
    }

    public static VisemeClassifier read(InputStream raw) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(raw));
        byte[] all = d.readAllBytes();
        ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        if (bb.getInt() != MAGIC) throw new IOException("not a Mouthpiece viseme model (bad magic)");
        int layers = bb.getInt();
        int[] sizes = new int[layers + 1];
        for (int i = 0; i <= layers; i++) sizes[i] = bb.getInt();
        if (sizes[0] != FrameFeatures.DIM) throw new IOException("model expects " + sizes[0] + " inputs, features have " + FrameFeatures.DIM);
        if (sizes[layers] != io.mouthpiece.core.speech.Viseme.values().length) throw new IOException("model does not output 15 visemes");
        float[] mean = floats(bb, sizes[0]);
        float[] std = floats(bb, sizes[0]);
        float[] inv = new float[std.length];
        for (int i = 0; i < std.length; i++) inv[i] = 1 / Math.max(1e-6f, std[i]);
        float[][][] w = new float[layers][][];
        float[][] b = new float[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = new float[sizes[l + 1]][];
            for (int o = 0; o < sizes[l + 1]; o++) w[l][o] = floats(bb, sizes[l]);
            b[l] = floats(bb, sizes[l + 1]);
        }
        if (bb.hasRemaining()) throw new IOException("trailing bytes in model file");
        return new VisemeClassifier(sizes[0], mean, inv, w, b, null);
    }

    /**
     * This classifier with viseme transition counts (15 × 15, from → to, at 100 fps over the training labels) that
     * the analyser's smoothing turns into transition probabilities. Written by {@code bench lipsync --dump-transitions}.
     */
    public VisemeClassifier withTransitions(long[][] counts) {
        if (counts == null) return new VisemeClassifier(in, mean, invStd, w, b, null);
        int v = io.mouthpiece.core.speech.Viseme.values().length;
        if (counts.length != v) throw new IllegalArgumentException("transition table needs " + v + " rows, has " + counts.length);
        long[][] c = new long[v][];
        for (int i = 0; i < v; i++) {
            if (counts[i].length != v) throw new IllegalArgumentException("transition table row " + (i + 1) + " needs " + v + " counts");
            c[i] = counts[i].clone();
        }
        return new VisemeClassifier(in, mean, invStd, w, b, c);
    }

    /** Transition counts (from × to), or null when none were attached. */
    public long[][] transitions() {
        if (transitions == null) return null;
        long[][] c = new long[transitions.length][];
        for (int i = 0; i < c.length; i++) c[i] = transitions[i].clone();
        return c;
    }

    /** Reads a transition table: 15 lines of 15 tab-separated counts; blank lines and {@code #} comments skipped. */
    public static long[][] readTransitions(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        long[][] c = new long[lines.size()][];
        try {
            for (int i = 0; i < c.length; i++) {
                c[i] = Arrays.stream(lines.get(i).trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
            }
        } catch (NumberFormatException e) {
            throw new IOException("bad viseme transition table " + file + ": " + e.getMessage(), e);
        }
        return c;
    }

    private static float[] floats(ByteBuffer bb, int n) {
        float[] f = new float[n];
        bb.asFloatBuffer().get(f);
        bb.position(bb.position() + 4 * n);
        return f;
    }

    /** Scratch buffers for one thread. */
    public float[][] newScratch() {
        float[][] s = new float[w.length + 1][];
        s[0] = new float[in];
        for (int l = 0; l < w.length; l++) s[l + 1] = new float[w[l].length];
        return s;
    }

    /** Writes 15 log-probabilities for one input vector into {@code out}. */
    public void logProbs(float[] x, float[][] scratch, float[] out) {
        float[] a = scratch[0];
        for (int i = 0; i < in; i++) a[i] = (x[i] - mean[i]) * invStd[i];
        for (int l = 0; l < wt.length; l++) {
            float[] next = scratch[l + 1];
            float[] m = wt[l];
            int no = outs[l];
            System.arraycopy(b[l], 0, next, 0, no);
            for (int i = 0, base = 0; i < a.length; i++, base += no) {
                float ai = a[i];
                if (ai == 0) continue;
                for (int o = 0; o < no; o++) next[o] += m[base + o] * ai;
            }
            if (l < wt.length - 1) for (int o = 0; o < no; o++) next[o] = Math.max(0, next[o]);
            a = next;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (float v : a) max = Math.max(max, v);
        double sum = 0;
        for (float v : a) sum += Math.exp(v - max);
        float lse = (float) (max + Math.log(sum));
        for (int i = 0; i < a.length; i++) out[i] = a[i] - lse;
    }
}
