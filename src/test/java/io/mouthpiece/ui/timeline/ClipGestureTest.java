package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.testing.LiveDocument;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.viewport.PlaybackViewModel;
import io.mouthpiece.ui.viewport.WallClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real timeline (FXML, controller, lane cells) on the sample take, driven with the mouse and keyboard (Monocle
 * headless): the dialogue clip dragged along its lane lands on the frame under the pointer as one edit, its left
 * edge dragged trims it with the source in-point following, Delete removes it, and undo brings each step back.
 */
@ExtendWith(ApplicationExtension.class)
class ClipGestureTest {
    ProjectDocument doc;
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    final List<String> edits = new ArrayList<>();
    int reanalysed;
    TimelineController timeline;
    StudioSelection selection;
    String take;
    String clipId;
    FrameRate rate;

    @Start
    void start(Stage stage) throws Exception {
        Project p = new SampleFixture().project.get();
        take = p.takes().getFirst().id();
        clipId = p.takes().getFirst().dialogue().getFirst().clips().getFirst().id();
        rate = p.frameRate();
        doc = LiveDocument.of(p, project);
        selection = new StudioSelection(project);
        PlaybackViewModel playback = new PlaybackViewModel(new WallClock(System::nanoTime));
        playback.setTake(rate, new TimeRange(Rational.ZERO, p.take(take).duration()));
        TimelineViewModel vm = new TimelineViewModel(selection, (Edit e) -> {
            edits.add(e.description());
            doc.execute(e);
        }, () -> reanalysed++);
        timeline = TimelineStage.show(stage, vm, playback, 1100, 500);
    }

    static <T> T fx(Callable<T> c) throws Exception { return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS); }

    AudioClip clip() throws Exception { return fx(() -> doc.project().take(take).clip(clipId).orElseThrow()); }

    /** The screen point of time {@code t} (plus {@code dx} pixels) halfway down the dialogue lane. */
    Point2D at(FxRobot robot, Rational t, double dx) throws Exception {
        return fx(() -> {
            LaneCell lane = robot.lookup(n -> n instanceof LaneCell c && c.row() != null
                    && c.row().lane() == TimelineViewModel.Lane.DIALOGUE).query();
            return lane.screenPoint(timeline.viewModel().scaleProperty().get().x(t) + dx, LaneCell.CLIP_HEIGHT / 2);
        });
    }

    @Test
    void dragMovesTrimsAndDeleteRemovesTheClipEachOneUndoableEdit(FxRobot robot) throws Exception {
        Project before = fx(() -> doc.project());
        Rational length = clip().range().duration();

        // grab the body at frame 40, drop it 20 frames later: the clip starts on frame 20, exactly
        robot.drag(at(robot, rate.timeOf(40), 0), MouseButton.PRIMARY).moveBy(8, 0)
                .moveTo(at(robot, rate.timeOf(60), 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> edits.contains("Move Dialogue Clip"));
        assertEquals(new TimeRange(rate.timeOf(20), length), clip().range());
        assertEquals(new StudioSelection.Focus.OfClip(clipId), fx(() -> selection.focusProperty().get()), "the grabbed clip has the focus");
        assertEquals(rate.timeOf(20).add(length), fx(() -> doc.project().take(take).duration()), "the take grew to fit it");

        // its left edge (2 px inside) dragged from frame 20 to 32: trimmed, the sound stays where it was
        robot.drag(at(robot, rate.timeOf(20), 2), MouseButton.PRIMARY).moveBy(8, 0)
                .moveTo(at(robot, rate.timeOf(32), 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> edits.contains("Trim Dialogue Clip"));
        assertEquals(TimeRange.between(rate.timeOf(32), rate.timeOf(20).add(length)), clip().range());
        assertEquals(rate.timeOf(12), clip().sourceIn(), "the in-point moved with the edge");
        assertEquals(List.of("Move Dialogue Clip", "Trim Dialogue Clip"), edits, "one edit per drag");

        // a click on empty lane space lets go of the clip: Delete then removes nothing
        robot.clickOn(at(robot, rate.timeOf(10), 0), MouseButton.PRIMARY); // before the trimmed clip
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StudioSelection.NOTHING, fx(() -> selection.focusProperty().get()));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, edits.size(), "nothing focused, nothing deleted: " + edits);

        // a click on the clip focuses it again (an edit-free click), and Delete removes it
        robot.clickOn(at(robot, rate.timeOf(80), 0), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new StudioSelection.Focus.OfClip(clipId), fx(() -> selection.focusProperty().get()));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> edits.contains("Delete Dialogue Clip"));
        assertTrue(fx(() -> doc.project().take(take).clip(clipId).isEmpty()));
        assertEquals(3, reanalysed, "every change re-analyses the take");

        robot.interact(() -> doc.undo());
        assertEquals(TimeRange.between(rate.timeOf(32), rate.timeOf(20).add(length)), clip().range(), "undo: back");
        robot.interact(() -> doc.undo());
        robot.interact(() -> doc.undo());
        assertEquals(before, fx(() -> doc.project()), "undo restores the sample exactly");
    }
}
