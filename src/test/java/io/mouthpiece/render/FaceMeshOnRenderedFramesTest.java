package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.gl.GlThread;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Re-runs FaceMesh (the shipped ONNX model, straight through ONNX Runtime, on the crop that produced the fixture's
 * landmarks) on rendered frames: the mouth opening it measures must grow with jawOpen, and its eye opening must
 * drop at eyeBlink 1 (rig-notes: FaceMesh sees only a relative drop, 13–41 %). Runs when models/face/facemesh.onnx
 * exists (the face package ships it) or -Dmp.facemesh points at the model.
 */
class FaceMeshOnRenderedFramesTest {

    static Path model() {
        String prop = System.getProperty("mp.facemesh");
        Path p = prop != null ? Path.of(prop) : Path.of("models", "face", "facemesh.onnx");
        Assumptions.assumeTrue(Files.isRegularFile(p), "FaceMesh model not present at " + p.toAbsolutePath());
        return p;
    }

    @Test
    void faceMeshSeesTheMouthOpenAndTheEyesClose() throws Exception {
        Path model = model();
        SourceImage image = TestPortraits.astronaut();
        RenderScene scene = new RenderScene(image, List.of(TestPortraits.astronautRig()));
        double[] roi = roi();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(1);
            try (OrtSession mesh = env.createSession(model.toString(), opts);
                 GlThread gl = GlThread.start("gl-facemesh-test");
                 GlRigRenderer renderer = new GlRigRenderer(gl)) {
                float[] rest = landmarks(env, mesh, image.argb(), image.width(), image.height(), roi);
                // Sanity: the Java crop + ORT reproduce the TFJS landmarks of the fixture.
                float[] fixture = TestPortraits.astronautLandmarks();
                assertEquals(fixture[3 * 13 + 1], cropToImage(rest, 13, roi)[1], 0.5, "landmark 13 y");

                double[] mouth = new double[5];
                for (int k = 0; k < 5; k++) {
                    int[] px = renderer.renderArgb(scene, List.of(ChannelValues.rest().with(Channel.JAW_OPEN, k / 4.0)), image.width(), image.height());
                    float[] lm = landmarks(env, mesh, px, image.width(), image.height(), roi);
                    mouth[k] = dist(lm, 13, 14) / dist(lm, 234, 454);
                }
                // FaceMesh is a noisy probe (a 0.75 step may dip by a hair), so: never a real step back, and
                // clear growth from closed to half to fully open.
                String seen = "FaceMesh mouth opening / W at jawOpen 0..1: " + Arrays.toString(mouth);
                for (int k = 1; k < 5; k++) assertTrue(mouth[k] > mouth[k - 1] - 0.005, seen);
                assertTrue(mouth[2] > mouth[0] + 0.01 && mouth[4] > mouth[2] + 0.01, seen);
                assertTrue(mouth[4] > mouth[0] + 0.03, seen);

                int[] blink = renderer.renderArgb(scene, List.of(ChannelValues.rest().with(Channel.EYE_BLINK_LEFT, 1)
                        .with(Channel.EYE_BLINK_RIGHT, 1)), image.width(), image.height());
                float[] closed = landmarks(env, mesh, blink, image.width(), image.height(), roi);
                double open = eyes(rest), shut = eyes(closed);
                System.out.printf("FaceMesh on rendered frames: mouth/W %s; eye opening/W %.4f -> %.4f at blink 1%n",
                        Arrays.toString(Arrays.stream(mouth).map(v -> Math.round(v * 1000) / 1000.0).toArray()), open, shut);
                assertTrue(shut < 0.87 * open, "eye opening should drop by > 13 %: " + open + " -> " + shut);
            }
        }
    }

    static double eyes(float[] lm) {
        return (dist(lm, 159, 145) + dist(lm, 386, 374)) / 2 / dist(lm, 234, 454);
    }

    static double dist(float[] lm, int a, int b) {
        return Math.hypot(lm[3 * a] - lm[3 * b], lm[3 * a + 1] - lm[3 * b + 1]);
    }

    static double[] roi() throws Exception {
        try (InputStream in = FaceMeshOnRenderedFramesTest.class.getResourceAsStream("/render/astronaut-landmarks.json")) {
            JsonNode r = new ObjectMapper().readTree(in).get("facemesh_roi");
            return new double[]{r.get("cx").asDouble(), r.get("cy").asDouble(), r.get("size").asDouble(), r.get("rotation").asDouble()};
        }
    }

    /** FaceMesh landmarks in 192-px crop units for the fixed crop {@code roi}. */
    static float[] landmarks(OrtEnvironment env, OrtSession session, int[] argb, int w, int h, double[] roi) throws Exception {
        FloatBuffer in = FloatBuffer.allocate(192 * 192 * 3);
        double cos = Math.cos(roi[3]), sin = Math.sin(roi[3]);
        for (int yo = 0; yo < 192; yo++) {
            for (int xo = 0; xo < 192; xo++) {
                double u = xo / 192.0 - 0.5, v = yo / 192.0 - 0.5;
                double x = roi[0] + u * roi[2] * cos - v * roi[2] * sin;
                double y = roi[1] + u * roi[2] * sin + v * roi[2] * cos;
                x = Math.max(0, Math.min(w - 1, x));
                y = Math.max(0, Math.min(h - 1, y));
                int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
                int x1 = Math.min(x0 + 1, w - 1), y1 = Math.min(y0 + 1, h - 1);
                double fx = x - x0, fy = y - y0;
                for (int c = 2; c >= 0; c--) {
                    int s = 8 * c;
                    double val = ((argb[y0 * w + x0] >> s) & 255) * (1 - fx) * (1 - fy) + ((argb[y0 * w + x1] >> s) & 255) * fx * (1 - fy)
                            + ((argb[y1 * w + x0] >> s) & 255) * (1 - fx) * fy + ((argb[y1 * w + x1] >> s) & 255) * fx * fy;
                    in.put((float) (val / 255.0));
                }
            }
        }
        in.rewind();
        try (OnnxTensor t = OnnxTensor.createTensor(env, in, new long[]{1, 192, 192, 3});
             OrtSession.Result r = session.run(Map.of("input_1", t))) {
            return ((float[][]) r.get("output_mesh").orElseThrow().getValue())[0];
        }
    }

    /** A crop-space landmark mapped back to image pixels. */
    static double[] cropToImage(float[] lm, int i, double[] roi) {
        double u = (lm[3 * i] / 192.0 - 0.5) * roi[2], v = (lm[3 * i + 1] / 192.0 - 0.5) * roi[2];
        double cos = Math.cos(roi[3]), sin = Math.sin(roi[3]);
        return new double[]{roi[0] + u * cos - v * sin, roi[1] + u * sin + v * cos};
    }
}
