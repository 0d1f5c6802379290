package io.mouthpiece.lipsync.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A pronouncing dictionary in CMU format ("word PH1 PH2 ...", alternates as "word(2) ..."), read from
 * models/lipsync/cmudict-en-us.dict.gz. Phones are upper-case ARPAbet without stress marks. Only the first
 * pronunciation of each word is kept: the aligner needs one phone sequence, and alternates differ mostly in
 * vowels that share a mouth shape. Immutable and thread-safe once loaded.
 */
public final class Lexicon {
    private final Map<String, String[]> words;

    private Lexicon(Map<String, String[]> words) { this.words = words; }

    public static Lexicon load(Path gz) throws IOException {
        try (InputStream in = Files.newInputStream(gz)) {
            return read(gz.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
        }
    }

    public static Lexicon read(InputStream in) throws IOException {
        Map<String, String[]> m = new HashMap<>(200_000);
        Map<String, String> phones = new HashMap<>(); // interned phone names: one String per phone, not per use
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith(";;;")) continue;
            int sp = line.indexOf(' ');
            if (sp <= 0) throw new IOException("bad dictionary line " + lineNo + ": " + line);
            String word = line.substring(0, sp);
            if (word.endsWith(")")) continue; // alternate pronunciation "word(2)"
            String[] ps = line.substring(sp + 1).trim().split(" +");
            for (int i = 0; i < ps.length; i++) {
                String p = ps[i].replaceAll("[0-9]", "");
                ps[i] = phones.computeIfAbsent(p, k -> k);
            }
            m.putIfAbsent(word.toLowerCase(Locale.ROOT), ps);
        }
        if (m.isEmpty()) throw new IOException("empty pronouncing dictionary");
        return new Lexicon(m);
    }

    /** Phones of a lower-case word, or null when it is not in the dictionary. */
    public List<String> lookup(String word) {
        String[] p = words.get(word);
        return p == null ? null : List.of(p);
    }

    public int size() { return words.size(); }

    /** Every entry, for measuring the letter-to-sound rules against the dictionary. */
    public Map<String, String[]> entries() { return java.util.Collections.unmodifiableMap(words); }
}
