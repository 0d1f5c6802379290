package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.inference.ModelException;
import io.mouthpiece.lipsync.cues.ArkitCsvWriter;
import io.mouthpiece.lipsync.cues.CueFormat;
import io.mouthpiece.lipsync.cues.MouthCue;
import io.mouthpiece.lipsync.cues.OculusWriter;
import io.mouthpiece.lipsync.cues.RhubarbWriters;
import io.mouthpiece.lipsync.motion.AutoMotion;
import io.mouthpiece.lipsync.motion.Coarticulation;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.gl.GlUnavailableException;
import io.mouthpiece.service.CharacterRigs;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.NewProjectSpec;
import io.mouthpiece.service.NoFaceException;
import io.mouthpiece.service.RenderService;
import io.mouthpiece.service.SourcePictures;
import io.mouthpiece.service.TakeAnalysis;
import io.mouthpiece.service.TakeScene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code mouthpiece render}: a talking take in one step (portrait + audio), a saved project's take with its edits,
 * or a batch of lines against one portrait (a video and an engine track per line).
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
    private static final Set<String> AUDIO_EXT = Set.of("wav", "mp3", "m4a", "aac", "flac", "ogg", "opus", "aiff", "aif", "wma");

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
                Tools tools = new Tools(take.faces(), take.analysis(), take.rigs(), take.render(gl), bg, preset);
                int rc = switch (mode) {
                    case PROJECT -> renderProject(tools, out, err);
                    case ONE_STEP -> oneStep(tools, out, err);
                    case BATCH -> batch(tools, out, err);
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

    /** The shared take pipeline (see {@link TakeServices}) plus this run's output choices. */
    private record Tools(FaceService faces, TakeAnalysis analysis, CharacterRigs rigs, RenderService render,
                         Background background, QualityPreset preset) {}

    // ---------------------------------------------------------------- PROJECT

    private int renderProject(Tools tools, PrintWriter out, PrintWriter err) throws IOException, BadInput {
        LoadedProject lp = services.store().load(project);
        Project p = lp.project();
        if (!lp.missingMediaIds().isEmpty()) {
            throw new BadInput("the project's media is missing or changed: " + String.join("; ", lp.warnings())
                    + " Put the files back, or open the project in the studio and use Relink\u2026 or Use Changed File"
                    + " (right-click the item in the media bin).");
        }
        if (p.takes().isEmpty()) throw new BadInput("the project has no take");
        Take take = takeName == null ? p.takes().getFirst()
                : p.takeByName(takeName).or(() -> p.takeById(takeName)).orElseThrow(() ->
                new BadInput("no take '" + takeName + "' (takes: " + p.takes().stream().map(Take::name).toList() + ")"));
        FrameRate rate = fps == null ? p.frameRate() : FrameRate.parse(fps);
        int[] wh = size == null ? new int[]{p.width(), p.height()} : parseSize(size);
        Target target = target(output, null);
        Edit missing = tools.analysis().completeTake(p, lp.folder(), take.id(), CliProgress.printing(err, "analysing", machine));
        Project analysed = missing.apply(p);
        if (!analysed.equals(p)) err.println("note: analysed what the take was missing (faces, lip sync) for this render; the project file is not changed");
        TakeScene scene = TakeScene.load(analysed, lp.folder(), take.id(), tools.rigs());
        if (scene.characters().isEmpty()) {
            err.println("note: no character on this take has an analysed face; the picture is rendered unchanged");
        }
        Background bg = tools.background() != null ? tools.background() : Background.parse(p.background());
        ExportResult r = tools.render().render(scene, lp.folder(), output(tools, bg, target, wh, rate), CliProgress.printing(err, "rendering", machine));
        report(out, r);
        return OK;
    }

    // ---------------------------------------------------------------- ONE STEP

    private int oneStep(Tools tools, PrintWriter out, PrintWriter err) throws IOException, BadInput {
        Target target = target(output, null);
        Path tmp = Files.createTempDirectory("mouthpiece-render-");
        try {
            Session s = session(tools, tmp, err);
            Project p = s.addLine(audio, readDialog());
            Take take = p.takes().getLast();
            Progress pr = CliProgress.printing(err, "analysing", machine);
            p = tools.analysis().analyseTake(p, tmp, take.id(), pr).apply(p);
            s.project = p;
            int[] wh = size == null ? defaultSize(s.picture) : parseSize(size);
            TakeScene scene = TakeScene.of(p, take.id(), s.picture, tools.rigs());
            ExportResult r = tools.render().render(scene, tmp, output(tools, target, wh, p.frameRate()), CliProgress.printing(err, "rendering", machine));
            report(out, r);
            return OK;
        } finally {
            deleteTree(tmp);
        }
    }

    // ---------------------------------------------------------------- BATCH

    private int batch(Tools tools, PrintWriter out, PrintWriter err) throws IOException, BadInput {
        List<Path> lines = batchInputs();
        if (lines.isEmpty()) throw new BadInput("no audio files to render in " + (audioDir != null ? audioDir : batchList));
        ExportFormat fmt = format == null ? ExportFormat.MP4 : formatByName(format);
        CueFormat cues = cueFormat(trackFormat);
        if (Files.exists(output) && !Files.isDirectory(output)) throw new BadInput("a batch writes into a folder, and " + output + " is a file");
        Files.createDirectories(output);
        Path tmp = Files.createTempDirectory("mouthpiece-batch-");
        List<String> failed = new ArrayList<>();
        try {
            Session s = session(tools, tmp, err);
            int[] wh = size == null ? defaultSize(s.picture) : parseSize(size);
            for (int i = 0; i < lines.size(); i++) {
                Path line = lines.get(i);
                String name = stem(line);
                err.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, lines.size(), line.getFileName());
                try {
                    Project p = s.addLine(line, "");
                    Take take = p.takes().getLast();
                    p = tools.analysis().analyseTake(p, tmp, take.id(), CliProgress.printing(err, "analysing", machine)).apply(p);
                    s.project = p;
                    take = p.take(take.id());
                    TakeScene scene = TakeScene.of(p, take.id(), s.picture, tools.rigs());
                    Target t = new Target(output.resolve(fmt == ExportFormat.PNG_SEQUENCE ? name : name + "." + fmt.extension()), fmt);
                    ExportResult r = tools.render().render(scene, tmp, output(tools, t, wh, p.frameRate()), CliProgress.printing(err, "rendering", machine));
                    VisemeTrack track = take.motionOf(s.actorId).orElseThrow().visemes();
                    Path trackFile = output.resolve(name + "." + cues.extension());
                    writeAtomically(trackFile, track(cues, track, line.getFileName().toString(), p.frameRate(), seed == null ? 1 : seed));
                    out.println(r.main() + "  +  " + trackFile.getFileName());
                } catch (NoFaceException e) {
                    throw e;
                } catch (IOException | IllegalArgumentException e) {
                    failed.add(line + ": " + e.getMessage());
                    err.println("error: " + line.getFileName() + ": " + e.getMessage() + " (skipped)");
                }
            }
        } finally {
            deleteTree(tmp);
        }
        out.printf("%d of %d lines rendered into %s%n", lines.size() - failed.size(), lines.size(), output);
        if (failed.isEmpty()) return OK;
        err.println(failed.size() + " line(s) failed:");
        failed.forEach(f -> err.println("  " + f));
        return BAD_INPUT;
    }

    private List<Path> batchInputs() throws IOException, BadInput {
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

    // ---------------------------------------------------------------- shared

    /** A throwaway project in a temp folder holding the portrait (its face analysed once) and one take per line. */
    private final class Session {
        Project project;
        final Path folder;
        final String actorId;
        final io.mouthpiece.render.SourceImage picture;

        Session(Project project, Path folder, io.mouthpiece.render.SourceImage picture) {
            this.project = project;
            this.folder = folder;
            this.actorId = project.actors().getFirst().id();
            this.picture = picture;
        }

        /** Imports {@code file} and adds a take holding it as one clip; returns the new project. */
        Project addLine(Path file, String transcript) throws IOException {
            if (!Files.isRegularFile(file)) throw new MediaException("cannot read " + file + ": no such file");
            MediaInfo info = services.prober().probe(file);
            if (info.kind() == MediaKind.IMAGE || info.sampleRate() == 0 || info.duration() == null || info.duration().signum() <= 0) {
                throw new MediaException(file.getFileName() + " has no sound");
            }
            MediaRef m = services.creator().importMedia(folder, file, info);
            String takeId = Ids.next("tk");
            Actor a = project.actor(actorId);
            Take t = new Take(takeId, stem(file), info.duration(), a.sourceMediaId());
            project = Edit.compose("Add Line", List.of(
                    io.mouthpiece.core.edit.ProjectEdits.addMedia(m), TakeEdits.add(t),
                    TakeEdits.addClip(takeId, actorId, new AudioClip(Ids.next("clp"), m.id(),
                            new TimeRange(Rational.ZERO, info.duration())).withTranscript(transcript)))).apply(project);
            return project;
        }
    }

    private Session session(Tools tools, Path tmp, PrintWriter err) throws IOException, BadInput {
        FrameRate rate = fps == null ? FrameRate.FPS_25 : FrameRate.parse(fps);
        if (consent == null && !fictional) {
            err.println("note: no consent recorded (use --consent \"who agreed\" for a real person, or --not-a-real-person)");
        }
        ConsentRecord c = consent != null ? new ConsentRecord(true, consent, "", "")
                : fictional ? new ConsentRecord(false, "", "", "") : ConsentRecord.NOT_RECORDED;
        int[] wh = size == null ? new int[]{1280, 720} : parseSize(size);
        Project p = services.creator().create(tmp, new NewProjectSpec(stem(portrait), rate, wh[0], wh[1], portrait, null, "", c));
        if (!c.isRecorded() && consent == null && !fictional) {
            // ProjectCreator stamps every declaration; with none given the record must say "not recorded".
            p = ActorEdits.setConsent(p.actors().getFirst().id(), ConsentRecord.NOT_RECORDED).apply(p);
        }
        Actor a = p.actors().getFirst();
        if (seed != null) p = ActorEdits.setDials(a.id(), io.mouthpiece.core.project.MotionDials.DEFAULT.withSeed(seed)).apply(p);
        MediaRef pic = p.mediaById(a.sourceMediaId()).orElseThrow();
        // the face first, then the picture for the renderer: one large copy of a big portrait in memory at a time
        if (facePoints != null) {
            io.mouthpiece.media.ImageReader.Header h = io.mouthpiece.media.ImageReader.header(tmp.resolve(pic.path()));
            io.mouthpiece.media.PictureLimits.Plan plan = h == null ? null : io.mouthpiece.media.PictureLimits.plan(h.width(), h.height());
            double k = plan == null ? 1 : (double) plan.width() / plan.sourceWidth(); // the points are in the file's pixels
            p = ActorEdits.setRig(a.id(), io.mouthpiece.core.face.RigCorrections.NONE.withManualFit(scaled(sixPoints(facePoints), k)), "Six-Point Fit").apply(p);
        } else {
            p = tools.faces().analyse(p, tmp, a.id(), CliProgress.printing(err, "finding the face", machine)).apply(p);
        }
        io.mouthpiece.media.ImageReader.Picture read = SourcePictures.readPicture(tmp, pic);
        if (read.downscaled()) err.println("note: " + read.notice(portrait.getFileName().toString()));
        io.mouthpiece.render.SourceImage picture = SourcePictures.takeSource(read.image());
        return new Session(p, tmp, picture);
    }

    private record Target(Path file, ExportFormat format) { }

    /** The output path and format from its extension ({@code .png}: a PNG sequence in a folder named without it). */
    private Target target(Path out, ExportFormat forced) throws BadInput {
        String ext = extension(out);
        ExportFormat f = forced != null ? forced : switch (ext) {
            case "mp4", "m4v" -> ExportFormat.MP4;
            case "mov" -> ExportFormat.MOV_PRORES4444;
            case "webm" -> ExportFormat.WEBM_VP9;
            case "png", "" -> ExportFormat.PNG_SEQUENCE;
            default -> throw new BadInput("cannot tell the format of " + out + ": use .mp4, .mov, .webm or .png");
        };
        Path file = out;
        if (f == ExportFormat.PNG_SEQUENCE && ext.equals("png")) file = out.resolveSibling(stem(out));
        return new Target(file, f);
    }

    private RenderService.Output output(Tools tools, Target t, int[] wh, FrameRate rate) {
        return output(tools, tools.background() == null ? Background.KEEP : tools.background(), t, wh, rate);
    }

    private RenderService.Output output(Tools tools, Background bg, Target t, int[] wh, FrameRate rate) {
        return new RenderService.Output(t.file(), t.format(), wh[0], wh[1], rate, bg, tools.preset(), !noBadge);
    }

    static ExportFormat formatByName(String name) throws BadInput {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mp4" -> ExportFormat.MP4;
            case "mov" -> ExportFormat.MOV_PRORES4444;
            case "webm" -> ExportFormat.WEBM_VP9;
            case "png" -> ExportFormat.PNG_SEQUENCE;
            default -> throw new BadInput("--format must be mp4, mov, webm or png, not '" + name + "'");
        };
    }

    static CueFormat cueFormat(String name) throws BadInput {
        try {
            return CueFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("--track-format must be tsv, json, xml, dat, oculus or arkit, not '" + name + "'");
        }
    }

    static String track(CueFormat fmt, VisemeTrack track, String soundName, FrameRate rate, long seed) throws IOException {
        StringBuilder sb = new StringBuilder();
        switch (fmt) {
            case TSV -> RhubarbWriters.tsv(MouthCue.fromTrack(track), sb);
            case JSON -> RhubarbWriters.json(MouthCue.fromTrack(track), soundName, track.duration(), sb);
            case XML -> RhubarbWriters.xml(MouthCue.fromTrack(track), soundName, track.duration(), sb);
            case DAT -> RhubarbWriters.dat(MouthCue.fromTrack(track), rate, false, sb);
            case OCULUS -> OculusWriter.write(new Coarticulation().apply(track, rate).visemeWeights(), rate, sb);
            case ARKIT -> ArkitCsvWriter.write(new Coarticulation().apply(track, rate).curves()
                    .with(AutoMotion.generate(track, rate, AutoMotion.Settings.defaults(seed))), sb);
        }
        return sb.toString();
    }

    private String readDialog() throws IOException, BadInput {
        if (dialog == null) return "";
        if (!Files.isReadable(dialog)) throw new BadInput("dialog file not readable: " + dialog);
        return Files.readString(dialog).strip();
    }

    static io.mouthpiece.core.face.SixPoints sixPoints(String text) throws BadInput {
        String[] parts = text.strip().split("[,\\s]+");
        if (parts.length != 12) throw new BadInput("--face-points needs 12 numbers (six x,y pairs), got " + parts.length);
        double[] v = new double[12];
        try {
            for (int i = 0; i < 12; i++) v[i] = Double.parseDouble(parts[i]);
        } catch (NumberFormatException e) {
            throw new BadInput("--face-points: not a number in '" + text + "'");
        }
        io.mouthpiece.core.face.Point2[] pt = new io.mouthpiece.core.face.Point2[6];
        for (int i = 0; i < 6; i++) pt[i] = new io.mouthpiece.core.face.Point2(v[2 * i], v[2 * i + 1]);
        return new io.mouthpiece.core.face.SixPoints(pt[0], pt[1], pt[2], pt[3], pt[4], pt[5]);
    }

    /** The six points times {@code k} (a picture read downscaled). */
    static io.mouthpiece.core.face.SixPoints scaled(io.mouthpiece.core.face.SixPoints s, double k) {
        if (k == 1) return s;
        io.mouthpiece.core.face.Point2[] pt = s.asList().stream()
                .map(q -> new io.mouthpiece.core.face.Point2(q.x() * k, q.y() * k)).toArray(io.mouthpiece.core.face.Point2[]::new);
        return new io.mouthpiece.core.face.SixPoints(pt[0], pt[1], pt[2], pt[3], pt[4], pt[5]);
    }

    static int[] parseSize(String s) throws BadInput {
        String[] wh = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (wh.length == 2) {
                int w = Integer.parseInt(wh[0].strip()), h = Integer.parseInt(wh[1].strip());
                if (w > 0 && h > 0) return new int[]{w, h};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadInput("--size must look like 1280x720, not '" + s + "'");
    }

    /** The picture's own size, scaled down to a long side of at most 1920, both sides even (4:2:0 video). */
    static int[] defaultSize(io.mouthpiece.render.SourceImage img) {
        double k = Math.min(1, 1920.0 / Math.max(img.width(), img.height()));
        int w = Math.max(2, (int) Math.round(img.width() * k) & ~1), h = Math.max(2, (int) Math.round(img.height() * k) & ~1);
        return new int[]{w, h};
    }


    private static void report(PrintWriter out, ExportResult r) {
        out.printf(Locale.ROOT, "wrote %s (%d frames, %.1f fps render+encode)%n  provenance: %s%n", r.main(), r.frames(), r.fps(), r.provenance());
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless; the OS cleans it
        }
    }
}
