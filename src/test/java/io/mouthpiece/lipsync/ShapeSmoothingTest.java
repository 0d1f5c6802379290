package io.mouthpiece.lipsync;

import io.mouthpiece.core.speech.Viseme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audio-only smoothing: shape pass with a transition table, viseme pass inside it, closure insertion. */
class ShapeSmoothingTest {
    private static final int V = Viseme.values().length;

    /** Uniform transition counts with a strong diagonal (staying is 20× likelier than any one switch). */
    private static long[][] counts() {
        long[][] c = new long[V][V];
        for (long[] row : c) Arrays.fill(row, 10);
        for (int i = 0; i < V; i++) c[i][i] = 200;
        return c;
    }

    private static float[] frame(Viseme... weighted) {
        float[] p = new float[V];
        Arrays.fill(p, 0.01f);
        for (int i = 0; i < weighted.length; i += 1) p[weighted[i].index()] += 1f / weighted.length;
        float[] lp = new float[V];
        float sum = 0;
        for (float v : p) sum += v;
        for (int i = 0; i < V; i++) lp[i] = (float) Math.log(p[i] / sum);
        return lp;
    }

    @Test
    void shapePassDrawsTheShapeWhoseVisemesTogetherOutweighAnyOther() {
        // E (shape C) is the single likeliest viseme, but DD + SS + NN (all shape B) together hold more
        float[][] lp = new float[10][];
        for (int t = 0; t < 10; t++) {
            float[] p = new float[V];
            Arrays.fill(p, 0.004f);
            p[Viseme.E.index()] = 0.3f;
            p[Viseme.DD.index()] = 0.22f;
            p[Viseme.SS.index()] = 0.22f;
            p[Viseme.NN.index()] = 0.2f;
            lp[t] = new float[V];
            for (int i = 0; i < V; i++) lp[t][i] = (float) Math.log(p[i]);
        }
        byte[] plain = ShapeSmoothing.viterbi(lp, 10, 2f);
        byte[] shaped = ShapeSmoothing.viterbiByShape(lp, 10, ShapeSmoothing.shapeTransitions(counts()), 1f, 2f);
        assertEquals(Viseme.E.index(), plain[5]);
        for (byte b : shaped) assertEquals(Viseme.DD.index(), b, "the likeliest viseme of shape B, held throughout");
    }

    @Test
    void closureIsInsertedAtAPpPeakTheSmoothingDropped() {
        float[][] lp = new float[30][];
        for (int t = 0; t < 30; t++) lp[t] = frame(Viseme.AA);
        lp[14] = frame(Viseme.PP, Viseme.AA); // PP ≈ 0.47: a peak, but one frame, so the smoothing keeps aa
        byte[] path = ShapeSmoothing.viterbiByShape(lp, 30, ShapeSmoothing.shapeTransitions(counts()), 1f, 2f);
        for (byte b : path) assertEquals(Viseme.AA.index(), b);
        ShapeSmoothing.insertClosures(lp, path, 30, 0.3f, 1);
        assertEquals(Viseme.PP.index(), path[14]);
        assertEquals(1, count(path, Viseme.PP));
        byte[] strict = ShapeSmoothing.viterbiByShape(lp, 30, ShapeSmoothing.shapeTransitions(counts()), 1f, 2f);
        ShapeSmoothing.insertClosures(lp, strict, 30, 0.6f, 1);
        assertEquals(0, count(strict, Viseme.PP), "a peak below the threshold stays open");
    }

    @Test
    void nearAHeldNoteAClosureNeedsAnEnergyDipInSpeechItDoesNot() {
        int n = 300;
        float[][] lp = new float[n][];
        for (int t = 0; t < n; t++) lp[t] = frame(Viseme.AA);
        lp[150] = frame(Viseme.PP, Viseme.AA);
        byte[] held = new byte[n];
        Arrays.fill(held, (byte) Viseme.AA.index()); // one open shape for 3 s: a sung note
        float[] flat = new float[n];
        byte[] path = held.clone();
        ShapeSmoothing.insertClosures(lp, path, n, 0.3f, 1, flat, 8f);
        assertEquals(0, count(path, Viseme.PP), "a PP peak on a steady held note is not a closure");
        float[] dip = flat.clone();
        for (int t = 148; t <= 152; t++) dip[t] = (float) (-12 * Math.log(10) / 10); // 12 dB down for 50 ms
        path = held.clone();
        ShapeSmoothing.insertClosures(lp, path, n, 0.3f, 1, dip, 8f);
        assertEquals(Viseme.PP.index(), path[150], "with the lips' energy dip it is");
        byte[] speech = new byte[n]; // shapes changing every 100 ms, no held note: round 5's insertion, evidence or not
        for (int t = 0; t < n; t++) speech[t] = (byte) ((t / 10) % 2 == 0 ? Viseme.AA : Viseme.DD).index();
        speech[150] = (byte) Viseme.AA.index();
        ShapeSmoothing.insertClosures(lp, speech, n, 0.3f, 1, flat, 8f);
        assertEquals(Viseme.PP.index(), speech[150]);
    }

    @Test
    void noClosureIsInsertedNextToOneAlreadyDrawnOrIntoSilence() {
        float[][] lp = new float[30][];
        for (int t = 0; t < 30; t++) lp[t] = frame(t < 5 ? Viseme.SIL : Viseme.AA);
        lp[2] = frame(Viseme.PP, Viseme.SIL);
        lp[20] = frame(Viseme.PP, Viseme.AA);
        byte[] path = new byte[30];
        for (int t = 0; t < 30; t++) path[t] = (byte) (t < 5 ? Viseme.SIL : Viseme.AA).index();
        path[22] = (byte) Viseme.PP.index();
        ShapeSmoothing.insertClosures(lp, path, 30, 0.3f, 1);
        assertEquals(Viseme.SIL.index(), path[2]);
        assertEquals(1, count(path, Viseme.PP));
    }

    @Test
    void transitionTableIsReadBesideTheModelAndBadTablesAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path model = LipsyncModels.find(LipsyncModels.CLASSIFIER);
        assertNotNull(VisemeClassifier.load(model).transitions(), "the shipped audio model has its table");
        assertEquals(LipsyncModels.CLASSIFIER.replace(".bin", ".transitions.tsv"),
                VisemeClassifier.transitionsFile(model).getFileName().toString());
        Path bad = dir.resolve("t.tsv");
        Files.writeString(bad, "1\t2\n3\t4\n");
        long[][] small = VisemeClassifier.readTransitions(bad);
        VisemeClassifier c = VisemeClassifier.load(model);
        var e = assertThrows(IllegalArgumentException.class, () -> c.withTransitions(small));
        assertTrue(e.getMessage().contains("15 rows"), e.getMessage());
        Files.writeString(bad, "1\tx\n");
        assertThrows(IOException.class, () -> VisemeClassifier.readTransitions(bad));
        long[][] shipped = VisemeClassifier.load(model).transitions();
        assertEquals(V, shipped.length);
        for (int i = 0; i < V; i++) assertTrue(shipped[i][i] > Arrays.stream(shipped[i]).sum() / 2, "visemes mostly stay");
        assertArrayEquals(shipped[0], VisemeClassifier.load(model).transitions()[0]);
    }

    private static int count(byte[] path, Viseme v) {
        int n = 0;
        for (byte b : path) if (b == v.index()) n++;
        return n;
    }
}
