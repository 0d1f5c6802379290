package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.inference.ModelException;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.gl.GlUnavailableException;
import io.mouthpiece.service.NoFaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mouthpiece render}: a talking take in one step (portrait + audio), a saved project's take with its edits,
 * or a batch of lines against one portrait (a video and an engine track per line). The options live here; the work is
 * done by {@link RenderFromProject}, {@link RenderOneStep} and {@link RenderBatch}.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a talking take to MP4, MOV (ProRes 4444, alpha), WebM (VP9, alpha) or a PNG sequence.",
                "  render --portrait IMG --audio AUDIO -o OUT.mp4         one step, default motion",
                "  render PROJECT [--take NAME] -o OUT.mp4                a saved take with its edits",
                "  render --portrait IMG --audio-dir DIR -o OUTDIR        one video + track per audio file",
                "  render --portrait IMG --batch LIST.txt -o OUTDIR       same, files listed one per line"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered", "1:internal error, models or OpenGL unavailable", "2:bad input (a batch: at least one line failed)", "3:no face found"})
public final class RenderCommand implements Callable<Integer> {
    static final int OK = 0, FAILED = 1, BAD_INPUT = 2, NO_FACE = 3;

    private final AppServices services;

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "a project folder (or its project.json)") Path project;
    @Option(names = "--take", paramLabel = "NAME", description = "take to render (name or id; default: the first)") String takeName;
    @Option(names = "--portrait", paramLabel = "IMAGE_OR_VIDEO", description = "portrait to animate (a video: its first frame)") Path portrait;
    @Option(names = "--audio", paramLabel = "AUDIO", description = "the dialogue line") Path audio;
    @Option(names = "--audio-dir", paramLabel = "DIR", description = "batch: every audio file in DIR") Path audioDir;
    @Option(names = "--batch", paramLabel = "LIST", description = "batch: a text file naming one audio file per line (relative to the list)") Path batchList;
    @Option(names = "--dialog", paramLabel = "TEXT_FILE", description = "transcript of the line (English: aligned to the audio for sharper timing)") Path dialog;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "OUT.mp4|.mov|.webm|.png (PNG sequence in folder OUT), or a folder for a batch") Path output;
    @Option(names = "--format", paramLabel = "mp4|mov|webm|png", description = "batch: output format (default: mp4)") String format;
    @Option(names = "--track-format", paramLabel = "FMT", description = "batch: engine track tsv|json|xml|dat|oculus|arkit (default: ${DEFAULT-VALUE})") String trackFormat = "tsv";
    @Option(names = "--size", paramLabel = "WxH", description = "output size (default: the project's; one step: the portrait's, long side at most 1920)") String size;
    @Option(names = "--fps", paramLabel = "N", description = "frame rate, e.g. 25, 30, 30000/1001 (default: the project's; one step: 25)") String fps;
    @Option(names = "--seed", paramLabel = "N", description = "seed of the generated blinks, gaze and head motion (one step and batch; default 1)") Long seed;
    @Option(names = "--background", paramLabel = "transparent|keep|#rrggbb", description = "keep the picture, cut the person out, or put them on a colour (default: the project's export background; otherwise keep)") String background;
    @Option(names = "--quality", paramLabel = "web|editing|game_engine", description = "encoder preset (default: ${DEFAULT-VALUE})") String quality = "web";
    @Option(names = "--no-badge", description = "leave out the visible 'AI-generated' badge (metadata and sidecar still say so)") boolean noBadge;
    @Option(names = "--consent", paramLabel = "STATEMENT", description = "one step/batch: the portrait shows a real person; who consented to this use") String consent;
    @Option(names = "--not-a-real-person", description = "one step/batch: the portrait is art or a fictional character") boolean fictional;
    @Option(names = "--face-points", paramLabel = "X,Y x6", description = "one step/batch: place the face by hand (drawn or stylised faces): "
            + "right eye, left eye, nose tip, mouth right, mouth left, chin as 12 numbers in picture pixels, e.g. "
            + "\"150,170,250,170,200,225,160,270,240,270,200,335\" (the subject's right eye is on the image's left)") String facePoints;
    @Option(names = "--machine-readable", description = "progress lines on stderr: 'progress FRACTION STAGE'") boolean machine;

    public RenderCommand(AppServices services) { this.services = services; }

    /** A render setting that is wrong: exit code 2 with the message. */
    static final class BadInput extends Exception {
        BadInput(String m) { super(m); }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path models = services.install().models();
        long t0 = System.nanoTime();
        try {
            Mode mode = mode();
            Background bg = background == null ? null : Background.parse(background);   // null: the project's, or keep
            QualityPreset preset = QualityPreset.valueOf(quality.toUpperCase(Locale.ROOT));
            try (TakeServices take = services.openTakeServices();
                 GlThread gl = GlThread.start("mouthpiece-render")) {
                RenderTools tools = new RenderTools(take.faces(), take.analysis(), take.rigs(), take.render(gl), bg, preset, !noBadge);
                int rc = switch (mode) {
                    case PROJECT -> RenderFromProject.run(this, services, tools, out, err);
                    case ONE_STEP -> RenderOneStep.run(this, services, tools, out, err);
                    case BATCH -> RenderBatch.run(this, services, tools, out, err);
                };
                if (rc == OK) out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                return rc;
            }
        } catch (BadInput | IllegalArgumentException | MediaException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (NoFaceException e) {
            err.println("error: " + e.getMessage());
            return NO_FACE;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("error: no such file or folder: " + e.getFile());
            return BAD_INPUT;
        } catch (ModelException | GlUnavailableException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            // the work is dropped as the stack unwinds, so there is room to say so (a large portrait, a long take)
            err.printf(Locale.ROOT, "error: out of memory (Java was given %d MB). Start it with more, e.g. java -Xmx4g -jar "
                    + "mouthpiece.jar \u2026, or use a smaller portrait or output size.%n", Runtime.getRuntime().maxMemory() >> 20);
            return FAILED;
        }
    }

    enum Mode { PROJECT, ONE_STEP, BATCH }

    private Mode mode() throws BadInput {
        int sources = (audio != null ? 1 : 0) + (audioDir != null ? 1 : 0) + (batchList != null ? 1 : 0);
        if (project != null) {
            if (portrait != null || sources > 0) throw new BadInput("give either a PROJECT or --portrait with --audio, not both");
            return Mode.PROJECT;
        }
        if (portrait == null) throw new BadInput("nothing to render: give a PROJECT folder, or --portrait IMAGE with --audio AUDIO");
        if (sources != 1) throw new BadInput("with --portrait give exactly one of --audio, --audio-dir or --batch");
        if (takeName != null) throw new BadInput("--take applies to a PROJECT");
        if (consent != null && fictional) throw new BadInput("use either --consent or --not-a-real-person");
        if (!Files.isRegularFile(portrait)) throw new BadInput("cannot read the portrait " + portrait + ": no such file");
        return audio != null ? Mode.ONE_STEP : Mode.BATCH;
    }
}
