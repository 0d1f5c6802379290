package io.mouthpiece.lipsync;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.cues.RhubarbShape;

import java.util.Locale;
import java.util.Map;

/**
 * Phone → viseme tables for the two phone alphabets we meet: ARPAbet (the CMU dictionary, festival and flite
 * in lower case) and espeak-ng's phoneme mnemonics (many languages). Also gives the Rhubarb shape a phone
 * "should" get, which is the ground truth of the benchmark: the viseme's shape, except L, which Rhubarb draws
 * as H.
 */
public final class PhoneMap {
    private PhoneMap() {}

    public enum Alphabet { ARPABET, ESPEAK }

    private static final Map<String, Viseme> ARPA = Map.ofEntries(
            e("pau", Viseme.SIL), e("h#", Viseme.SIL), e("sil", Viseme.SIL), e("brth", Viseme.SIL), e("#", Viseme.SIL),
            e("p", Viseme.PP), e("b", Viseme.PP), e("m", Viseme.PP), e("em", Viseme.PP),
            e("f", Viseme.FF), e("v", Viseme.FF),
            e("th", Viseme.TH), e("dh", Viseme.TH),
            e("t", Viseme.DD), e("d", Viseme.DD), e("dx", Viseme.DD),
            e("k", Viseme.KK), e("g", Viseme.KK), e("ng", Viseme.KK), e("hh", Viseme.KK),
            e("ch", Viseme.CH), e("jh", Viseme.CH), e("sh", Viseme.CH), e("zh", Viseme.CH),
            e("s", Viseme.SS), e("z", Viseme.SS),
            e("n", Viseme.NN), e("en", Viseme.NN), e("nx", Viseme.NN), e("l", Viseme.NN), e("el", Viseme.NN),
            e("r", Viseme.RR),
            e("aa", Viseme.AA), e("ay", Viseme.AA), e("aw", Viseme.AA),
            e("ae", Viseme.E), e("eh", Viseme.E), e("ah", Viseme.E), e("ax", Viseme.E), e("ey", Viseme.E),
            e("ih", Viseme.IH), e("ix", Viseme.IH), e("iy", Viseme.IH), e("y", Viseme.IH),
            e("ao", Viseme.OH), e("oy", Viseme.OH), e("er", Viseme.OH), e("axr", Viseme.OH),
            e("uw", Viseme.OU), e("uh", Viseme.OU), e("ow", Viseme.OU), e("w", Viseme.OU));

    // espeak-ng mnemonics after stripping length/stress/variant marks; multi-letter ones first
    private static final Map<String, Viseme> ESPEAK_MULTI = Map.ofEntries(
            e("tS", Viseme.CH), e("dZ", Viseme.CH), e("ts", Viseme.SS), e("dz", Viseme.SS), e("pf", Viseme.FF),
            e("aI", Viseme.AA), e("aU", Viseme.AA), e("oU", Viseme.OU), e("OI", Viseme.OH), e("eI", Viseme.E),
            e("e@", Viseme.E), e("i@", Viseme.IH), e("U@", Viseme.OU), e("A@", Viseme.AA), e("O@", Viseme.OH),
            e("3:", Viseme.OH), e("@L", Viseme.NN), e("aI@", Viseme.AA), e("aU@", Viseme.AA), e("n^", Viseme.NN),
            e("l^", Viseme.NN), e("r-", Viseme.RR));

    private static final Map<Character, Viseme> ESPEAK_FIRST = Map.ofEntries(
            e('_', Viseme.SIL), e('#', Viseme.SIL),
            e('p', Viseme.PP), e('b', Viseme.PP), e('m', Viseme.PP),
            e('f', Viseme.FF), e('v', Viseme.FF), e('F', Viseme.FF),
            e('T', Viseme.TH), e('D', Viseme.TH),
            e('t', Viseme.DD), e('d', Viseme.DD),
            e('k', Viseme.KK), e('g', Viseme.KK), e('N', Viseme.KK), e('x', Viseme.KK), e('h', Viseme.KK),
            e('?', Viseme.KK), e('q', Viseme.KK), e('G', Viseme.KK), e('X', Viseme.KK),
            e('S', Viseme.CH), e('Z', Viseme.CH), e('C', Viseme.CH), e('c', Viseme.CH), e('J', Viseme.CH),
            e('s', Viseme.SS), e('z', Viseme.SS),
            e('n', Viseme.NN), e('l', Viseme.NN), e('L', Viseme.NN),
            e('r', Viseme.RR), e('R', Viseme.RR),
            e('A', Viseme.AA), e('V', Viseme.E), e('@', Viseme.E), e('3', Viseme.E), e('E', Viseme.E), e('e', Viseme.E),
            e('I', Viseme.IH), e('i', Viseme.IH), e('j', Viseme.IH),
            e('O', Viseme.OH), e('0', Viseme.AA),
            e('o', Viseme.OU), e('u', Viseme.OU), e('U', Viseme.OU), e('w', Viseme.OU), e('y', Viseme.OU),
            e('Y', Viseme.OU), e('W', Viseme.OU), e('B', Viseme.PP));

    private static <K> Map.Entry<K, Viseme> e(K k, Viseme v) { return Map.entry(k, v); }

    /** The viseme of a phone; unknown phones map to {@link Viseme#E} (a neutral open shape), never throw. */
    public static Viseme viseme(String phone, Alphabet alphabet, String language) {
        if (alphabet == Alphabet.ARPABET) {
            String p = phone.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "");
            return ARPA.getOrDefault(p, Viseme.E);
        }
        String p = phone.replaceAll("[:;~#0-9'\",.!]+$", "").replace("#", "");
        if (p.isEmpty()) return phone.startsWith("_") || phone.startsWith("#") ? Viseme.SIL : Viseme.E;
        Viseme multi = ESPEAK_MULTI.get(phone);
        if (multi == null) multi = ESPEAK_MULTI.get(p);
        if (multi == null && p.length() >= 2) multi = ESPEAK_MULTI.get(p.substring(0, 2));
        if (multi != null) return multi;
        char c = p.charAt(0);
        // 'a' is the TRAP vowel (AE) in English but an open AA elsewhere
        if (c == 'a') return language.startsWith("en") ? Viseme.E : Viseme.AA;
        return ESPEAK_FIRST.getOrDefault(c, Viseme.E);
    }

    /** True for the phones Rhubarb draws with its H shape (L). */
    public static boolean isL(String phone, Alphabet alphabet) {
        if (alphabet == Alphabet.ARPABET) {
            String p = phone.toLowerCase(Locale.ROOT);
            return p.equals("l") || p.equals("el");
        }
        return phone.startsWith("l") || phone.startsWith("@L") || phone.startsWith("L");
    }

    /** Ground-truth Rhubarb shape for a phone (benchmark scoring). */
    public static RhubarbShape truthShape(String phone, Alphabet alphabet, String language) {
        if (isL(phone, alphabet)) return RhubarbShape.H;
        return RhubarbShape.of(viseme(phone, alphabet, language));
    }
}
