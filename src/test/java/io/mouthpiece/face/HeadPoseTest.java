package io.mouthpiece.face;

import io.mouthpiece.core.face.HeadPose;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HeadPoseTest {
    final FaceTopology topo = Fixtures.topology();
    final HeadPoseEstimator est = new HeadPoseEstimator(topo);

    /** The canonical face turned by R = Ry(yaw)·Rx(-pitch)·Rz(roll), scaled and placed in an image (y down). */
    float[] posed(double yaw, double pitch, double roll) {
        double[] r = HeadPoseEstimator.mul(HeadPoseEstimator.rotY(Math.toRadians(yaw)),
                HeadPoseEstimator.mul(HeadPoseEstimator.rotX(Math.toRadians(-pitch)), HeadPoseEstimator.rotZ(Math.toRadians(roll))));
        float[] xyz = new float[468 * 3];
        for (int i = 0; i < 468; i++) {
            double x = topo.cx(i), y = topo.cy(i), z = topo.cz(i);
            double px = r[0] * x + r[1] * y + r[2] * z, py = r[3] * x + r[4] * y + r[5] * z, pz = r[6] * x + r[7] * y + r[8] * z;
            xyz[3 * i] = (float) (300 + 12 * px);
            xyz[3 * i + 1] = (float) (200 - 12 * py);
            xyz[3 * i + 2] = (float) (-12 * pz);
        }
        return xyz;
    }

    @Test
    void recoversKnownRotations() {
        double[][] cases = {{0, 0, 0}, {25, 0, 0}, {-30, 0, 0}, {0, 15, 0}, {0, -20, 0}, {0, 0, 12}, {20, -10, 8}};
        for (double[] c : cases) {
            HeadPose p = est.estimate(posed(c[0], c[1], c[2]));
            assertEquals(c[0], p.yaw(), 0.5, "yaw " + java.util.Arrays.toString(c) + " -> " + p);
            assertEquals(c[1], p.pitch(), 0.5, "pitch " + java.util.Arrays.toString(c) + " -> " + p);
            assertEquals(c[2], p.roll(), 0.5, "roll " + java.util.Arrays.toString(c) + " -> " + p);
        }
    }

    @Test
    void signConventionsInTheImage() {
        // yaw > 0: the nose tip moves towards the image's right.
        float[] turned = posed(20, 0, 0);
        assertTrue(turned[3] > 300 + 0.5, "nose x " + turned[3]);
        // roll > 0: counter-clockwise as seen, so the subject's left eye (image right) goes up.
        float[] rolled = posed(0, 0, 10);
        assertTrue(rolled[3 * 263 + 1] < rolled[3 * 33 + 1]);
        // The astronaut's head tilts clockwise in the photo (left eye lower): negative roll.
        assertTrue(AnalyzedFaces.of("astronaut.jpg").faces().getFirst().pose().roll() < 0);
    }
}
