package io.mouthpiece.lipsync;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class FrameFeaturesTest {
    @Test
    void eachLayoutStacksTheSameNormalisedFramesAtItsOffsetsClampedAtTheEdges() {
        int n = 80;
        Random r = new Random(5);
        float[][] cep = new float[n][13];
        float[] logE = new float[n];
        for (int i = 0; i < n; i++) {
            logE[i] = (float) (r.nextGaussian() * 3);
            for (int c = 0; c < 13; c++) cep[i][c] = (float) r.nextGaussian();
        }
        float[][] narrow = FrameFeatures.build(cep, logE, n);
        int[] wide = FrameFeatures.WIDE_OFFSETS;
        float[][] w = FrameFeatures.build(cep, logE, n, wide);
        assertEquals(wide.length * 13, w[0].length);
        int centre = java.util.Arrays.binarySearch(FrameFeatures.OFFSETS, 0);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < wide.length; k++) {
                int j = Math.max(0, Math.min(n - 1, i + wide[k]));
                for (int c = 0; c < 13; c++) assertEquals(narrow[j][centre * 13 + c], w[i][k * 13 + c], 0f, "frame " + i + " offset " + wide[k]);
            }
        }
    }

    @Test
    void aModelsInputSizeNamesItsLayout() throws Exception {
        assertArrayEquals(FrameFeatures.OFFSETS, FrameFeatures.offsetsFor(FrameFeatures.DIM));
        assertArrayEquals(FrameFeatures.OFFSETS, LipsyncModels.loadAlignClassifier().offsets());
        int[] audio = LipsyncModels.loadClassifier().offsets();
        assertEquals(0, audio[audio.length / 2], "centred layout");
        assertThrows(IllegalArgumentException.class, () -> FrameFeatures.offsetsFor(100));
        assertThrows(IllegalArgumentException.class, () -> FrameFeatures.parseOffsets("-1,0,1"));
    }
}
