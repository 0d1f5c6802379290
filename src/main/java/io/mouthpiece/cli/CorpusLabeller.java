package io.mouthpiece.cli;

import io.mouthpiece.audio.SpeechFeatures;
import io.mouthpiece.core.persist.AtomicFiles;
import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.LipsyncAnalyzer;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.PhoneMap;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.align.ForcedAligner;
import io.mouthpiece.lipsync.text.PhoneticWord;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.media.AudioDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code bench lipsync --corpus DIR --label-with-text}: gives real recordings (rows of split {@code label}, written by
 * models/lipsync/tools/asterisk_corpus.py) phone timing from our own transcript aligner, so they can be trained on.
 * Each is aligned to its .txt with the alignment model ({@code viseme-align-mlp.bin}); the aligned phones are written
 * as the row's .lab (ARPAbet, seconds) and the row becomes {@code train}. A row is dropped when a word of its text is
 * not in the dictionary (letter-to-sound guesses are not trusted as labels), when the alignment fails, or when the
 * aligned speech disagrees with the audio's energy envelope (first word more than 150 ms from the first loud frame,
 * last word's end more than 200 ms from the last loud frame, or under 80 % of the loud frames inside words): a cheap,
 * ear-free check that the words sit on the sound. Per-row figures go to label-report.tsv beside the manifest.
 *
 * <p>Rows of alphabet {@code espeak} (other languages, Round 8: asterisk_corpus.py --lang) bring their phones in a
 * .phn beside the .wav (one word a line, espeak-ng mnemonics separated by spaces); those are aligned as they are, with
 * {@link PhoneMap}'s espeak-ng table, and written to the .lab unchanged. English rows are labelled exactly as before.
 */
final class CorpusLabeller {
    private static final int START_TOL = 15, END_TOL = 20;
    private static final double MIN_COVER = 0.8;
    private final Path corpus;
    private final boolean check;
    private final boolean snap;

    /**
     * @param check false keeps every aligned row, whatever the envelope says (for measuring what the check is worth)
     * @param snap  true moves word edges that border a pause out over the adjacent loud frames ({@link #snap})
     */
    CorpusLabeller(Path corpus, boolean check, boolean snap) {
        this.corpus = corpus;
        this.check = check;
        this.snap = snap;
    }

    int label(List<BenchLipsyncCommand.Utt> utts) throws Exception {
        VisemeClassifier model = LipsyncModels.loadAlignClassifier();
        Pronouncer pron = LipsyncModels.loadPronouncer();
        AudioDecoder dec = new AudioDecoder();
        Path manifest = corpus.resolve("manifest.tsv");
        List<String> lines = Files.readAllLines(manifest);
        List<String> out = new ArrayList<>();
        StringBuilder report = new StringBuilder("wav\tresult\tframes\tword_start\tloud_start\tword_end\tloud_end\tloud_in_words\n");
        int kept = 0, noDict = 0, failed = 0, offEnvelope = 0;
        out.add(lines.getFirst());
        for (int li = 1; li < lines.size(); li++) {
            String line = lines.get(li);
            BenchLipsyncCommand.Utt u = utts.get(li - 1);
            if (!u.split().equals("label")) {
                out.add(line);
                continue;
            }
            Path txt = u.wav().resolveSibling(u.wav().getFileName().toString().replaceAll("\\.wav$", ".txt"));
            boolean espeak = u.alphabet() == PhoneMap.Alphabet.ESPEAK;
            Optional<List<PhoneticWord>> words = espeak
                    ? readPhn(u.wav().resolveSibling(u.wav().getFileName().toString().replaceAll("\\.wav$", ".phn")))
                    : pron.pronounce(new Transcript(Files.readString(txt), Locale.forLanguageTag(u.lang())));
            String name = u.wav().getFileName().toString();
            if (words.isEmpty() || words.get().stream().anyMatch(PhoneticWord::guessed)) {
                noDict++;
                report.append(name).append("\tnot-in-dictionary\n");
                continue;
            }
            float[] pcm = dec.decodeAll(u.wav(), SpeechFeatures.SAMPLE_RATE, 600).samples();
            ForcedAligner aligner = espeak ? new ForcedAligner(ForcedAligner.Settings.DEFAULT, PhoneMap.Alphabet.ESPEAK, u.lang())
                    : new ForcedAligner();
            LipsyncAnalyzer a = new LipsyncAnalyzer(model, LipsyncAnalyzer.Settings.DEFAULT, words.get(), aligner);
            a.accept(pcm, pcm.length);
            a.finish(pcm.length);
            if (a.alignment().isEmpty()) {
                failed++;
                report.append(name).append("\talign-failed\n");
                continue;
            }
            ForcedAligner.Alignment al = a.alignment().get();
            int frames = Math.min(al.labels().length, pcm.length / 160);
            boolean[] loud = loudFrames(pcm, frames);
            int ws = al.wordStart()[0], we = al.wordEnd()[al.wordEnd().length - 1];
            int ls = -1, le = -1, loudN = 0, loudIn = 0;
            boolean[] inWord = new boolean[frames];
            for (int w = 0; w < al.wordStart().length; w++) for (int t = al.wordStart()[w]; t < Math.min(frames, al.wordEnd()[w]); t++) inWord[t] = true;
            for (int t = 0; t < frames; t++) {
                if (!loud[t]) continue;
                if (ls < 0) ls = t;
                le = t + 1;
                loudN++;
                if (inWord[t]) loudIn++;
            }
            double cover = loudN == 0 ? 0 : (double) loudIn / loudN;
            boolean ok = !check || ls >= 0 && Math.abs(ws - ls) <= START_TOL && Math.abs(we - le) <= END_TOL && cover >= MIN_COVER;
            report.append(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.3f%n", name, ok ? "train" : "off-envelope",
                    frames, ws, ls, we, le, cover));
            if (!ok) {
                offEnvelope++;
                continue;
            }
            writeLab(u.lab(), snap ? snap(al, loud, frames) : al, words.get(), frames, u.alphabet(), u.lang());
            out.add(line.replaceFirst("^label\t", "train\t"));
            kept++;
        }
        write(manifest, String.join("\n", out) + "\n");
        write(corpus.resolve("label-report.tsv"), report.toString());
        System.out.printf(Locale.ROOT, "labelled %d, not in dictionary %d, alignment failed %d, off the energy envelope %d%n",
                kept, noDict, failed, offEnvelope);
        return 0;
    }

    /** Frames within 35 dB of the clip's 95th-percentile frame energy (10 ms hops, 25 ms windows' worth of RMS). */
    static boolean[] loudFrames(float[] pcm, int frames) {
        double[] db = new double[frames];
        for (int t = 0; t < frames; t++) {
            double e = 1e-10;
            int from = Math.max(0, t * 160 - 120), to = Math.min(pcm.length, t * 160 + 280);
            for (int i = from; i < to; i++) e += pcm[i] * pcm[i];
            db[t] = 10 * Math.log10(e / Math.max(1, to - from));
        }
        double[] sorted = db.clone();
        java.util.Arrays.sort(sorted);
        double ref = sorted[(int) (0.95 * (frames - 1))];
        boolean[] loud = new boolean[frames];
        for (int t = 0; t < frames; t++) loud[t] = db[t] >= ref - 35;
        return loud;
    }

    /**
     * The aligned phones as a .lab. Within a word the aligner visits every phone in order, so its runs of one viseme
     * are the word's phones grouped by viseme; a run of several phones is split evenly among them.
     */
    private static void writeLab(Path lab, ForcedAligner.Alignment al, List<PhoneticWord> words, int frames,
                                 PhoneMap.Alphabet alphabet, String lang) throws IOException {
        write(lab, labText(al, words, frames, alphabet, lang));
    }

    static String labText(ForcedAligner.Alignment al, List<PhoneticWord> words, int frames, PhoneMap.Alphabet alphabet, String lang) {
        boolean arpa = alphabet == PhoneMap.Alphabet.ARPABET;
        StringBuilder sb = new StringBuilder();
        byte[] labels = al.labels();
        for (int w = 0; w < words.size(); w++) {
            List<String> ph = words.get(w).phones();
            int t = al.wordStart()[w], end = Math.min(frames, al.wordEnd()[w]), p = 0;
            while (t < end && p < ph.size()) {
                int v = labels[t], runEnd = t;
                while (runEnd < end && labels[runEnd] == v) runEnd++;
                int q = p;
                while (q < ph.size() && PhoneMap.viseme(ph.get(q), alphabet, lang).index() == v) q++;
                if (q == p) q = p + 1; // cannot happen on a valid path; keep going rather than loop
                int n = q - p;
                for (int j = 0; j < n; j++) {
                    int a = t + (runEnd - t) * j / n, b = t + (runEnd - t) * (j + 1) / n;
                    if (b > a) sb.append(String.format(Locale.ROOT, "%.4f\t%.4f\t%s%n", Math.max(0, (a - 0.5) * 0.01), (b - 0.5) * 0.01,
                            arpa ? ph.get(p + j).toLowerCase(Locale.ROOT) : ph.get(p + j)));
                }
                p = q;
                t = runEnd;
            }
        }
        return sb.toString();
    }

    /** A .phn: one word a line, its phones separated by blanks; empty when the file has no phones. */
    static Optional<List<PhoneticWord>> readPhn(Path phn) throws IOException {
        List<PhoneticWord> words = new ArrayList<>();
        if (!Files.isRegularFile(phn)) return Optional.empty();
        for (String line : Files.readAllLines(phn)) {
            String s = line.strip();
            if (!s.isEmpty()) words.add(new PhoneticWord(s.replace(" ", ""), List.of(s.split("\\s+")), false));
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    /**
     * On real speech the aligner (trained on synthetic voices) starts a word after a pause 10-30 ms after the sound
     * does and ends the last word of a phrase early (weak final consonants scored as silence). This gives the loud
     * frames next to a word edge that borders a pause to that word: a word start moves back, a word end forward, over
     * contiguous loud frames (a pause that is loud throughout is split at its middle). The moved frames take the
     * viseme of the word's first or last phone. Only edges are moved; the order and inner timing stay the aligner's.
     */
    static ForcedAligner.Alignment snap(ForcedAligner.Alignment al, boolean[] loud, int frames) {
        byte[] lab = al.labels().clone();
        int[] ws = al.wordStart().clone(), we = al.wordEnd().clone();
        int n = ws.length;
        for (int w = 0; w <= n; w++) {
            int gapFrom = w == 0 ? 0 : Math.min(frames, we[w - 1]), gapTo = w == n ? frames : Math.min(frames, ws[w]);
            if (gapTo <= gapFrom) continue;
            int mid = w == 0 ? gapFrom : w == n ? gapTo : (gapFrom + gapTo) / 2;
            if (w > 0 && we[w - 1] > ws[w - 1]) {           // previous word's end forward
                byte v = lab[we[w - 1] - 1];
                int t = gapFrom;
                while (t < mid && loud[t]) lab[t++] = v;
                we[w - 1] = t;
            }
            if (w < n && we[w] > ws[w]) {                    // next word's start back
                byte v = lab[ws[w]];
                int t = gapTo;
                while (t > mid && loud[t - 1]) lab[--t] = v;
                ws[w] = t;
            }
        }
        return new ForcedAligner.Alignment(lab, ws, we);
    }

    private static void write(Path p, String text) throws IOException { AtomicFiles.writeString(p, text); }
}
