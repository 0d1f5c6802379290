package io.mouthpiece.cli;

import io.mouthpiece.audio.SpeechFeatures;
import io.mouthpiece.core.speech.Transcript;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.lipsync.LipsyncAnalyzer;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.lipsync.cues.ArkitCsvWriter;
import io.mouthpiece.lipsync.cues.CueFormat;
import io.mouthpiece.lipsync.cues.MouthCue;
import io.mouthpiece.lipsync.cues.OculusWriter;
import io.mouthpiece.lipsync.cues.RhubarbWriters;
import io.mouthpiece.lipsync.motion.AutoMotion;
import io.mouthpiece.lipsync.motion.Coarticulation;
import io.mouthpiece.media.AudioDecodeException;
import io.mouthpiece.media.AudioDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mouthpiece lipsync AUDIO}: speech → timed mouth shapes in Rhubarb and other engine formats. */
@Command(name = "lipsync", mixinStandardHelpOptions = true,
        description = "Analyse speech and write timed mouth shapes (Rhubarb-compatible by default).")
public final class LipsyncCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AUDIO", description = "any audio or video file FFmpeg reads") Path audio;
    @Option(names = "--dialog", paramLabel = "TEXT_FILE", description = "transcript of the clip (UTF-8): its words are aligned to the audio for better timing (English; other languages fall back to audio only)") Path dialog;
    @Option(names = "--language", description = "language of the --dialog text, BCP 47 (default: ${DEFAULT-VALUE})") String language = "en-US";
    @Option(names = "--format", description = "tsv|json|xml|dat|oculus|arkit (default: ${DEFAULT-VALUE})") String format = "tsv";
    @Option(names = "--fps", description = "frame rate for dat/oculus/arkit, e.g. 24 or 30000/1001 (default: ${DEFAULT-VALUE})") String fps = "24";
    @Option(names = "--preston-blair", description = "dat: Preston Blair mouth names (MBP, AI, O, ...) instead of A-H/X") boolean prestonBlair;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output)") Path output;
    @Option(names = "--seed", description = "arkit: seed of the generated blinks, gaze, head, brows and breath (default: ${DEFAULT-VALUE})") long seed = 1;
    @Option(names = "--machine-readable", description = "progress lines on stderr: 'progress FRACTION STAGE'") boolean machine;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        CueFormat fmt;
        FrameRate rate;
        try {
            fmt = CueFormat.valueOf(format.toUpperCase(Locale.ROOT));
            rate = FrameRate.parse(fps);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + " (formats: tsv json xml dat oculus arkit)");
            return 2;
        }
        Transcript transcript = null;
        if (dialog != null) {
            try {
                transcript = new Transcript(Files.readString(dialog, StandardCharsets.UTF_8), Locale.forLanguageTag(language));
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("error: dialog file not readable (" + e.getMessage() + "): " + dialog);
                return 2;
            }
            if (!Pronouncer.supports(transcript.language())) {
                err.println("note: no pronouncing dictionary for language '" + language + "'; analysing the audio alone");
                transcript = null;
            } else if (transcript.isBlank()) {
                err.println("note: the dialog file is empty; analysing the audio alone");
                transcript = null;
            }
        }
        Progress progress = new Progress() {
            private long lastPct = -1;
            @Override public void update(double fraction, String message) {
                long pct = Math.round(fraction * 100);
                if (machine && pct != lastPct) {
                    lastPct = pct;
                    err.printf(Locale.ROOT, "progress %.2f %s%n", fraction, message.replace(' ', '_'));
                }
            }
            @Override public boolean isCancelled() { return false; }
        };
        try {
            VisemeClassifier classifier = LipsyncModels.loadClassifier();
            LipsyncAnalyzer analyzer = transcript == null ? new LipsyncAnalyzer(classifier)
                    : new LipsyncAnalyzer(classifier, LipsyncModels.loadAlignClassifier(), LipsyncModels.loadPronouncer(), transcript);
            long[] samples = {0};
            new AudioDecoder().decode(audio, SpeechFeatures.SAMPLE_RATE, (s, n) -> {
                analyzer.accept(s, n);
                samples[0] += n;
            }, progress.slice(0, 0.95));
            VisemeTrack track = analyzer.finish(samples[0]);
            if (transcript != null && !analyzer.aligned()) {
                err.println("note: the dialog text could not be aligned to this audio (more phones than 10 ms frames, or the clip is too long); used the audio alone");
            }
            progress.update(0.97, "writing");
            StringBuilder sb = new StringBuilder();
            String name = audio.getFileName().toString();
            switch (fmt) {
                case TSV -> RhubarbWriters.tsv(MouthCue.fromTrack(track), sb);
                case JSON -> RhubarbWriters.json(MouthCue.fromTrack(track), name, track.duration(), sb);
                case XML -> RhubarbWriters.xml(MouthCue.fromTrack(track), name, track.duration(), sb);
                case DAT -> RhubarbWriters.dat(MouthCue.fromTrack(track), rate, prestonBlair, sb);
                case OCULUS -> OculusWriter.write(new Coarticulation().apply(track, rate).visemeWeights(), rate, sb);
                case ARKIT -> ArkitCsvWriter.write(new Coarticulation().apply(track, rate).curves()
                        .with(AutoMotion.generate(track, rate, AutoMotion.Settings.defaults(seed))), sb);
            }
            write(sb.toString());
            progress.update(1, "done");
            return 0;
        } catch (AudioDecodeException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private void write(String text) throws IOException {
        if (output == null) {
            System.out.print(text);
            System.out.flush();
            return;
        }
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, output.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            try {
                Files.move(tmp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
