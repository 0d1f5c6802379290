package io.mouthpiece.lipsync.text;

import java.util.ArrayList;
import java.util.List;

/**
 * English letter-to-sound rules for words the dictionary lacks (names, coinages, typos). Greedy left to right:
 * at each letter the longest matching grapheme rule wins; a few rules look at the next letter (soft c/g) or
 * the word's end (magic e, final y). Deliberately small: only mouth shapes matter, and most vowel confusions
 * land on the same or a neighbouring viseme. Accuracy against the dictionary is measured in
 * LetterToSoundTest and in the model card.
 */
public final class LetterToSound {
    private LetterToSound() {}

    // longest graphemes first; value is space-separated ARPAbet ("" = silent)
    private static final String[][] RULES = {
            {"tion", "SH AH N"}, {"sion", "ZH AH N"}, {"ture", "CH ER"}, {"ough", "AO"}, {"eigh", "EY"},
            {"tch", "CH"}, {"wor", "W ER"}, {"igh", "AY"}, {"dge", "JH"}, {"sch", "S K"}, {"augh", "AO"},
            {"ch", "CH"}, {"sh", "SH"}, {"th", "TH"}, {"ph", "F"}, {"wh", "W"}, {"ck", "K"}, {"ng", "NG"},
            {"qu", "K W"}, {"gh", ""}, {"kn", "N"}, {"wr", "R"}, {"mb", "M"},
            {"ee", "IY"}, {"ea", "IY"}, {"oo", "UW"}, {"ou", "AW"}, {"ow", "OW"}, {"ai", "EY"}, {"ay", "EY"},
            {"oi", "OY"}, {"oy", "OY"}, {"au", "AO"}, {"aw", "AO"}, {"ie", "IY"}, {"ei", "EY"}, {"ey", "IY"},
            {"oa", "OW"}, {"ue", "UW"}, {"ew", "UW"}, {"ar", "AA R"}, {"or", "AO R"}, {"er", "ER"}, {"ir", "ER"},
            {"ur", "ER"}, {"le", "AH L"},
            {"a", "AE"}, {"b", "B"}, {"c", "K"}, {"d", "D"}, {"e", "EH"}, {"f", "F"}, {"g", "G"}, {"h", "HH"},
            {"i", "IH"}, {"j", "JH"}, {"k", "K"}, {"l", "L"}, {"m", "M"}, {"n", "N"}, {"o", "AA"}, {"p", "P"},
            {"q", "K"}, {"r", "R"}, {"s", "S"}, {"t", "T"}, {"u", "AH"}, {"v", "V"}, {"w", "W"}, {"x", "K S"},
            {"y", "Y"}, {"z", "Z"}};

    private static final String LONG_A = "EY", LONG_I = "AY", LONG_O = "OW", LONG_U = "UW", LONG_E = "IY";

    /** ARPAbet phones for a lower-case word of letters a–z (other characters are skipped). */
    public static List<String> phones(String word) {
        String w = word.replaceAll("[^a-z]", "");
        List<String> out = new ArrayList<>();
        int n = w.length();
        int i = 0;
        while (i < n) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            // doubled consonant: one sound
            if (i > 0 && c == w.charAt(i - 1) && !isVowel(c)) { i++; continue; }
            // final silent e (but not the only vowel: "the", "be")
            if (c == 'e' && i == n - 1 && n > 2 && hasVowelBefore(w, i - 1)) { i++; continue; }
            if (c == 'c' && (next == 'e' || next == 'i' || next == 'y')) { add(out, "S"); i++; continue; }
            if (c == 'g' && (next == 'e' || next == 'i' || next == 'y') && i > 0) { add(out, "JH"); i++; continue; }
            if (c == 'y' && i > 0) { add(out, i == n - 1 ? (n <= 3 ? LONG_I : LONG_E) : "IH"); i++; continue; }
            if (c == 's' && i > 0 && isVowel(w.charAt(i - 1)) && isVowel(next)) { add(out, "Z"); i++; continue; }
            if (isVowel(c) && magicE(w, i)) {
                add(out, switch (c) { case 'a' -> LONG_A; case 'i' -> LONG_I; case 'o' -> LONG_O; case 'u' -> LONG_U; default -> LONG_E; });
                i++;
                continue;
            }
            boolean matched = false;
            for (String[] r : RULES) {
                if (w.startsWith(r[0], i)) {
                    add(out, r[1]);
                    i += r[0].length();
                    matched = true;
                    break;
                }
            }
            if (!matched) i++;
        }
        if (out.isEmpty()) out.add("AH");
        return out;
    }

    /** Vowel, one consonant, final e: "make", "time", "note" → the long vowel. */
    private static boolean magicE(String w, int i) {
        int n = w.length();
        return i + 2 == n - 1 && w.charAt(n - 1) == 'e' && !isVowel(w.charAt(i + 1)) && w.charAt(i + 1) != 'r';
    }

    private static boolean hasVowelBefore(String w, int end) {
        for (int k = 0; k <= end; k++) if (isVowel(w.charAt(k))) return true;
        return false;
    }

    private static boolean isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

    private static void add(List<String> out, String phones) {
        if (phones.isEmpty()) return;
        for (String p : phones.split(" ")) out.add(p);
    }
}
