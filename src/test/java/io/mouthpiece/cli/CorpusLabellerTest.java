package io.mouthpiece.cli;

import io.mouthpiece.lipsync.align.ForcedAligner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CorpusLabellerTest {
    private static boolean[] loud(String s) {
        boolean[] b = new boolean[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = s.charAt(i) == '#';
        return b;
    }

    @Test
    void snapMovesWordEdgesOverLoudFramesBesideAPauseOnly() {
        // frames:      0123456789012345
        String loud  = "..####.....####.";
        // word 0 aligned at 3-5 (late by one, early end by one), word 1 at 11-13; labels 9 = silence
        byte[] lab = {0, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 7, 7, 8, 0, 0};
        var al = new ForcedAligner.Alignment(lab, new int[] {3, 11}, new int[] {5, 14});
        var s = CorpusLabeller.snap(al, loud(loud), 16);
        assertArrayEquals(new int[] {2, 11}, s.wordStart());
        assertArrayEquals(new int[] {6, 15}, s.wordEnd());
        assertEquals(4, s.labels()[2], "moved start takes the first phone's viseme");
        assertEquals(5, s.labels()[5], "moved end takes the last phone's viseme");
        assertEquals(8, s.labels()[14]);
        assertEquals(0, s.labels()[6], "quiet pause frames stay silence");
        assertEquals(0, s.labels()[15]);
        assertEquals(0, al.labels()[2], "the input is not modified");
    }

    @Test
    void aPauseThatIsLoudThroughoutIsSplitAtItsMiddle() {
        String loud = "################";
        byte[] lab = new byte[16];
        lab[2] = 1;
        lab[3] = 1;
        lab[10] = 2;
        lab[11] = 2;
        var al = new ForcedAligner.Alignment(lab, new int[] {2, 10}, new int[] {4, 12});
        var s = CorpusLabeller.snap(al, loud(loud), 16);
        assertArrayEquals(new int[] {0, 7}, s.wordStart());
        assertArrayEquals(new int[] {7, 16}, s.wordEnd());
    }

    @Test
    void loudFramesAreThoseWithin35DbOfTheLoudPart() {
        float[] pcm = new float[16000];
        for (int i = 0; i < 8000; i++) pcm[i] = (float) (0.5 * Math.sin(i * 0.3));
        for (int i = 8000; i < 16000; i++) pcm[i] = (float) (0.001 * Math.sin(i * 0.3)); // 54 dB down
        boolean[] l = CorpusLabeller.loudFrames(pcm, 100);
        assertTrue(l[10] && l[45]);
        assertFalse(l[55] || l[90]);
    }
}
