package io.mouthpiece.render.rig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.render.RigGeometry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * MediaPipe's canonical face mesh (Apache-2.0; {@code face_topology.json}, see models/README provenance): the
 * 898 triangles over the 468 landmarks and the canonical vertex positions in cm. Used to place a stand-in face
 * (benchmarks, a portrait where detection failed) and to build rigs from landmarks.
 */
public final class CanonicalFace {
    private static final float CHEEK_TO_CHEEK_CM = 15.328364f;
    private final int[] triangles;
    private final float[] verticesCm;

    private CanonicalFace(int[] triangles, float[] verticesCm) {
        this.triangles = triangles;
        this.verticesCm = verticesCm;
    }

    /** Loads the mesh shipped with the renderer. */
    public static CanonicalFace load() {
        try (InputStream in = CanonicalFace.class.getResourceAsStream("/io/mouthpiece/render/face_topology.json")) {
            if (in == null) throw new IllegalStateException("face_topology.json missing from the class path");
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode t = root.get("triangles");
            int[] tris = new int[t.size() * 3];
            for (int i = 0; i < t.size(); i++) for (int k = 0; k < 3; k++) tris[3 * i + k] = t.get(i).get(k).asInt();
            JsonNode v = root.get("canonical_vertices_cm");
            float[] xyz = new float[v.size() * 3];
            for (int i = 0; i < v.size(); i++) for (int k = 0; k < 3; k++) xyz[3 * i + k] = (float) v.get(i).get(k).asDouble();
            return new CanonicalFace(tris, xyz);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read face_topology.json", e);
        }
    }

    /** The 898 canonical triangles as a flat index array (a copy). */
    public int[] triangles() { return triangles.clone(); }

    /**
     * The canonical face as 468 FaceMesh-style landmarks: nose-bridge centre at (cx, cy) px, cheek-to-cheek width
     * {@code faceWidth} px, y down, z in px negative towards the camera.
     */
    public float[] landmarks(float cx, float cy, float faceWidth) {
        float s = faceWidth / CHEEK_TO_CHEEK_CM;
        float[] out = new float[verticesCm.length];
        for (int i = 0; i < verticesCm.length; i += 3) {
            out[i] = cx + verticesCm[i] * s;
            out[i + 1] = cy - verticesCm[i + 1] * s;
            out[i + 2] = -verticesCm[i + 2] * s;
        }
        return out;
    }

    /** A rig for the canonical face placed as in {@link #landmarks}. */
    public RigGeometry rig(float cx, float cy, float faceWidth) {
        return RigGeometry.fromLandmarks(landmarks(cx, cy, faceWidth), triangles);
    }
}
