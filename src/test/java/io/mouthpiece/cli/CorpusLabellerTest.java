package io.mouthpiece.cli;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.PhoneMap;
import io.mouthpiece.lipsync.align.ForcedAligner;
import io.mouthpiece.lipsync.text.PhoneticWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** Log-posteriors that say silence, then the given visemes for 10 frames each, then silence (10 frames each). */
    private static float[][] posteriors(Viseme... middle) {
        int n = (middle.length + 2) * 10;
        float[][] lp = new float[n][Viseme.values().length];
        for (int t = 0; t < n; t++) {
            int seg = t / 10;
            Viseme v = seg == 0 || seg > middle.length ? Viseme.SIL : middle[seg - 1];
            for (int k = 0; k < lp[t].length; k++) lp[t][k] = k == v.index() ? (float) Math.log(0.9) : (float) Math.log(0.1 / 14);
        }
        return lp;
    }

    @Test
    void espeakPhonesFromAPhnAreAlignedWithTheEspeakTableAndKeptAsTheyAreInTheLab(@TempDir Path dir) throws Exception {
        Path phn = dir.resolve("x.phn");
        Files.writeString(phn, "m a\nS E\n\n");
        List<PhoneticWord> words = CorpusLabeller.readPhn(phn).orElseThrow();
        assertEquals(List.of(List.of("m", "a"), List.of("S", "E")), words.stream().map(PhoneticWord::phones).toList());
        assertTrue(CorpusLabeller.readPhn(dir.resolve("missing.phn")).isEmpty());

        float[][] lp = posteriors(Viseme.PP, Viseme.AA, Viseme.CH, Viseme.E);
        var al = new ForcedAligner(ForcedAligner.Settings.DEFAULT, PhoneMap.Alphabet.ESPEAK, "fr").align(lp, lp.length, words)
                .orElseThrow();
        assertEquals(Viseme.PP.index(), al.labels()[15]);
        assertEquals(Viseme.AA.index(), al.labels()[25], "espeak 'a' outside English is the open AA");
        assertEquals(Viseme.CH.index(), al.labels()[35], "espeak 'S' is sh, not s");
        assertEquals(Viseme.E.index(), al.labels()[45]);
        assertArrayEquals(new int[] {10, 30}, al.wordStart());
        assertArrayEquals(new int[] {30, 50}, al.wordEnd());
        // the English default reads the same symbols as ARPAbet ("a" unknown = E, "S" = s): no AA, no CH anywhere
        var arpa = new ForcedAligner().align(lp, lp.length, words).orElseThrow();
        for (byte b : arpa.labels()) assertTrue(b != Viseme.AA.index() && b != Viseme.CH.index());

        String lab = CorpusLabeller.labText(al, words, lp.length, PhoneMap.Alphabet.ESPEAK, "fr");
        assertEquals("""
                0.0950\t0.1950\tm
                0.1950\t0.2950\ta
                0.2950\t0.3950\tS
                0.3950\t0.4950\tE
                """, lab, "espeak mnemonics keep their case (S is not s)");
    }
}
