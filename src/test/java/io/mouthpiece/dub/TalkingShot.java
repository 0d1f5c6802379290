package io.mouthpiece.dub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.FaceTracker;
import io.mouthpiece.face.FrameCache;
import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelPaths;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoEncoder;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.GlRigRenderer;
import io.mouthpiece.render.RenderScene;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.SourceImage;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.rig.CanonicalFace;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shot made by the rig: the astronaut portrait (NASA, public domain) speaking with head motion, every frame's
 * channels known, encoded with the export's encoder (MPEG-4 in MOV, 25 fps, start timecode 10:00:00:00) and tracked
 * with the shipped FaceMesh models through {@link ShotAnalysis}. Built once per test JVM.
 */
final class TalkingShot {
    static final int FRAMES = 60, SIZE = 320;
    static final String TIMECODE = "10:00:00:00";
    private static TalkingShot shot;

    final Path file;
    final List<ChannelValues> channels;
    final List<TrackedFrame> tracked;
    final List<int[]> rendered;
    final ShotAnalysis analysis;

    private TalkingShot(Path file, List<ChannelValues> channels, List<int[]> rendered, ShotAnalysis analysis) {
        this.file = file;
        this.channels = channels;
        this.rendered = rendered;
        this.analysis = analysis;
        this.tracked = analysis.tracked();
    }

    static synchronized TalkingShot get() throws Exception {
        if (shot == null) shot = make(Files.createTempDirectory("mp-dub-shot"));
        return shot;
    }

    /** The channels of frame i: a syllable rhythm with closures, a rounded stretch, and head motion. */
    static ChannelValues channelsAt(int i) {
        double syllable = Math.max(0, Math.sin(2 * Math.PI * i / 7.0));
        double phrase = i % 20 < 16 ? 1 : 0;             // a pause every 20 frames
        double jaw = Math.pow(syllable, 1.3) * phrase * (0.55 + 0.45 * Math.sin(2 * Math.PI * i / 23.0 + 1));
        double pucker = i >= 30 && i < 40 ? 0.8 : 0;
        return ChannelValues.rest().with(Channel.JAW_OPEN, Math.max(0, jaw))
                .with(Channel.MOUTH_PUCKER, pucker)
                .with(Channel.HEAD_YAW, 6 * Math.sin(2 * Math.PI * i / 40.0))
                .with(Channel.HEAD_PITCH, 3 * Math.sin(2 * Math.PI * i / 31.0))
                .with(Channel.HEAD_ROLL, 2 * Math.sin(2 * Math.PI * i / 50.0));
    }

    static SourceImage astronaut() throws Exception {
        try (InputStream in = TalkingShot.class.getResourceAsStream("/render/astronaut-face.png")) {
            BufferedImage img = ImageIO.read(in);
            return new SourceImage(img.getWidth(), img.getHeight(), img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
        }
    }

    static RigGeometry astronautRig() throws Exception {
        try (InputStream in = TalkingShot.class.getResourceAsStream("/render/astronaut-landmarks.json")) {
            JsonNode lm = new ObjectMapper().readTree(in).get("landmarks");
            float[] xyz = new float[lm.size() * 3];
            for (int i = 0; i < lm.size(); i++) for (int k = 0; k < 3; k++) xyz[3 * i + k] = (float) lm.get(i).get(k).asDouble();
            return RigGeometry.fromLandmarks(xyz, CanonicalFace.load().triangles());
        }
    }

    static FaceAnalyzer analyzer() {
        ModelRegistry registry = new ModelRegistry(List.of(ModelPaths.modelsDir()), InferenceOptions.CPU);
        return new FaceAnalyzer(registry, FaceTopology.load(ModelPaths.modelsDir()), FaceAnalyzer.Options.DEFAULT);
    }

    private static TalkingShot make(Path dir) throws Exception {
        SourceImage image = astronaut();
        RenderScene scene = new RenderScene(image, List.of(astronautRig()));
        Path file = dir.resolve("talking.mov");
        List<ChannelValues> channels = new ArrayList<>();
        List<int[]> rendered = new ArrayList<>();
        EncodeSpec spec = new EncodeSpec("mov", "mpeg4", "yuv420p", SIZE, SIZE, 25, 1, 8_000_000, 12,
                Map.of(), null, 48_000, 0, 0, Map.of(), Map.of("timecode", TIMECODE), null);
        ByteBuffer buf = ByteBuffer.allocateDirect(SIZE * SIZE * 4).order(ByteOrder.nativeOrder());
        try (GlThread gl = GlThread.start("dub-shot"); GlRigRenderer renderer = new GlRigRenderer(gl);
             VideoEncoder enc = VideoEncoder.open(file, spec)) {
            for (int i = 0; i < FRAMES; i++) {
                ChannelValues c = channelsAt(i);
                int[] px = renderer.renderArgb(scene, List.of(c), SIZE, SIZE);
                channels.add(c);
                rendered.add(px);
                buf.asIntBuffer().put(px);
                enc.writeFrame(buf);
            }
            enc.finish();
        }
        ShotAnalysis analysis;
        try (FaceAnalyzer a = analyzer()) {
            analysis = ShotAnalysis.of(file, a, FaceTracker.Options.DEFAULT, new FrameCache(),
                    io.mouthpiece.core.media.ShotInfo.VariableRatePolicy.REFUSE, Progress.NONE);
        }
        return new TalkingShot(file, channels, rendered, analysis);
    }

    /** Writes a PNG under target/dub-check for a person to look at (not asserted on). */
    static void save(int[] rgb, int w, int h, String name) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, rgb, 0, w);
        Path out = Path.of("target/dub-check");
        Files.createDirectories(out);
        ImageIO.write(img, "png", out.resolve(name).toFile());
    }
}
