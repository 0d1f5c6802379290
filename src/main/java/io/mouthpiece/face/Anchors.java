package io.mouthpiece.face;

/**
 * SSD anchor centres for the BlazeFace detectors (MediaPipe's SsdAnchorsCalculator with fixed anchor size, so only
 * centres matter). Layers with the same stride are merged, anchors ordered y → x → anchor.
 */
public final class Anchors {
    private Anchors() {}

    /** Short range, 128 input: strides 8,16,16,16 → 16×16×2 + 8×8×6 = 896. */
    public static float[] shortRange() { return build(128, new int[] {8, 16}, new int[] {2, 6}); }

    /** Full range, 192 input: one stride-4 layer, 48×48×1 = 2304. */
    public static float[] fullRange() { return build(192, new int[] {4}, new int[] {1}); }

    /** Interleaved (x, y) centres in [0,1]. */
    static float[] build(int inputSize, int[] strides, int[] perCell) {
        int n = 0;
        for (int i = 0; i < strides.length; i++) {
            int f = inputSize / strides[i];
            n += f * f * perCell[i];
        }
        float[] a = new float[2 * n];
        int k = 0;
        for (int i = 0; i < strides.length; i++) {
            int f = inputSize / strides[i];
            for (int y = 0; y < f; y++)
                for (int x = 0; x < f; x++)
                    for (int j = 0; j < perCell[i]; j++) {
                        a[k++] = (x + 0.5f) / f;
                        a[k++] = (y + 0.5f) / f;
                    }
        }
        return a;
    }
}
