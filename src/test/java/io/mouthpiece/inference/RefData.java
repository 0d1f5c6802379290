package io.mouthpiece.inference;

import java.nio.file.Path;

/**
 * The reference input/output pairs (TensorFlow.js running the original graphs), copied from the team's
 * shared/models/ref into test resources so CI has them.
 */
public final class RefData {
    private RefData() {}

    public static Path dir() { return Path.of("src/test/resources/face/ref"); }

    public static float maxRelError(float[] expected, float[] actual) {
        if (expected.length != actual.length) throw new AssertionError("length " + actual.length + " != " + expected.length);
        double maxAbs = 0, maxDiff = 0;
        for (int i = 0; i < expected.length; i++) {
            maxAbs = Math.max(maxAbs, Math.abs(expected[i]));
            maxDiff = Math.max(maxDiff, Math.abs(expected[i] - actual[i]));
        }
        return (float) (maxDiff / Math.max(maxAbs, 1e-12));
    }
}
