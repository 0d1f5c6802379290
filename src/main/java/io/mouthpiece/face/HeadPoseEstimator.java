package io.mouthpiece.face;

import io.mouthpiece.core.face.HeadPose;

/**
 * Head pose from the landmarks: a weighted similarity fit (Horn's quaternion method) of the canonical 3D face onto
 * the landmarks, using MediaPipe's Procrustes landmark weights. The landmarks' z is on the x/y pixel scale, so the
 * fit is a plain 3D one (weak perspective), which is what FaceMesh's output supports.
 */
public final class HeadPoseEstimator {
    private final FaceTopology topology;

    public HeadPoseEstimator(FaceTopology topology) { this.topology = topology; }

    /** Rotation (row-major 3×3) taking the canonical face (y up, z to the viewer) to the observed one. */
    public double[] rotation(float[] xyz) {
        int[] idx = topology.poseIndices();
        double[] w = topology.poseWeights();
        int n = idx.length;
        double[][] src = new double[n][], dst = new double[n][];
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            src[k] = new double[] {topology.cx(i), topology.cy(i), topology.cz(i)};
            // Image frame (y down, z away from viewer) to the canonical frame's handedness (y up, z to viewer).
            dst[k] = new double[] {xyz[3 * i], -xyz[3 * i + 1], -xyz[3 * i + 2]};
        }
        return Procrustes.rotation(src, dst, w);
    }

    public HeadPose estimate(float[] xyz) { return fromRotation(rotation(xyz)); }

    /** Yaw/pitch/roll from where the rotation sends the canonical forward (z) and right (x) axes. */
    static HeadPose fromRotation(double[] r) {
        double fx = r[2], fy = r[5], fz = r[8];                    // R · (0,0,1)
        double yaw = Math.toDegrees(Math.atan2(fx, fz));
        double pitch = Math.toDegrees(Math.atan2(fy, Math.hypot(fx, fz)));
        // Roll: the head's x axis after undoing yaw and pitch, measured in the image plane.
        double[] ry = rotY(-Math.toRadians(yaw)), rx = rotX(Math.toRadians(pitch));
        double[] m = mul(rx, mul(ry, r));
        double roll = Math.toDegrees(Math.atan2(m[3], m[0]));
        return new HeadPose(yaw, pitch, roll);
    }

    static double[] rotY(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
    }

    static double[] rotX(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {1, 0, 0, 0, c, -s, 0, s, c};
    }

    static double[] rotZ(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
    }

    static double[] mul(double[] a, double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 3; k++) r[3 * i + j] += a[3 * i + k] * b[3 * k + j];
        return r;
    }
}
