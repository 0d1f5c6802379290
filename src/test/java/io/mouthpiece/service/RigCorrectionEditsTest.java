package io.mouthpiece.service;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.HeadPose;
import io.mouthpiece.core.face.Point2;
import io.mouthpiece.core.face.SixPoints;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.rig.LandmarkGroup;
import io.mouthpiece.face.rig.RigEdits;
import io.mouthpiece.face.rig.SixPointFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Rig corrections are undoable edits, survive save/load, and change the landmarks a rig is built from. */
class RigCorrectionEditsTest {
    @TempDir Path dir;

    private static FaceLandmarks grid() {
        float[] xyz = new float[468 * 3];
        for (int i = 0; i < 468; i++) {
            xyz[3 * i] = 100 + (i % 22) * 10;
            xyz[3 * i + 1] = 100 + (i / 22) * 10;
        }
        return new FaceLandmarks(512, 512, xyz);
    }

    private static Project project() {
        Project p = Project.empty("prj", "Rig");
        p = ActorEdits.add(new Actor("act", "Ada", null)).apply(p);
        return ActorEdits.setFace("act", new FaceAnalysis(0.9, new FaceBox(100, 100, 320, 320), grid(), null,
                HeadPose.FRONTAL, FaceAnalysis.Source.DETECTED)).apply(p);
    }

    @Test
    void dragsAccumulateUndoAndPersist() throws Exception {
        ProjectDocument doc = new ProjectDocument(project(), null);
        doc.execute(RigCorrectionEdits.movePoint("act", 13, 2, -3));
        doc.execute(RigCorrectionEdits.moveGroup("act", LandmarkGroup.values()[0], 1, 1));
        new ProjectStore().save(dir, doc.project());
        Actor loaded = new ProjectStore().load(dir).project().actor("act");
        RigEdits rig = new RigEdits(new SixPointFit(FaceTopology.load(Path.of("models"))));
        FaceLandmarks moved = rig.apply(loaded.face().landmarks(), loaded.rig(), 512, 512);
        FaceLandmarks base = grid();
        int g0 = LandmarkGroup.values()[0].indices()[0];
        double expectX = base.x(g0) + 1 + (g0 == 13 ? 2 : 0);
        assertEquals(expectX, moved.x(g0), 1e-4, "group drag applied after load");
        boolean in13 = java.util.Arrays.stream(LandmarkGroup.values()[0].indices()).anyMatch(i -> i == 13);
        assertEquals(base.x(13) + 2 + (in13 ? 1 : 0), moved.x(13), 1e-4);
        assertTrue(doc.undoDescription().orElseThrow().startsWith("Move "), doc.undoDescription().orElseThrow());
        doc.undo();
        doc.undo();
        assertTrue(doc.project().actor("act").rig().isEmpty(), "both drags undone");
        doc.redo();
        assertEquals(1, doc.project().actor("act").rig().offsets().size());
    }

    @Test
    void sixPointFitReplacesDetectionAndResetRestores() {
        ProjectDocument doc = new ProjectDocument(project(), null);
        SixPoints six = new SixPoints(new Point2(200, 220), new Point2(300, 220), new Point2(250, 270),
                new Point2(215, 320), new Point2(285, 320), new Point2(250, 380));
        doc.execute(RigCorrectionEdits.manualFit("act", six));
        RigEdits rig = new RigEdits(new SixPointFit(FaceTopology.load(Path.of("models"))));
        Actor a = doc.project().actor("act");
        FaceLandmarks fitted = rig.apply(a.face().landmarks(), a.rig(), 512, 512);
        assertEquals(250, fitted.x(152), 25, "chin lands near the placed chin point");
        assertEquals(380, fitted.y(152), 25);
        doc.execute(RigCorrectionEdits.reset("act"));
        assertTrue(doc.project().actor("act").rig().isEmpty());
        assertEquals("Reset Face Rig", doc.undoDescription().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> RigCorrectionEdits.movePoint("act", 468, 0, 0));
    }
}
