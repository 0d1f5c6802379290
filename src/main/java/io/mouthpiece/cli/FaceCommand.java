package io.mouthpiece.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.app.AppServices;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mouthpiece.core.face.EyeIris;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.ImageFaces;
import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.face.DetectorKind;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceOverlay;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.core.persist.AnalysisCache;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.face.FrameCache;
import io.mouthpiece.service.VideoFaceCache;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.face.VideoTracking;
import io.mouthpiece.inference.ModelException;
import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.media.ImageReader;
import io.mouthpiece.media.VideoFrameReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "face", mixinStandardHelpOptions = true,
        description = "Find faces: 468 landmarks, iris and head pose per face (per frame for a video).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:faces found", "2:unreadable input or bad arguments", "3:no face found"})
public final class FaceCommand implements Callable<Integer> {
    static final int NO_FACE = 3, BAD_INPUT = 2;
    private static final Set<String> VIDEO = Set.of("mp4", "mov", "mkv", "webm", "avi", "m4v", "mpg", "mpeg", "wmv", "flv");

    private final AppServices services;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE_OR_VIDEO") Path input;

    @Option(names = "--json", required = true, paramLabel = "OUT.json", description = "Where to write the result.")
    Path json;

    @Option(names = "--overlay", paramLabel = "OUT.png", description = "Draw mesh, lips, eyes and irises on the image (first tracked frame of a video).")
    Path overlay;

    @Option(names = "--face", paramLabel = "N", description = "Keep only face N (0 = best score) in an image; the face to follow in a video.")
    Integer face;

    @Option(names = "--detector", paramLabel = "auto|short|full", description = "short: portraits; full: small faces (wide shots, film); auto (default): short, then full when faces are missing or small.")
    String detector = "auto";

    public FaceCommand(AppServices services) { this.services = services; }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DetectorKind kind;
        try {
            kind = DetectorKind.valueOf(detector.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("--detector must be auto, short or full");
            return BAD_INPUT;
        }
        if (face != null && face < 0) {
            err.println("--face must be 0 or more");
            return BAD_INPUT;
        }
        if (!Files.isRegularFile(input)) {
            err.println("Cannot read " + input + ": no such file");
            return BAD_INPUT;
        }
        FaceAnalyzer.Options opts = new FaceAnalyzer.Options(kind, 8, true, 2048, FaceAnalyzer.Options.DEFAULT.minScore());
        Path models = services.install().models();
        try (ModelRegistry registry = new ModelRegistry(List.of(models), InferenceOptions.fromSystemProperties())) {
            FaceTopology topology = FaceTopology.load(models);
            try (FaceAnalyzer analyzer = new FaceAnalyzer(registry, topology, opts)) {
                return isVideo(input) ? video(analyzer, topology, out, err) : image(analyzer, topology, out, err);
            }
        } catch (ModelException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int image(FaceAnalyzer analyzer, FaceTopology topology, PrintWriter out, PrintWriter err) {
        BufferedImage img;
        ImageReader.Picture read;
        try {
            read = ImageReader.decode(input);
            img = read.image();
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (read.downscaled()) {
            err.println("note: " + read.notice(String.valueOf(input.getFileName()))
                    + " Points are given in the picture as read (sourceWidth/sourceHeight in the JSON are the file's size).");
        }
        ImageFaces faces = analyzer.analyze(RgbImage.of(img));
        List<FaceAnalysis> list = faces.faces();
        if (list.isEmpty()) return noFace(err, "No face found in " + input + ".");
        if (face != null) {
            if (face >= list.size()) return noFace(err, "Only " + list.size() + " face(s) found in " + input + "; --face " + face + " does not exist.");
            list = List.of(list.get(face));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("width", faces.width());
        root.put("height", faces.height());
        if (read.downscaled()) {
            root.put("sourceWidth", read.sourceWidth());
            root.put("sourceHeight", read.sourceHeight());
        }
        root.put("faces", list.stream().map(FaceCommand::faceJson).toList());
        try {
            writeJson(root);
            if (overlay != null) writePng(new FaceOverlay(topology).draw(img, list));
        } catch (IOException e) {
            err.println("Cannot write output: " + e.getMessage());
            return BAD_INPUT;
        }
        out.printf("%d face(s) in %s (%dx%d) -> %s%n", list.size(), input, faces.width(), faces.height(), json);
        return 0;
    }

    private int video(FaceAnalyzer analyzer, FaceTopology topology, PrintWriter out, PrintWriter err) {
        int w, h;
        String fps;
        try (VideoFrameReader r = VideoFrameReader.open(input)) {
            w = r.width();
            h = r.height();
            fps = r.exactFrameRate() == null ? String.valueOf(r.frameRate()) : r.exactFrameRate().toString();
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getMessage());
            return BAD_INPUT;
        }
        FaceTracker.Options topts = new FaceTracker.Options(face == null ? 0 : face, FaceTracker.Options.DEFAULT.smoothing(), FaceTracker.Options.DEFAULT.cutThreshold());
        List<TrackedFrame> frames;
        try {
            // per-frame results survive between runs in the user's cache folder, keyed by the file and settings
            VideoFaceCache store = new VideoFaceCache(new AnalysisCache(services.dirs().cache().resolve("analysis")));
            String key = VideoFaceCache.key(Hashing.sha256(input), topts.toString());
            FrameCache cache = store.load(key);
            frames = VideoTracking.track(input, analyzer, topts, cache, Progress.NONE);
            store.save(key, cache);
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (frames.isEmpty()) {
            err.println("Cannot read " + input + ": no video frames");
            return BAD_INPUT;
        }
        List<Long> lost = VideoTracking.lostFrames(frames);
        if (lost.size() == frames.size()) return noFace(err, "No face found in any of the " + frames.size() + " frames of " + input + ".");
        List<Map<String, Object>> fl = new ArrayList<>();
        for (TrackedFrame f : frames) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", f.index());
            m.put("time", f.time().toString());
            m.put("seconds", round(f.time().toDouble(), 6));
            m.put("faces", f.lost() ? List.of() : List.of(faceJson(f.face())));
            fl.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("width", w);
        root.put("height", h);
        root.put("frameRate", fps);
        root.put("frames", fl);
        root.put("lostFrames", lost);
        try {
            writeJson(root);
            if (overlay != null) {
                TrackedFrame first = frames.stream().filter(f -> !f.lost()).findFirst().orElseThrow();
                writePng(new FaceOverlay(topology).draw(frameImage(first.index()), List.of(first.face())));
            }
        } catch (IOException e) {
            err.println("Cannot write output: " + e.getMessage());
            return BAD_INPUT;
        }
        out.printf("%d frames tracked in %s, face lost on %d%s -> %s%n", frames.size(), input, lost.size(),
                lost.isEmpty() ? "" : " (frames " + summarize(lost) + ")", json);
        return 0;
    }

    private BufferedImage frameImage(long index) throws IOException {
        try (VideoFrameReader r = VideoFrameReader.open(input)) {
            VideoFrameReader.VideoFrame f;
            while ((f = r.next()) != null) if (f.index() == index) return f.image();
        }
        throw new IOException("frame " + index + " not found");
    }

    private static int noFace(PrintWriter err, String what) {
        err.println(what + " If this is a drawn or stylised face, place the six points (eye centres, nose tip, mouth "
                + "corners, chin) in the studio for a manual fit.");
        return NO_FACE;
    }

    static Map<String, Object> faceJson(FaceAnalysis f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", round(f.score(), 4));
        m.put("box", List.of(round(f.box().x0(), 2), round(f.box().y0(), 2), round(f.box().x1(), 2), round(f.box().y1(), 2)));
        FaceLandmarks lm = f.landmarks();
        List<List<Double>> pts = new ArrayList<>(FaceLandmarks.COUNT);
        for (int i = 0; i < FaceLandmarks.COUNT; i++) pts.add(List.of(round(lm.x(i), 2), round(lm.y(i), 2), round(lm.z(i), 2)));
        m.put("landmarks", pts);
        if (f.iris() != null) m.put("iris", Map.of("right", irisJson(f.iris().right()), "left", irisJson(f.iris().left())));
        m.put("pose", Map.of("yaw", round(f.pose().yaw(), 2), "pitch", round(f.pose().pitch(), 2), "roll", round(f.pose().roll(), 2)));
        return m;
    }

    private static Map<String, Object> irisJson(EyeIris e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("center", List.of(round(e.cx(), 2), round(e.cy(), 2)));
        m.put("radius", round(e.radius(), 2));
        m.put("openness", round(e.openness(), 3));
        return m;
    }

    private static double round(double v, int digits) {
        double k = Math.pow(10, digits);
        return Math.round(v * k) / k;
    }

    private void writeJson(Object root) throws IOException {
        Path tmp = tempFor(json);
        new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), root);
        Files.move(tmp, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writePng(BufferedImage img) throws IOException {
        Path tmp = tempFor(overlay);
        if (!ImageIO.write(img, "png", tmp.toFile())) throw new IOException("no PNG writer");
        Files.move(tmp, overlay, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path tempFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, ".tmp-", "-" + target.getFileName());
    }

    private static boolean isVideo(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && VIDEO.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String summarize(List<Long> frames) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < frames.size(); ) {
            int j = i;
            while (j + 1 < frames.size() && frames.get(j + 1) == frames.get(j) + 1) j++;
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(frames.get(i));
            if (j > i) sb.append('-').append(frames.get(j));
            i = j + 1;
        }
        return sb.toString();
    }
}
