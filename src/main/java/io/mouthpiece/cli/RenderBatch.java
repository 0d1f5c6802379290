package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.cli.RenderCommand.BadInput;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.lipsync.cues.CueFormat;
import io.mouthpiece.service.NoFaceException;
import io.mouthpiece.service.TakeScene;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static io.mouthpiece.cli.RenderTargets.extension;
import static io.mouthpiece.cli.RenderTargets.stem;

/**
 * {@code render --portrait IMG --audio-dir DIR | --batch LIST}: one video and one engine track per line, the portrait's
 * face analysed once. A line that fails is skipped and reported; the others are still rendered.
 */
final class RenderBatch {
    private static final Set<String> AUDIO_EXT = Set.of("wav", "mp3", "m4a", "aac", "flac", "ogg", "opus", "aiff", "aif", "wma");

    private RenderBatch() {}

    static int run(RenderCommand c, AppServices services, RenderTools tools, PrintWriter out, PrintWriter err) throws IOException, BadInput {
        List<Path> lines = inputs(c.audioDir, c.batchList);
        if (lines.isEmpty()) throw new BadInput("no audio files to render in " + (c.audioDir != null ? c.audioDir : c.batchList));
        ExportFormat fmt = c.format == null ? ExportFormat.MP4 : RenderTargets.formatByName(c.format);
        CueFormat cues = RenderTargets.cueFormat(c.trackFormat);
        Path output = c.output;
        if (Files.exists(output) && !Files.isDirectory(output)) throw new BadInput("a batch writes into a folder, and " + output + " is a file");
        Files.createDirectories(output);
        Path tmp = Files.createTempDirectory("mouthpiece-batch-");
        List<String> failed = new ArrayList<>();
        try {
            RenderSession s = RenderSession.open(services, c, tools, tmp, err);
            int[] wh = c.size == null ? RenderTargets.defaultSize(s.picture) : RenderTargets.parseSize(c.size);
            for (int i = 0; i < lines.size(); i++) {
                Path line = lines.get(i);
                String name = stem(line);
                err.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, lines.size(), line.getFileName());
                try {
                    Project p = s.addLine(line, "");
                    Take take = p.takes().getLast();
                    p = tools.analysis().analyseTake(p, tmp, take.id(), CliProgress.printing(err, "analysing", c.machine)).apply(p);
                    s.project = p;
                    take = p.take(take.id());
                    TakeScene scene = TakeScene.of(p, take.id(), s.picture, tools.rigs());
                    RenderTargets.Target t = new RenderTargets.Target(
                            output.resolve(fmt == ExportFormat.PNG_SEQUENCE ? name : name + "." + fmt.extension()), fmt);
                    ExportResult r = tools.render().render(scene, tmp, tools.output(t, wh, p.frameRate()), CliProgress.printing(err, "rendering", c.machine));
                    VisemeTrack track = take.motionOf(s.actorId).orElseThrow().visemes();
                    Path trackFile = output.resolve(name + "." + cues.extension());
                    RenderTargets.writeAtomically(trackFile,
                            RenderTargets.track(cues, track, line.getFileName().toString(), p.frameRate(), c.seed == null ? 1 : c.seed));
                    out.println(r.main() + "  +  " + trackFile.getFileName());
                } catch (NoFaceException e) {
                    throw e;
                } catch (IOException | IllegalArgumentException e) {
                    failed.add(line + ": " + e.getMessage());
                    err.println("error: " + line.getFileName() + ": " + e.getMessage() + " (skipped)");
                }
            }
        } finally {
            RenderTargets.deleteTree(tmp);
        }
        out.printf("%d of %d lines rendered into %s%n", lines.size() - failed.size(), lines.size(), output);
        if (failed.isEmpty()) return RenderCommand.OK;
        err.println(failed.size() + " line(s) failed:");
        failed.forEach(f -> err.println("  " + f));
        return RenderCommand.BAD_INPUT;
    }

    /** The audio files of {@code audioDir} by name, or the lines of {@code batchList} (relative to the list). */
    private static List<Path> inputs(Path audioDir, Path batchList) throws IOException, BadInput {
        if (audioDir != null) {
            if (!Files.isDirectory(audioDir)) throw new BadInput("--audio-dir " + audioDir + " is not a folder");
            try (Stream<Path> s = Files.list(audioDir)) {
                return s.filter(Files::isRegularFile).filter(f -> AUDIO_EXT.contains(extension(f))).sorted(Comparator.comparing(Path::toString)).toList();
            }
        }
        if (!Files.isRegularFile(batchList)) throw new BadInput("cannot read the batch list " + batchList);
        Path base = batchList.toAbsolutePath().getParent();
        return Files.readAllLines(batchList, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> base.resolve(l)).toList();
    }
}
