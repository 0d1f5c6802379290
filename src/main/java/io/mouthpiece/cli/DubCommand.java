package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.dub.DubSynthesis;
import io.mouthpiece.dub.sync.LineSync;
import io.mouthpiece.inference.ModelException;
import io.mouthpiece.service.NoFaceException;
import io.mouthpiece.service.dub.DubLines;
import io.mouthpiece.service.dub.DubRequest;
import io.mouthpiece.service.dub.DubService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mouthpiece dub}: a filmed shot re-lip-synced to new dialogue, with a sync report and OTIO/EDL. */
@Command(name = "dub", mixinStandardHelpOptions = true,
        description = {"Dub a filmed shot: its own mouths re-timed to new dialogue; everything outside the lower face untouched.",
                "Writes OUT, OUT.provenance.json, the sync report (OUT.sync.json unless --report), OUT.otio and OUT.edl."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:dubbed", "1:internal error or models unavailable", "2:bad input", "3:no face found"})
public final class DubCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "the filmed shot") Path video;
    @Option(names = "--audio", required = true, paramLabel = "DUB_AUDIO", description = "the dub: one line, or (with --lines) one file on the shot's timeline") Path audio;
    @Option(names = "--lines", paramLabel = "CUES", description = "SRT or WebVTT: where the lines are (times from the shot's first frame)") Path lines;
    @Option(names = "--transcript", paramLabel = "TEXT_FILE", description = "words of the line (without --lines; English sharpens the timing)") Path transcript;
    @Option(names = "--face", paramLabel = "N", description = "which face to follow, 0 = the largest (default: ${DEFAULT-VALUE})") int face = 0;
    @Option(names = "--from", paramLabel = "TIMECODE", description = "first frame of the output (HH:MM:SS:FF of the shot)") String from;
    @Option(names = "--to", paramLabel = "TIMECODE", description = "the frame after the output's last") String to;
    @Option(names = "--consent", paramLabel = "STATEMENT", description = "the actor is a real person: who consented to this dub") String consent;
    @Option(names = "--not-a-real-person", description = "the face is not a real person's (animation, a render)") boolean fictional;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "OUT.mov (ProRes 422 HQ), OUT.mp4 (H.264) or OUT.mxf (DNxHR HQX)") Path output;
    @Option(names = "--report", paramLabel = "REPORT.json", description = "the sync report (default: OUT.sync.json)") Path report;
    @Option(names = "--quality", paramLabel = "draft|final", description = "codec settings (default: ${DEFAULT-VALUE})") String quality = "final";
    @Option(names = "--prores-4444", description = ".mov: ProRes 4444 instead of 422 HQ") boolean prores4444;
    @Option(names = "--keep-original", description = "mix the shot's own sound under the dub") boolean keepOriginal;
    @Option(names = "--machine-readable", description = "progress lines on stderr: 'progress FRACTION STAGE'") boolean machine;

    public DubCommand(AppServices services) { this.services = services; }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        try {
            DubRequest req = request();
            try (TakeServices take = services.openTakeServices()) {
                DubService.Result r = take.dub().dub(req, n -> err.println("note: " + n), CliProgress.printing(err, "dub", machine));
                print(out, r);
                out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                return RenderCommand.OK;
            }
        } catch (NoFaceException e) {
            err.println("error: " + e.getMessage());
            return RenderCommand.NO_FACE;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return RenderCommand.BAD_INPUT;
        } catch (ModelException e) {
            err.println("error: " + e.getMessage());
            return RenderCommand.FAILED;
        } catch (IOException | IllegalArgumentException e) {   // MediaException and cue errors are IOExceptions
            err.println("error: " + e.getMessage());
            return RenderCommand.BAD_INPUT;
        }
    }

    private DubRequest request() throws IOException {
        if (consent != null && fictional) throw new IllegalArgumentException("use either --consent or --not-a-real-person, not both");
        if (consent == null && !fictional) {
            throw new IllegalArgumentException("say whose face this is: --consent \"who agreed to this dub\" for a real person, "
                    + "or --not-a-real-person");
        }
        if (consent != null && consent.isBlank()) throw new IllegalArgumentException("--consent needs a statement");
        ConsentRecord c = consent != null ? new ConsentRecord(true, consent, "", java.time.Instant.now().toString())
                : new ConsentRecord(false, "", "", java.time.Instant.now().toString());
        if (transcript != null && lines != null) throw new IllegalArgumentException("--transcript is for one line; with --lines the cues hold the words");
        String words = transcript == null ? "" : Files.readString(transcript, StandardCharsets.UTF_8);
        DubRequest.Quality q = switch (quality.toLowerCase(Locale.ROOT)) {
            case "draft" -> DubRequest.Quality.DRAFT;
            case "final" -> DubRequest.Quality.FINAL;
            default -> throw new IllegalArgumentException("--quality is draft or final, not " + quality);
        };
        return new DubRequest(video, audio, lines, words, face, from, to, c, output, report, q, prores4444, keepOriginal);
    }

    private static void print(PrintWriter out, DubService.Result r) {
        for (int i = 0; i < r.lines().size(); i++) {
            DubLines.Line l = r.lines().get(i);
            LineSync s = r.scores().get(i);
            int[] c = r.statusCounts().get(i);
            out.printf(Locale.ROOT, "line %s  %s-%s  offset %+d frames  confidence %.2f  leak %s  %s  (%d dubbed, %d face lost, %d occluded, %d unmatched)%n",
                    l.id(), r.shot().timecodeOf(l.first()), r.shot().timecodeOf(l.end()), s.offsetFrames(), s.confidence(),
                    s.leak() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.leak()),
                    s.flags().isEmpty() ? "ok" : "flags: " + String.join(",", s.flags()),
                    c[DubSynthesis.Status.DUBBED.ordinal()], c[DubSynthesis.Status.FACE_LOST.ordinal()],
                    c[DubSynthesis.Status.OCCLUDED.ordinal()], c[DubSynthesis.Status.UNMATCHED.ordinal()]);
        }
        out.printf(Locale.ROOT, "wrote %s (%d frames at %s fps)%n  report: %s%n  timeline: %s, %s%n  provenance: %s%n",
                r.output(), r.frames(), r.shot().rate(), r.report(), r.otio(), r.edl(), r.provenance());
    }

}
