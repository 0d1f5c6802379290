package io.mouthpiece.face;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The canonical face mesh from {@code models/face/face_topology.json}: 898 triangles over the 468 landmarks,
 * canonical vertices (cm, y up, z towards the viewer), UVs and the Procrustes weights MediaPipe uses for pose.
 */
public final class FaceTopology {
    private final int[] triangles;
    private final float[] canonical;
    private final float[] uv;
    private final int[] poseIndices;
    private final double[] poseWeights;

    private FaceTopology(int[] triangles, float[] canonical, float[] uv, int[] poseIndices, double[] poseWeights) {
        this.triangles = triangles;
        this.canonical = canonical;
        this.uv = uv;
        this.poseIndices = poseIndices;
        this.poseWeights = poseWeights;
    }

    /** From {@code <modelsDir>/face/face_topology.json}. */
    public static FaceTopology load(Path modelsDir) {
        Path f = modelsDir.resolve("face").resolve("face_topology.json");
        if (!Files.isRegularFile(f)) throw new IllegalStateException("Face topology missing: " + f);
        try {
            JsonNode root = new ObjectMapper().readTree(f.toFile());
            JsonNode tris = root.get("triangles");
            int[] t = new int[tris.size() * 3];
            for (int i = 0; i < tris.size(); i++) for (int k = 0; k < 3; k++) t[3 * i + k] = tris.get(i).get(k).asInt();
            float[] c = flat(root.get("canonical_vertices_cm"), 3);
            float[] uv = flat(root.get("canonical_uv"), 2);
            JsonNode basis = root.get("procrustes_landmark_basis");
            int[] pi = new int[basis.size()];
            double[] pw = new double[basis.size()];
            for (int i = 0; i < basis.size(); i++) {
                pi[i] = basis.get(i).get(0).asInt();
                pw[i] = basis.get(i).get(1).asDouble();
            }
            if (c.length != 468 * 3 || t.length != 898 * 3) throw new IOException("unexpected sizes");
            return new FaceTopology(t, c, uv, pi, pw);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Face topology unreadable: " + f + ": " + e.getMessage(), e);
        }
    }

    private static float[] flat(JsonNode rows, int dim) {
        float[] r = new float[rows.size() * dim];
        for (int i = 0; i < rows.size(); i++) for (int k = 0; k < dim; k++) r[dim * i + k] = (float) rows.get(i).get(k).asDouble();
        return r;
    }

    /** 898 × 3 vertex indices (copy). */
    public int[] triangles() { return triangles.clone(); }

    /** 468 × (x, y, z) canonical vertices in cm (copy). */
    public float[] canonical() { return canonical.clone(); }

    public float cx(int i) { return canonical[3 * i]; }

    public float cy(int i) { return canonical[3 * i + 1]; }

    public float cz(int i) { return canonical[3 * i + 2]; }

    public float[] uv() { return uv.clone(); }

    public int[] poseIndices() { return poseIndices.clone(); }

    public double[] poseWeights() { return poseWeights.clone(); }
}
