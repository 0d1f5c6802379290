package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.HeadPose;
import io.mouthpiece.core.face.PointOffset;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.rig.LandmarkGroup;
import io.mouthpiece.service.CharacterRigs;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** Rig edit mode without a screen: view-pixel drags become image-pixel corrections in the saved project; undo. */
class RigEditViewModelTest {
    static CharacterRigs rigs;
    @TempDir Path dir;

    @BeforeAll
    static void topology() { rigs = new CharacterRigs(FaceTopology.load(Path.of("models"))); }

    /** A face whose 468 points are spread over 400×400 px, mouth corner 61 well apart from its neighbours. */
    static Project project() {
        Random r = new Random(3);
        float[] xyz = new float[468 * 3];
        for (int i = 0; i < 468; i++) {
            xyz[3 * i] = 50 + 400 * r.nextFloat();
            xyz[3 * i + 1] = 50 + 400 * r.nextFloat();
        }
        xyz[3 * 61] = 211.25f;
        xyz[3 * 61 + 1] = 333.5f;
        Project p = ActorEdits.add(new Actor("act", "Ada", null)).apply(Project.empty("prj", "Rig"));
        return ActorEdits.setFace("act", new FaceAnalysis(0.9, new FaceBox(50, 50, 450, 450),
                new FaceLandmarks(512, 512, xyz), null, HeadPose.FRONTAL, FaceAnalysis.Source.DETECTED)).apply(p);
    }

    static List<RigEditViewModel.Points> shown(ProjectDocument doc) {
        Actor a = doc.project().actor("act");
        float[] xyz = rigs.landmarks(a, 512, 512).orElseThrow().xyz();
        float[] xy = new float[2 * 468];
        for (int i = 0; i < 468; i++) {
            xy[2 * i] = xyz[3 * i];
            xy[2 * i + 1] = xyz[3 * i + 1];
        }
        return List.of(new RigEditViewModel.Points("act", xy));
    }

    @Test
    void aDragOfNViewPixelsAtZoomZMovesTheLandmarkByNOverZImagePixels() throws Exception {
        ProjectDocument doc = new ProjectDocument(project(), dir);
        int[] pauses = {0};
        RigEditViewModel vm = new RigEditViewModel(doc::execute, () -> pauses[0]++, () -> shown(doc));
        ViewTransform v = new ViewTransform();
        double zoom = 2.5;
        v.zoomTo(zoom, 0, 0);
        v.pan(-180, -60);

        double vx = v.viewX(211.25), vy = v.viewY(333.5);
        assertFalse(vm.press(vx, vy, v, false), "nothing is grabbed while the mode is off");
        vm.activeProperty().set(true);
        assertEquals(1, pauses[0], "turning the mode on pauses playback");

        vm.hover(vx + 4, vy - 3, v, false);
        assertEquals(new RigEditViewModel.Target("act", 61, null), vm.hoveredProperty().get());
        assertEquals("Mouth corner (right) \u00b7 #61 \u00b7 Lips", vm.labelProperty().get());
        vm.hover(vx + 40, vy + 40, v, false);
        assertNull(vm.hoveredProperty().get(), "40 px away is out of reach");

        assertTrue(vm.press(vx + 2, vy + 1, v, false));
        vm.drag(vx + 20, vy + 5, v);
        assertEquals(18 / zoom, vm.dragDx(), 1e-12, "the live offset follows the pointer");
        vm.release(vx + 2 + 30, vy + 1 - 12, v);
        assertEquals("Move Landmark", doc.undoDescription().orElseThrow());

        new ProjectStore().save(dir, doc.project());
        Actor saved = new ProjectStore().load(dir).project().actor("act");
        assertEquals(List.of(new PointOffset(61, 30 / zoom, -12 / zoom)), saved.rig().offsets());
        FaceLandmarks lm = rigs.landmarks(saved, 512, 512).orElseThrow();
        assertEquals(211.25 + 12, lm.x(61), 1e-4);
        assertEquals(333.5 - 4.8, lm.y(61), 1e-4);

        // the point is where it was dragged to: grab it there again, this time with its group
        double gx = v.viewX(lm.x(61)), gy = v.viewY(lm.y(61));
        vm.hover(gx, gy, v, true);
        assertEquals("Lips (" + LandmarkGroup.LIPS.indices().length + " points)", vm.labelProperty().get());
        assertTrue(vm.press(gx, gy, v, true));
        vm.release(gx - 10, gy, v);
        assertEquals("Move Lips", doc.undoDescription().orElseThrow());
        RigCorrections rig = doc.project().actor("act").rig();
        assertEquals(LandmarkGroup.LIPS.indices().length, rig.offsets().size());
        assertEquals(12 - 4, rig.offsets().stream().filter(o -> o.index() == 61).findFirst().orElseThrow().dx(), 1e-9);

        doc.undo();
        doc.undo();
        assertTrue(doc.project().actor("act").rig().isEmpty(), "each release is one undo step");
        assertEquals(3, pauses[0], "each grab pauses playback too");
    }

    @Test
    void aClickWithoutMovingEditsNothingAndResetClearsTheRig() {
        ProjectDocument doc = new ProjectDocument(project(), dir);
        RigEditViewModel vm = new RigEditViewModel(doc::execute, () -> { }, () -> shown(doc));
        ViewTransform v = new ViewTransform();
        vm.toggle();
        double vx = v.viewX(211.25), vy = v.viewY(333.5);
        assertTrue(vm.press(vx, vy, v, false));
        vm.release(vx, vy, v);
        assertFalse(doc.canUndo(), "a click is no edit");
        assertFalse(vm.press(-50, -50, v, false), "empty space grabs nothing");

        assertTrue(vm.press(vx, vy, v, false));
        vm.drag(vx + 5, vy, v);
        vm.cancelDrag();
        vm.release(vx + 5, vy, v);
        assertFalse(doc.canUndo(), "Escape drops the drag");

        assertTrue(vm.press(vx, vy, v, false));
        vm.release(vx + 5, vy + 5, v);
        assertTrue(vm.resetRig());
        assertEquals("Reset Face Rig", doc.undoDescription().orElseThrow());
        assertTrue(doc.project().actor("act").rig().isEmpty());
        vm.toggle();
        assertNull(vm.hoveredProperty().get());
    }
}
