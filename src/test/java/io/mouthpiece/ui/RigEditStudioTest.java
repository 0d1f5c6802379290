package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.face.PointOffset;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.service.TakeScene;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rig edit mode in the real studio (Monocle headless, Mesa GL) on a fresh copy of the sample: R turns it on, the
 * robot drags the right mouth corner, the project gets exactly that correction in image pixels, the preview scene is
 * rebuilt with it, and Ctrl+Z takes it back.
 */
class RigEditStudioTest extends StudioTestBase {
    @Start
    void start(Stage stage) throws Exception { open(stage); }


    @Test
    void dragsTheMouthCornerAsOneUndoableCorrection(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        awaitAnalysedScene();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> studio.viewport().shownFrame() != null));
        System.out.printf("sample analysed and shown %d ms after the window opened%n", (System.nanoTime() - t0) / 1_000_000);
        String actor = fx(() -> studio.scenes().sceneProperty().get().characters().getFirst().id());
        assertTrue(fx(() -> vm.projectProperty().get().actor(actor).rig().isEmpty()));
        long undoable = fx(() -> vm.getDocument().revision());

        robot.type(KeyCode.R);
        assertTrue(fx(() -> studio.viewport().rigEdit().isActive()), "R turns rig edit mode on");
        assertFalse(fx(() -> studio.playback().isPlaying()));

        robot.type(KeyCode.F); // frame the face: at the fitted size the points sit a pixel or two apart
        assertTrue(fx(() -> studio.viewport().zoom()) > 1.5, "F zooms onto the face");
        Point2D corner = fx(() -> studio.viewport().screenPointOfLandmark(0, FaceIndices.MOUTH_RIGHT));
        assertNotNull(corner);
        int[] moves = {0};
        robot.interact(() -> studio.viewport().rigEdit().hoveredProperty().subscribe(t -> moves[0]++));
        robot.moveTo(corner);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() ->
                    studio.viewport().rigEdit().labelProperty().get().startsWith("Mouth corner (right)")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("hover shows '" + fx(() -> studio.viewport().rigEdit().labelProperty().get())
                    + "' at " + corner + ", zoom " + fx(() -> studio.viewport().zoom()) + ", events " + moves[0]);
        }

        double zoom = fx(() -> studio.viewport().zoom());
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(corner.add(12, 0));
        robot.moveTo(corner.add(24, -10));
        robot.release(MouseButton.PRIMARY);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !vm.projectProperty().get().actor(actor).rig().isEmpty()));
        RigCorrections rig = fx(() -> vm.projectProperty().get().actor(actor).rig());
        assertEquals(1, rig.offsets().size(), rig.toString());
        PointOffset o = rig.offsets().getFirst();
        assertEquals(FaceIndices.MOUTH_RIGHT, o.index());
        // the robot lands on whole screen pixels: allow one view pixel of rounding
        assertEquals(24 / zoom, o.dx(), 1.01 / zoom, "dx " + o.dx() + " at zoom " + zoom);
        assertEquals(-10 / zoom, o.dy(), 1.01 / zoom, "dy " + o.dy() + " at zoom " + zoom);
        assertEquals("Undo Move Landmark", fx(() -> vm.undoTextProperty().get()));

        // the preview's scene follows: its rig has the corner where it was dragged to
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> studio.scenes().sceneProperty().get().characters()
                .getFirst().rig().equals(rig)));
        TakeScene scene = fx(() -> studio.scenes().sceneProperty().get());
        float detected = scene.characters().getFirst().face().landmarks().x(FaceIndices.MOUTH_RIGHT);
        double scale = scene.scene().image().width() / (double) scene.characters().getFirst().face().landmarks().imageWidth();
        assertEquals(detected * scale + o.dx(), scene.scene().characters().getFirst().x(FaceIndices.MOUTH_RIGHT), 0.01);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> vm.projectProperty().get().actor(actor).rig().isEmpty()));
        assertEquals(undoable, (long) fx(() -> vm.getDocument().revision()), "undo is back to the analysed project");

        System.out.printf("rig edit checks done %d ms after the window opened%n", (System.nanoTime() - t0) / 1_000_000);
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> studio.viewport().rigEdit().isActive()), "Esc leaves the mode");
    }
}
