package io.mouthpiece.lipsync.text;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.PhoneMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class LetterToSoundTest {
    @Test
    void magicESoftCAndDigraphs() {
        assertEquals(List.of("M", "EY", "K"), LetterToSound.phones("make"));
        assertEquals(List.of("S", "IH", "T", "IY"), LetterToSound.phones("city"));
        assertEquals(List.of("SH", "IY", "P"), LetterToSound.phones("sheep"));
        assertEquals(List.of("F", "OW", "N"), LetterToSound.phones("phone"));
    }

    /**
     * Measured against 3000 random dictionary words: the viseme sequence of the rules' guess must mostly match the
     * dictionary's. The threshold is a little under what the rules scored when written (see the model card).
     */
    @Test
    void visemeErrorRateAgainstTheDictionary() throws Exception {
        Lexicon lex = Lexicon.load(LipsyncModels.find(LipsyncModels.LEXICON));
        List<Map.Entry<String, String[]>> all = new ArrayList<>(lex.entries().entrySet());
        all.removeIf(e -> !e.getKey().matches("[a-z]+"));
        all.sort(Map.Entry.comparingByKey());
        Random r = new Random(5);
        long errors = 0, length = 0;
        for (int i = 0; i < 3000; i++) {
            var e = all.get(r.nextInt(all.size()));
            int[] ref = visemes(List.of(e.getValue()));
            int[] hyp = visemes(LetterToSound.phones(e.getKey()));
            errors += editDistance(ref, hyp);
            length += ref.length;
        }
        double ver = (double) errors / length;
        System.out.printf("letter-to-sound viseme error rate on 3000 dictionary words: %.3f%n", ver);
        assertTrue(ver < 0.30, "viseme error rate " + ver);
    }

    static int[] visemes(List<String> phones) {
        return phones.stream().mapToInt(p -> PhoneMap.viseme(p, PhoneMap.Alphabet.ARPABET, "en").index()).toArray();
    }

    static int editDistance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length];
    }

    @Test
    void everyGuessUsesKnownPhones() {
        for (String w : List.of("xylophone", "quizzical", "rhythm", "aardvark", "q", "eee")) {
            for (String p : LetterToSound.phones(w)) {
                assertNotEquals(Viseme.SIL, PhoneMap.viseme(p, PhoneMap.Alphabet.ARPABET, "en"), w + " " + p);
            }
        }
    }
}
