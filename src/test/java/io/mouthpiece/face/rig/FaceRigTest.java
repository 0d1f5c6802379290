package io.mouthpiece.face.rig;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.Point2;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.core.face.SixPoints;
import io.mouthpiece.face.AnalyzedFaces;
import io.mouthpiece.face.FaceIndices;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class FaceRigTest {
    final RigBuilder builder = new RigBuilder(AnalyzedFaces.topology());
    final SixPointFit fit = new SixPointFit(AnalyzedFaces.topology());

    FaceAnalysis astronaut() { return AnalyzedFaces.of("astronaut.jpg").faces().getFirst(); }

    @Test
    void meshHolesRingsAndFades() {
        FaceRig rig = builder.build(astronaut().landmarks(), AnalyzedFaces.image("astronaut.jpg"));
        assertEquals(468 + 3 * 36, rig.vertexCount());
        assertEquals((852 + 216) * 3, rig.skinTriangles().length);
        assertEquals(18 * 3, rig.mouthHoleTriangles().length);
        assertEquals(14 * 3, rig.rightEyeHoleTriangles().length);
        assertEquals(14 * 3, rig.leftEyeHoleTriangles().length);
        // No skin triangle closes the mouth or an eye: every hole triangle lies on its loop only.
        Set<Integer> mouth = new HashSet<>();
        for (int i : FaceIndices.innerLipLoop()) mouth.add(i);
        for (int i : rig.mouthHoleTriangles()) assertTrue(mouth.contains(i));
        int[] skin = rig.skinTriangles();
        for (int t = 0; t < skin.length; t += 3)
            assertFalse(mouth.contains(skin[t]) && mouth.contains(skin[t + 1]) && mouth.contains(skin[t + 2]));
        // Every vertex is used, and rings sit 0.10/0.22/0.34 W out with fades 0.75/0.35/0.
        boolean[] used = new boolean[rig.vertexCount()];
        for (int[] tris : new int[][] {skin, rig.mouthHoleTriangles(), rig.rightEyeHoleTriangles(), rig.leftEyeHoleTriangles()})
            for (int i : tris) used[i] = true;
        for (int v = 0; v < used.length; v++) assertTrue(used[v], "vertex " + v);
        double w = rig.measures().faceWidth();
        float[] fade = rig.fade();
        for (int r = 0; r < 3; r++) {
            int v = FaceRig.ringStart(r) + 8;             // follows oval point 454
            assertEquals(454, FaceRig.anchorOf(v));
            double d = Math.hypot(rig.x(v) - rig.x(454), rig.y(v) - rig.y(454));
            assertEquals(FaceRig.RING_DISTANCE[r] * w, d, 1e-3);
            assertEquals(FaceRig.RING_FADE[r], fade[v]);
        }
        assertEquals(1f, fade[13]);
        // Ring triangles are wound like the canonical ones.
        int want = RigBuilder.majorityOrientation(rig.vertices(), java.util.Arrays.copyOf(skin, 852 * 3));
        for (int t = 852 * 3; t < skin.length; t += 3)
            assertEquals(want, RigBuilder.orientation(rig.vertices(), skin[t], skin[t + 1], skin[t + 2]));
    }

    @Test
    void measuresOfTheSmilingAstronaut() {
        RigMeasures m = builder.build(astronaut().landmarks(), AnalyzedFaces.image("astronaut.jpg")).measures();
        assertTrue(m.faceWidth() > 80 && m.faceWidth() < 110, "W " + m.faceWidth());
        assertTrue(m.mouthWidth() > 0.35 * m.faceWidth() && m.mouthWidth() < 0.6 * m.faceWidth(), "mouth " + m.mouthWidth());
        assertTrue(m.mouthOpen(), "she smiles with her teeth showing");
        assertTrue(m.teethVisible());
        assertTrue(m.rightEyeOpening() > 0.15 * m.rightEyeWidth());
    }

    @Test
    void groupDragMovesExactlyThatGroupAndIsUndoneByTheInverseDrag() {
        FaceLandmarks lm = astronaut().landmarks();
        RigEdits edits = new RigEdits(fit);
        RigCorrections c = RigEdits.moveGroup(RigCorrections.NONE, LandmarkGroup.LIPS, 3, -2);
        FaceLandmarks moved = edits.apply(lm, c, lm.imageWidth(), lm.imageHeight());
        Set<Integer> lips = new HashSet<>();
        for (int i : LandmarkGroup.LIPS.indices()) lips.add(i);
        assertEquals(40, lips.size());
        for (int i = 0; i < 468; i++) {
            double dx = lips.contains(i) ? 3 : 0, dy = lips.contains(i) ? -2 : 0;
            assertEquals(lm.x(i) + dx, moved.x(i), 1e-4);
            assertEquals(lm.y(i) + dy, moved.y(i), 1e-4);
        }
        RigCorrections back = RigEdits.moveGroup(c, LandmarkGroup.LIPS, -3, 2);
        assertTrue(back.isEmpty());
        assertEquals(lm, edits.apply(lm, back, lm.imageWidth(), lm.imageHeight()));
    }

    @Test
    void correctionsAndAnalysisSurviveJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        RigCorrections c = RigEdits.movePoint(RigCorrections.NONE, 13, 1.5, -0.5)
                .withManualFit(new SixPoints(new Point2(1, 2), new Point2(3, 4), new Point2(5, 6), new Point2(7, 8), new Point2(9, 10), new Point2(11, 12)));
        assertEquals(c, json.readValue(json.writeValueAsString(c), RigCorrections.class));
        FaceAnalysis a = astronaut();
        assertEquals(a, json.readValue(json.writeValueAsString(a), FaceAnalysis.class));
    }

    @Test
    void sixPointFitReconstructsTheDetectedFace() {
        FaceLandmarks lm = astronaut().landmarks();
        SixPoints six = sixPointsOf(lm);
        FaceLandmarks fitted = fit.fit(six, lm.imageWidth(), lm.imageHeight());
        // Exact at the control points that are landmarks...
        assertEquals(lm.x(1), fitted.x(1), 1e-3);
        assertEquals(lm.y(152), fitted.y(152), 1e-3);
        // ...and close everywhere else: the canonical face is a fair model of a real one.
        double w = Math.hypot(lm.x(234) - lm.x(454), lm.y(234) - lm.y(454)), sum = 0;
        for (int i = 0; i < 468; i++) sum += Math.hypot(lm.x(i) - fitted.x(i), lm.y(i) - fitted.y(i));
        double mean = sum / 468 / w;
        System.out.printf("six-point fit vs detection on the astronaut: mean error %.3f W%n", mean);
        assertTrue(mean < 0.06, "mean error " + mean + " W");
    }

    @Test
    void degenerateSixPointsAreRefusedWithAMessage() {
        Point2 p = new Point2(10, 10);
        var e = assertThrows(IllegalArgumentException.class,
                () -> fit.fit(new SixPoints(p, p, p, p, p, p), 100, 100));
        assertTrue(e.getMessage().contains("six points"));
    }

    static SixPoints sixPointsOf(FaceLandmarks lm) {
        return new SixPoints(centre(lm, FaceIndices.rightEyeLoop()), centre(lm, FaceIndices.leftEyeLoop()), lm.point(1),
                lm.point(61), lm.point(291), lm.point(152));
    }

    static Point2 centre(FaceLandmarks lm, int[] loop) {
        double x = 0, y = 0;
        for (int i : loop) { x += lm.x(i); y += lm.y(i); }
        return new Point2(x / loop.length, y / loop.length);
    }
}
