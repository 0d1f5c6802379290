package io.mouthpiece.render.rig;

import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.inference.ModelPaths;

import io.mouthpiece.render.RigGeometry;

/**
 * MediaPipe's canonical face mesh (Apache-2.0; read through {@link FaceTopology} from models/face): the
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

    /** The canonical face of the shipped face topology (models/face/face_topology.json). */
    public static CanonicalFace load() {
        return of(FaceTopology.load(ModelPaths.modelsDir()));
    }

    public static CanonicalFace of(FaceTopology topology) {
        return new CanonicalFace(topology.triangles(), topology.canonical());
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
