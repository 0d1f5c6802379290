package io.mouthpiece.lipsync;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

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
    private final float[][][] w; // per layer: out × in
    private final float[][] b;

    private VisemeClassifier(int in, float[] mean, float[] invStd, float[][][] w, float[][] b) {
        this.in = in;
        this.mean = mean;
        this.invStd = invStd;
        this.w = w;
        this.b = b;
    }

    public static VisemeClassifier load(Path file) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return read(s);
        }
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
        return new VisemeClassifier(sizes[0], mean, inv, w, b);
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
        for (int l = 0; l < w.length; l++) {
            float[] next = scratch[l + 1];
            float[][] wl = w[l];
            boolean last = l == w.length - 1;
            for (int o = 0; o < wl.length; o++) {
                float[] row = wl[o];
                float acc = b[l][o];
                for (int i = 0; i < row.length; i++) acc += row[i] * a[i];
                next[o] = last ? acc : Math.max(0, acc);
            }
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
