package io.mouthpiece.cli;

import io.mouthpiece.audio.SpeechFeatures;
import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.lipsync.FrameFeatures;
import io.mouthpiece.lipsync.LipsyncAnalyzer;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.PhoneMap;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.align.ForcedAligner;
import io.mouthpiece.lipsync.text.PhoneticWord;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.lipsync.cues.RhubarbShape;
import io.mouthpiece.media.AudioDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code mouthpiece bench lipsync --corpus DIR}: scores the analyser on the evaluation split of a corpus made by
 * models/lipsync/tools/make_corpus.py (frame accuracy at 100 fps in Rhubarb's A–H/X, M/B/P closure timing,
 * CPU real-time factor), per voice and per language. {@code --dump-features FILE} instead writes the training
 * split's classifier inputs and labels (with noise/music-bed copies) for models/lipsync/train.py.
 */
@Command(name = "lipsync", mixinStandardHelpOptions = true,
        description = "Lip-sync accuracy and speed on a phoneme-timed corpus (a benchmark, not a test).")
public final class BenchLipsyncCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "corpus folder with manifest.tsv") Path corpus;
    @Option(names = "--dump-features", description = "write training features to this file instead of scoring") Path dump;
    @Option(names = "--penalty", description = "Viterbi switch penalty between visemes (default ${DEFAULT-VALUE})") float penalty = LipsyncAnalyzer.Settings.DEFAULT.switchPenalty();
    @Option(names = "--closure-boost", description = "PP boost in energy dips (default ${DEFAULT-VALUE})") float closureBoost = LipsyncAnalyzer.Settings.DEFAULT.closureBoost();
    @Option(names = "--pp-bias", description = "PP log-score added on every scored frame (default ${DEFAULT-VALUE})") float ppBias = LipsyncAnalyzer.Settings.DEFAULT.ppBias();
    @Option(names = "--by-shape", arity = "1", description = "true: decode mouth shapes first, then visemes within them (default ${DEFAULT-VALUE})") boolean byShape = LipsyncAnalyzer.Settings.DEFAULT.byShape();
    @Option(names = "--transitions", description = "viseme transition counts (15 rows of 15) for the shape pass (default: the model's)") Path transitions;
    @Option(names = "--trans-weight", description = "weight of the log transition probabilities (default ${DEFAULT-VALUE})") float transWeight = LipsyncAnalyzer.Settings.DEFAULT.transWeight();
    @Option(names = "--dump-transitions", description = "write the train split's viseme transition counts at 100 fps to this file") Path dumpTransitions;
    @Option(names = "--close-at", description = "insert a closure where PP's posterior peaks at least this high and none is drawn (>1 = off; default ${DEFAULT-VALUE})") float closeAt = LipsyncAnalyzer.Settings.DEFAULT.closeAt();
    @Option(names = "--close-dip", description = "an inserted closure needs a local energy dip of this many dB (0 = none; default ${DEFAULT-VALUE})") float closeDip = LipsyncAnalyzer.Settings.DEFAULT.closeDipDb();
    @Option(names = "--close-frames", description = "frames drawn closed per inserted closure (default ${DEFAULT-VALUE})") int closeFrames = LipsyncAnalyzer.Settings.DEFAULT.closeFrames();
    @Option(names = "--vad-floor", description = "dB above the noise floor a frame needs to count as speech (default ${DEFAULT-VALUE})") float vadFloor = LipsyncAnalyzer.Settings.DEFAULT.vadFloorDb();
    @Option(names = "--vad-range", description = "dB below the loud frames a frame may be and still be speech (default ${DEFAULT-VALUE})") float vadRange = LipsyncAnalyzer.Settings.DEFAULT.vadRangeDb();
    @Option(names = "--with-text", description = "align each utterance to its transcript (the corpus's .txt beside each .wav)") boolean withText;
    @Option(names = "--room", description = "dump: add a fourth copy of each utterance through a random microphone tilt and a synthetic room (off by default: the v2 model was trained without)") boolean room;
    @Option(names = "--label-with-text", description = "label the corpus's `label` rows (real recordings, e.g. tools/asterisk_corpus.py) by aligning each to its .txt with the alignment model; writes their .lab and turns them into `train` rows") boolean labelWithText;
    @Option(names = "--label-check", arity = "1", description = "--label-with-text: drop rows whose aligned words disagree with the energy envelope (default ${DEFAULT-VALUE})") boolean labelCheck = true;
    @Option(names = "--label-snap", description = "--label-with-text: move each word's edges that border a pause out over the loud frames next to them (the aligner starts words late and ends them early on real speech)") boolean labelSnap;
    @Option(names = "--no-warp", description = "dump: no vocal-tract-warped copy for voices whose name starts with this (e.g. asterisk: a woman's real voice)") String noWarp;
    @Option(names = "--split", description = "eval (reserved voices, the benchmark), dev or train (for tuning only), sung or bedspeech (tools/sung_corpus.py) (default: ${DEFAULT-VALUE})") String split = "eval";
    @Option(names = "--every", description = "score every Nth utterance of the split (default: ${DEFAULT-VALUE})") int every = 1;
    @Option(names = "--min-frames", description = "aligner: minimum frames per phone (default ${DEFAULT-VALUE})") int minFrames = ForcedAligner.Settings.DEFAULT.minFrames();
    @Option(names = "--prior-scale", description = "aligner: viseme prior exponent divided out (default ${DEFAULT-VALUE})") float priorScale = ForcedAligner.Settings.DEFAULT.priorScale();
    @Option(names = "--pause-penalty", description = "aligner: cost of a pause between words (default ${DEFAULT-VALUE})") float pausePenalty = ForcedAligner.Settings.DEFAULT.pausePenalty();

    record Utt(String split, String voice, String lang, PhoneMap.Alphabet alphabet, Path wav, Path lab) { }

    record Phone(double start, double end, String phone) { }

    @Override
    public Integer call() throws Exception {
        List<Utt> utts = manifest(corpus);
        if (dumpTransitions != null) return dumpTransitions(utts);
        if (labelWithText) return new CorpusLabeller(corpus, labelCheck, labelSnap).label(utts);
        return dump != null ? dumpFeatures(utts) : score(utts);
    }

    /** Counts label → next-label pairs at 100 fps over the train split (clean copies: labels only, from the .lab files). */
    private int dumpTransitions(List<Utt> utts) throws Exception {
        long[][] c = new long[Viseme.values().length][Viseme.values().length];
        for (Utt u : utts) {
            if (!u.split.equals("train")) continue;
            var fmt = javax.sound.sampled.AudioSystem.getAudioFileFormat(u.wav.toFile());
            int frames = (int) (fmt.getFrameLength() / fmt.getFormat().getFrameRate() * 100);
            List<Phone> ps = phones(u.lab);
            int prev = -1;
            for (int i = 0; i < frames; i++) {
                Phone p = at(ps, i);
                int v = (p == null ? Viseme.SIL : PhoneMap.viseme(p.phone, u.alphabet, u.lang)).index();
                if (prev >= 0) c[prev][v]++;
                prev = v;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (long[] row : c) {
            for (int j = 0; j < row.length; j++) sb.append(j == 0 ? "" : "\t").append(row[j]);
            sb.append('\n');
        }
        Files.writeString(dumpTransitions, sb.toString());
        return 0;
    }


    static List<Utt> manifest(Path dir) throws IOException {
        List<Utt> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv")).subList(1, Files.readAllLines(dir.resolve("manifest.tsv")).size())) {
            String[] f = line.split("\t");
            out.add(new Utt(f[0], f[1], f[2], f[3].equals("arpabet") ? PhoneMap.Alphabet.ARPABET : PhoneMap.Alphabet.ESPEAK,
                    dir.resolve(f[4]), dir.resolve(f[5])));
        }
        return out;
    }

    static List<Phone> phones(Path lab) throws IOException {
        List<Phone> out = new ArrayList<>();
        for (String l : Files.readAllLines(lab)) {
            String[] f = l.split("\t");
            if (f.length == 3) out.add(new Phone(Double.parseDouble(f[0]), Double.parseDouble(f[1]), f[2]));
        }
        return out;
    }

    /** Phone covering frame i (centred at i × 10 ms), or null in silence/after the end. */
    static Phone at(List<Phone> ps, int i) {
        double t = i * 0.01;
        for (Phone p : ps) if (t >= p.start && t < p.end) return p;
        return null;
    }

    private int score(List<Utt> utts) throws Exception {
        VisemeClassifier c = LipsyncModels.loadClassifier();
        float[][] shapeTrans = transitions == null ? null : LipsyncAnalyzer.shapeTransitions(VisemeClassifier.readTransitions(transitions));
        VisemeClassifier alignC = withText ? LipsyncModels.loadAlignClassifier() : c;
        Pronouncer pron = withText ? LipsyncModels.loadPronouncer() : null;
        ForcedAligner aligner = new ForcedAligner(new ForcedAligner.Settings(minFrames, priorScale, pausePenalty,
                ForcedAligner.Settings.DEFAULT.maxCells()));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        AudioDecoder dec = new AudioDecoder();
        int seen = 0;
        long wallNanos = 0;
        Map<String, long[]> byVoice = new TreeMap<>(); // frames, correct, speechFrames, speechCorrect, closures, hits, nanos, samples
        Map<String, CueFidelity> fidelity = new TreeMap<>();
        for (Utt u : utts) {
            if (!u.split.equals(split) || seen++ % every != 0) continue;
            float[] pcm = dec.decodeAll(u.wav, SpeechFeatures.SAMPLE_RATE, 600).samples();
            List<PhoneticWord> words = null;
            if (pron != null) {
                Path txt = u.wav.resolveSibling(u.wav.getFileName().toString().replaceAll("\\.wav$", ".txt"));
                Locale lang = Locale.forLanguageTag(u.lang);
                words = pron.pronounce(new Transcript(Files.readString(txt), lang)).orElse(null);
            }
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            LipsyncAnalyzer a = new LipsyncAnalyzer(words == null || words.isEmpty() ? c : alignC, new LipsyncAnalyzer.Settings(penalty, vadFloor, vadRange, closureBoost, ppBias, byShape, shapeTrans, transWeight, closeAt, closeFrames, closeDip), words, aligner);
            a.accept(pcm, pcm.length);
            VisemeTrack track = a.finish(pcm.length);
            long nanos = mx.getCurrentThreadCpuTime() - c0;
            wallNanos += System.nanoTime() - t0;
            List<Phone> ps = phones(u.lab);
            int frames = pcm.length / 160;
            RhubarbShape[] pred = new RhubarbShape[frames];
            RhubarbShape[] truth = new RhubarbShape[frames];
            for (int i = 0; i < frames; i++) {
                pred[i] = RhubarbShape.of(track.at(Rational.of(i, 100)));
                Phone p = at(ps, i);
                truth[i] = p == null ? RhubarbShape.X : PhoneMap.truthShape(p.phone, u.alphabet, u.lang);
            }
            long[] s = byVoice.computeIfAbsent(u.voice + " (" + u.lang + ")", k -> new long[8]);
            fidelity.computeIfAbsent(u.voice + " (" + u.lang + ")", k -> new CueFidelity()).add(pred, ps, u.alphabet, u.lang);
            for (int i = 0; i < frames; i++) {
                s[0]++;
                if (pred[i] == truth[i]) s[1]++;
                if (truth[i] != RhubarbShape.X) {
                    s[2]++;
                    if (pred[i] == truth[i]) s[3]++;
                }
            }
            for (Phone p : ps) {
                if (PhoneMap.truthShape(p.phone, u.alphabet, u.lang) != RhubarbShape.A) continue;
                int onset = (int) Math.round(p.start * 100);
                if (onset >= frames) continue;
                s[4]++;
                for (int f = Math.max(0, onset - 4); f <= Math.min(frames - 1, onset + 4); f++) {
                    if (pred[f] == RhubarbShape.A) {
                        s[5]++;
                        break;
                    }
                }
            }
            s[6] += nanos;
            s[7] += pcm.length;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("| voice (language) | audio s | all frames | speech frames | M/B/P closure ±40 ms | analysis RTF |");
        out.println("|---|---|---|---|---|---|");
        long[] tot = new long[8];
        for (var e : byVoice.entrySet()) {
            long[] s = e.getValue();
            for (int i = 0; i < 8; i++) tot[i] += s[i];
            out.println(row(e.getKey(), s));
        }
        out.println(row("**all**", tot));
        out.printf(Locale.ROOT, "(RTF is CPU time of the analysing thread; wall-clock RTF overall %.4f)%n",
                wallNanos / 1e9 / (tot[7] / 16000.0));
        out.println();
        out.println(CueFidelity.header());
        CueFidelity all = new CueFidelity();
        for (var e : fidelity.entrySet()) {
            all.addAll(e.getValue());
            out.println(e.getValue().row(e.getKey()));
        }
        out.println(all.row("**all**"));
        return 0;
    }

    private static String row(String name, long[] s) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f %% | %.1f %% | %.1f %% (%d) | %.4f |", name, s[7] / 16000.0,
                100.0 * s[1] / s[0], 100.0 * s[3] / Math.max(1, s[2]), 100.0 * s[5] / Math.max(1, s[4]), s[4],
                s[6] / 1e9 / (s[7] / 16000.0));
    }

    private int dumpFeatures(List<Utt> utts) throws Exception {
        AudioDecoder dec = new AudioDecoder();
        Random rnd = new Random(42);
        Random roomRnd = new Random(43); // its own stream, so copies 0-2 stay identical with or without --room
        List<float[][]> feats = new ArrayList<>();
        List<byte[]> labs = new ArrayList<>();
        long frames = 0;
        int k = 0;
        for (Utt u : utts) {
            if (!u.split.equals("train")) continue;
            List<Phone> ps0 = phones(u.lab);
            for (int copy = 0; copy < (room ? 4 : 3); copy++) {
                if (copy == 2 && noWarp != null && u.voice.startsWith(noWarp)) continue;
                // copy 2 is warped: decoding at rate 16000·a and reading it as 16 kHz moves every formant and the
                // pitch up by 1/a, the way a shorter vocal tract would (most training voices are male)
                double alpha = copy == 2 ? 0.76 + 0.2 * rnd.nextDouble() : 1.0;
                float[] pcm = dec.decodeAll(u.wav, (int) Math.round(SpeechFeatures.SAMPLE_RATE * alpha), 600).samples();
                List<Phone> ps = ps0.stream().map(q -> new Phone(q.start * alpha, q.end * alpha, q.phone)).toList();
                float[] x = copy == 3 ? addRoom(pcm, roomRnd)
                        : copy == 0 ? pcm : copy == 1 || rnd.nextBoolean() ? addNoise(pcm, k++, rnd) : pcm;
                List<float[]> cep = new ArrayList<>();
                List<Float> le = new ArrayList<>();
                SpeechFeatures sf = new SpeechFeatures((c, e) -> {
                    cep.add(c.clone());
                    le.add(e);
                });
                sf.accept(x, x.length);
                sf.finish();
                int n = Math.min(cep.size(), x.length / 160);
                float[][] ca = cep.subList(0, n).toArray(float[][]::new);
                float[] ea = new float[n];
                for (int i = 0; i < n; i++) ea[i] = le.get(i);
                float[][] f = FrameFeatures.build(ca, ea, n);
                byte[] lab = new byte[n];
                for (int i = 0; i < n; i++) {
                    Phone p = at(ps, i);
                    lab[i] = (byte) (p == null ? Viseme.SIL : PhoneMap.viseme(p.phone, u.alphabet, u.lang)).index();
                }
                feats.add(f);
                labs.add(lab);
                frames += n;
            }
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dump)))) {
            ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0x46454154).putInt((int) frames).putInt(FrameFeatures.DIM);
            out.write(h.array());
            ByteBuffer row = ByteBuffer.allocate(4 * FrameFeatures.DIM).order(ByteOrder.LITTLE_ENDIAN);
            for (float[][] f : feats) {
                for (float[] r : f) {
                    row.clear();
                    for (float v : r) row.putFloat(v);
                    out.write(row.array());
                }
            }
            for (byte[] l : labs) out.write(l);
        }
        System.out.println("frames " + frames + " dim " + FrameFeatures.DIM + " -> " + dump);
        return 0;
    }

    /**
     * A copy of {@code pcm} as a real microphone in a room might give it: a random spectral tilt (a one-pole low-pass
     * or high-pass mixed in, ±6 dB at the ends of the band) and a synthetic reverb (exponentially decaying noise, RT60
     * 0.1–0.5 s, direct-to-reverb ratio 0–12 dB). Synthetic voices are dry and flat; recorded speech is neither.
     */
    static float[] addRoom(float[] pcm, Random rnd) {
        int n = pcm.length;
        float[] y = new float[n];
        double a = 0.3 + 0.6 * rnd.nextDouble(), mix = rnd.nextDouble() * 0.6, lp = 0;
        boolean high = rnd.nextBoolean();
        for (int i = 0; i < n; i++) {
            lp = a * lp + (1 - a) * pcm[i];
            double f = high ? pcm[i] - lp : lp;
            y[i] = (float) ((1 - mix) * pcm[i] + mix * f * (high ? 1.5 : 1.0));
        }
        double rt60 = 0.1 + 0.4 * rnd.nextDouble();
        int len = (int) (rt60 * 16000);
        float[] ir = new float[len];
        double e = 0;
        for (int i = 0; i < len; i++) {
            ir[i] = (float) (rnd.nextGaussian() * Math.pow(10, -3.0 * i / len));
            e += ir[i] * ir[i];
        }
        double drr = Math.pow(10, -(rnd.nextDouble() * 12) / 20) / Math.sqrt(e); // reverb gain re the direct sound
        float[] out = y.clone();
        // sparse convolution (every 4th tap, scaled): 4x cheaper and still a dense-sounding tail
        for (int t = 1; t < len; t += 4) {
            float g = (float) (ir[t] * drr * 2);
            for (int i = t; i < n; i++) out[i] += g * y[i - t];
        }
        return out;
    }

    /** A copy of {@code pcm} under white noise, brown noise or a synthetic music bed at 5–25 dB SNR. */
    static float[] addNoise(float[] pcm, int kind, Random rnd) {
        double p = 0;
        for (float v : pcm) p += v * v;
        p /= Math.max(1, pcm.length);
        double snrDb = 5 + rnd.nextDouble() * 20;
        float[] noise = new float[pcm.length];
        double b = 0;
        double[] notes = new double[3];
        for (int i = 0; i < pcm.length; i++) {
            switch (kind % 3) {
                case 0 -> noise[i] = (float) rnd.nextGaussian();
                case 1 -> {
                    b = 0.98 * b + rnd.nextGaussian();
                    noise[i] = (float) b;
                }
                default -> {
                    if (i % 6400 == 0) for (int j = 0; j < 3; j++) notes[j] = 110 * Math.pow(2, rnd.nextInt(36) / 12.0);
                    double v = 0;
                    for (double f : notes) for (int h = 1; h <= 4; h++) v += Math.sin(2 * Math.PI * f * h * i / 16000.0) / h;
                    noise[i] = (float) v;
                }
            }
        }
        double pn = 0;
        for (float v : noise) pn += v * v;
        pn /= Math.max(1, noise.length);
        double g = Math.sqrt(p / pn / Math.pow(10, snrDb / 10));
        float[] out = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) out[i] = (float) (pcm[i] + g * noise[i]);
        return out;
    }
}
