package io.mouthpiece.lipsync.text;

import io.mouthpiece.core.speech.Transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Transcript → words with phones, for English: the pronouncing dictionary first, then the word with its
 * possessive/contraction ending split off, then {@link LetterToSound}. Digits are read out ("42" → "forty two").
 * Other languages have no dictionary yet: {@link #pronounce} returns empty and the caller analyses the audio
 * alone. Thread-safe.
 */
public final class Pronouncer {
    private final Lexicon lexicon;

    public Pronouncer(Lexicon lexicon) { this.lexicon = lexicon; }

    public static boolean supports(Locale language) { return language.getLanguage().equals("en"); }

    /** The transcript's words in order, or empty when the language is not supported or there are no words. */
    public Optional<List<PhoneticWord>> pronounce(Transcript t) {
        if (!supports(t.language())) return Optional.empty();
        List<PhoneticWord> out = new ArrayList<>();
        for (String token : tokens(t.text())) out.add(word(token));
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    public PhoneticWord word(String token) {
        List<String> p = lexicon.lookup(token);
        if (p != null) return new PhoneticWord(token, p, false);
        for (String suffix : new String[] {"'s", "'d", "'ll", "'re", "'ve", "s'"}) {
            if (token.endsWith(suffix) && token.length() > suffix.length()) {
                List<String> stem = lexicon.lookup(token.substring(0, token.length() - suffix.length()));
                if (stem != null) {
                    List<String> all = new ArrayList<>(stem);
                    all.addAll(switch (suffix) {
                        case "'d" -> List.of("D");
                        case "'ll" -> List.of("L");
                        case "'re" -> List.of("R");
                        case "'ve" -> List.of("V");
                        default -> List.of("Z");
                    });
                    return new PhoneticWord(token, all, false);
                }
            }
        }
        return new PhoneticWord(token, LetterToSound.phones(token), true);
    }

    /** Lower-case words (letters and inner apostrophes); numbers spelled out; everything else separates. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String norm = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= norm.length(); i++) {
            char c = i < norm.length() ? norm.charAt(i) : ' ';
            boolean inner = c == '\'' && cur.length() > 0 && i + 1 < norm.length() && Character.isLetter(norm.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                if (cur.length() > 0 && Character.isDigit(c) != Character.isDigit(cur.charAt(cur.length() - 1))) flush(cur, out);
                cur.append(c);
            } else {
                flush(cur, out);
            }
        }
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.isEmpty()) return;
        String s = cur.toString();
        cur.setLength(0);
        if (Character.isDigit(s.charAt(0))) {
            if (s.length() <= 9) out.addAll(Numbers.words(Long.parseLong(s)));
            else for (char d : s.toCharArray()) out.addAll(Numbers.words(d - '0'));
        } else {
            out.add(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
    }
}
