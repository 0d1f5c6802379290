package io.mouthpiece.face;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelPaths;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.media.ImageReader;

import java.awt.Graphics2D;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Face analysis speed, one inference thread (intra-op 1). Not a unit test (Surefire skips *Benchmark*). Run:
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * taskset -c 0 $JAVA_HOME/bin/java -Dai.djl.offline=true --enable-native-access=ALL-UNNAMED \
 *   -cp target/test-classes:target/classes:$(cat target/cp.txt) io.mouthpiece.face.FaceBenchmark
 * </pre>
 * Reports per-stage times on the astronaut portrait and tracking fps on a generated 1280×720 clip (frames decoded
 * before timing, so decode is excluded).
 */
public final class FaceBenchmark {
    public static void main(String[] args) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        BufferedImage photo = ImageReader.read(Path.of("src/test/resources/face/astronaut.jpg"));
        RgbImage img = RgbImage.of(photo);
        try (ModelRegistry reg = new ModelRegistry(List.of(ModelPaths.modelsDir()), InferenceOptions.CPU)) {
            FaceTopology topo = FaceTopology.load(ModelPaths.modelsDir());
            FaceAnalyzer.Options noIris = new FaceAnalyzer.Options(DetectorKind.SHORT, 1, false, 2048, 0.5);
            try (FaceAnalyzer a = new FaceAnalyzer(reg, topo, noIris);
                 FaceAnalyzer full = new FaceAnalyzer(reg, topo, FaceAnalyzer.Options.DEFAULT)) {
                Detection d = a.detect(img).getFirst();
                RotatedRect roi = d.meshRoi();
                report("crop only: letterbox 128 + face ROI 192", 300, () -> { new FaceDetector(FaceDetector.Spec.shortRange(), null).preprocess(img); FaceMesh.preprocess(img, roi); });
                report("detect (short range, 128)", 300, () -> a.detect(img));
                report("mesh, one pass (192)", 300, () -> a.landmarksFrom(img, roi, 1));
                report("detect + mesh one pass", 300, () -> a.landmarksFrom(img, a.detect(img).getFirst().meshRoi(), 1));
                report("detect + mesh two passes", 300, () -> a.landmarksFrom(img, a.detect(img).getFirst().meshRoi(), 2));
                report("full image analysis (AUTO detector, 2 mesh passes, iris x2, pose)", 200, () -> full.analyze(img));
                FaceAnalyzer.Options fullRange = new FaceAnalyzer.Options(DetectorKind.FULL, 1, false, 2048, 0.5);
                try (FaceAnalyzer fr = new FaceAnalyzer(reg, topo, fullRange)) {
                    report("detect (full range, 192)", 200, () -> fr.detect(img));
                }
            }
            List<RgbImage> frames = clip720(photo, 240);
            for (boolean iris : new boolean[] {false, true}) {
                FaceAnalyzer.Options o = new FaceAnalyzer.Options(DetectorKind.AUTO, 1, iris, 2048, 0.5);
                try (FaceAnalyzer a = new FaceAnalyzer(reg, topo, o)) {
                    for (int warm = 0; warm < 2; warm++) {
                        FaceTracker t = new FaceTracker(a, FaceTracker.Options.DEFAULT, null);
                        long t0 = System.nanoTime(), c0 = THREADS.getCurrentThreadCpuTime();
                        int lost = 0, detector = 0;
                        for (int i = 0; i < frames.size(); i++) {
                            TrackedFrame f = t.next(i, Rational.of(i, 30), frames.get(i));
                            if (f.lost()) lost++;
                            if (f.detectorRun()) detector++;
                        }
                        double s = (System.nanoTime() - t0) / 1e9, c = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
                        if (warm == 1)
                            System.out.printf("tracking 1280x720, %d frames, iris %s: wall %.1f fps, cpu %.1f fps (%.2f ms/frame), detector on %d frames, lost %d%n",
                                    frames.size(), iris ? "on" : "off", frames.size() / s, frames.size() / c, c * 1000 / frames.size(), detector, lost);
                    }
                }
            }
        }
    }

    /** A 720p pan/zoom over the portrait: the face about 190 px wide, moving up to 6 px per frame. */
    static List<RgbImage> clip720(BufferedImage photo, int n) {
        List<RgbImage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage f = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = f.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double t = (double) i / n, scale = 2.2 + 0.3 * Math.sin(2 * Math.PI * t);
            g.translate(640 - 224 * scale + 250 * Math.sin(2 * Math.PI * t), 360 - 160 * scale);
            g.scale(scale, scale);
            g.drawImage(photo, 0, 0, null);
            g.dispose();
            out.add(RgbImage.of(f));
        }
        return out;
    }

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Wall time and this thread's CPU time. With intra-op threads = 1 ONNX Runtime computes on the calling thread, so
     * CPU time is the work itself even when other processes share the core (wall time then includes waiting).
     */
    private static void report(String what, int n, Runnable r) {
        for (int i = 0; i < 30; i++) r.run();
        double[] ms = new double[n], cpu = new double[n];
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("%-66s wall median %6.2f ms (p10 %.2f)  cpu median %6.2f ms (p10 %.2f)%n", what, ms[n / 2], ms[n / 10], cpu[n / 2], cpu[n / 10]);
    }
}
