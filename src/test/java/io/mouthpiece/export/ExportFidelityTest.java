package io.mouthpiece.export;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The still-background measure of {@code bench export --quality}: blur, 8-level threshold, mask, PSNR. */
class ExportFidelityTest {
    static final int W = 40, H = 30;

    static int[] flat(int rgb) {
        int[] f = new int[W * H];
        Arrays.fill(f, 0xff000000 | rgb);
        return f;
    }

    @Test
    void identicalFramesHaveNothingOverAndInfinitePsnr() {
        ExportFidelity f = new ExportFidelity(W, H, null);
        f.add(flat(0x336699), flat(0x336699));
        assertEquals(0, f.overShare());
        assertEquals(Double.POSITIVE_INFINITY, f.psnr());
    }

    @Test
    void aShiftedAreaCountsButSinglePixelNoiseIsBlurredAway() {
        int[] in = flat(0x808080);
        int[] out = flat(0x808080);
        for (int y = 10; y < 20; y++) for (int x = 10; x < 30; x++) out[y * W + x] = 0xff8080a0;   // blue +32 over 10x20
        out[2 * W + 2] = 0xffe4e4e4;                                                              // one hot pixel: +100
        ExportFidelity f = new ExportFidelity(W, H, null);
        double share = f.add(in, out);
        // The blurred step stays over 8 levels up to about 1 px outside the area: roughly 12 x 22 pixels.
        assertTrue(share > 150.0 / (W * H) && share < 300.0 / (W * H), "share " + share);
        ExportFidelity hot = new ExportFidelity(W, H, null);
        int[] one = flat(0x808080);
        one[15 * W + 20] = 0xffe4e4e4;
        assertEquals(0, hot.add(in, one), "a lone pixel spreads to under 8 levels");
        // PSNR of one channel off by 32 on 200 of 1200 pixels plus one pixel off by 100 in three channels
        double mse = (200 * 32.0 * 32 + 3 * 100.0 * 100) / (3.0 * W * H);
        assertEquals(10 * Math.log10(255 * 255 / mse), f.psnr(), 1e-9);
    }

    @Test
    void onlyMaskedPixelsCountAndFramesAccumulate() {
        boolean[] left = new boolean[W * H];
        for (int y = 0; y < H; y++) for (int x = 0; x < W / 2; x++) left[y * W + x] = true;
        int[] in = flat(0x000000);
        int[] rightChanged = flat(0x000000);
        for (int y = 0; y < H; y++) for (int x = W / 2 + 5; x < W; x++) rightChanged[y * W + x] = 0xff404040;
        ExportFidelity f = new ExportFidelity(W, H, left);
        assertEquals(0, f.add(in, rightChanged), "changes outside the mask do not count");
        assertEquals(1.0, f.add(in, flat(0x202020)), "every counted pixel is 32 levels off");
        assertEquals(0.5, f.overShare(), 1e-12);
        assertEquals(1.0, f.worstFrameShare());
    }
}
