package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Marker;
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
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real timeline view (FXML, controller, lane cells) on the sample take, driven with the mouse (Monocle headless):
 * a drag on one of several selected keys moves all of them as one edit, a rubber band leaves the playhead alone while
 * a click moves it, and a marker dragged along the ruler lands on a whole frame as one undoable edit.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineGestureTest {
    ProjectDocument doc;
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    final List<String> edits = new ArrayList<>();
    PlaybackViewModel playback;
    TimelineController timeline;
    String take;
    String actor;
    FrameRate rate;

    @Start
    void start(Stage stage) throws Exception {
        Project p = new SampleFixture().project.get();
        take = p.takes().getFirst().id();
        actor = p.actors().getFirst().id();
        rate = p.frameRate();
        // a motion track with keys at frames 10 and 20 on jawOpen and 15 on mouthFunnel, and a marker at frame 30
        p = MotionEdits.setGenerated(take, actor, Map.of(Channel.JAW_OPEN,
                new SampledCurve(Rational.ZERO, rate, new float[20]))).apply(p);
        for (long f : new long[]{10, 20}) p = MotionEdits.setKey(take, actor, Channel.JAW_OPEN, key(f, 0.5)).apply(p);
        p = MotionEdits.setKey(take, actor, Channel.MOUTH_FUNNEL, key(15, 0.4)).apply(p);
        p = TakeEdits.addMarker(take, new Marker("mk-1", rate.timeOf(30), "breath")).apply(p);
        doc = LiveDocument.of(p, project);
        StudioSelection selection = new StudioSelection(project);
        playback = new PlaybackViewModel(new WallClock(System::nanoTime));
        playback.setTake(rate, new TimeRange(Rational.ZERO, p.take(take).duration()));
        TimelineViewModel vm = new TimelineViewModel(selection, (Edit e) -> {
            edits.add(e.description());
            doc.execute(e);
        });
        timeline = TimelineStage.show(stage, vm, playback, 1100, 700);
    }

    Keyframe key(long frame, double v) { return new Keyframe(rate.timeOf(frame), v, Interpolation.SMOOTH); }

    static <T> T fx(Callable<T> c) throws Exception { return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS); }

    KeyframeCurve curve(Channel c) { return doc.project().take(take).motionOf(actor).orElseThrow().motion().userCurve(c); }

    List<Long> frames(Channel c) throws Exception {
        return fx(() -> curve(c).keys().stream().map(k -> rate.frameAt(k.time())).toList());
    }

    LaneCell lane(FxRobot robot, Channel c) {
        return robot.lookup(n -> n instanceof LaneCell cell && cell.row() != null && cell.row().channel() == c).query();
    }

    /** The screen point of frame {@code f} at height {@code y} of a lane. */
    Point2D at(FxRobot robot, Channel c, long f, double y) throws Exception {
        return fx(() -> lane(robot, c).screenPoint(timeline.viewModel().scaleProperty().get().x(rate.timeOf(f)), y));
    }

    @SuppressWarnings("unchecked")
    void showLanes(FxRobot robot) throws Exception {
        ListView<TimelineViewModel.Row> list = robot.lookup(".track-list").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().stream().filter(r -> r.channel() == Channel.JAW_OPEN).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingOneOfSeveralSelectedKeysMovesThemAllAsOneEdit(FxRobot robot) throws Exception {
        showLanes(robot);
        Project before = fx(() -> doc.project());
        // select jawOpen 10 and mouthFunnel 15 (not jawOpen 20), as Shift+click or the rubber band would
        robot.interact(() -> timeline.viewModel().selectRange(actor, List.of(Channel.JAW_OPEN, Channel.MOUTH_FUNNEL),
                rate.timeOf(0), rate.timeOf(16), false));
        robot.interact(() -> timeline.viewModel().toggleKey(
                timeline.viewModel().rows().stream().filter(r -> r.channel() == Channel.JAW_OPEN).findFirst().orElseThrow(),
                rate.timeOf(10)));
        robot.interact(() -> timeline.viewModel().toggleKey(
                timeline.viewModel().rows().stream().filter(r -> r.channel() == Channel.JAW_OPEN).findFirst().orElseThrow(),
                rate.timeOf(10)));
        assertEquals(2, fx(() -> timeline.viewModel().selectedKeysProperty().get().size()));

        // grab jawOpen@10 and drop it on frame 13, at the top of the lane
        Point2D from = fx(() -> lane(robot, Channel.JAW_OPEN).screenPoint(rate.timeOf(10), 0.5));
        Point2D to = at(robot, Channel.JAW_OPEN, 13, 5);
        robot.drag(from, MouseButton.PRIMARY).moveBy(4, 0).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> edits.contains("Move Keyframes"));
        assertEquals(List.of(13L, 20L), frames(Channel.JAW_OPEN), "the grabbed key lands on the frame under the pointer");
        assertEquals(List.of(18L), frames(Channel.MOUTH_FUNNEL), "the other lane's selected key moves by the same 3 frames");
        assertEquals(1.0, fx(() -> curve(Channel.JAW_OPEN).keys().getFirst().value()), 0.05, "grabbed key: new value");
        assertEquals(0.4, fx(() -> curve(Channel.MOUTH_FUNNEL).keys().getFirst().value()), 1e-9, "the others keep theirs");
        assertEquals(List.of("Move Keyframes"), edits, "one edit for the whole drag");
        assertEquals(null, fx(() -> timeline.viewModel().dragDeltaProperty().get()), "no drag drawn after the release");
        robot.interact(() -> doc.undo());
        assertEquals(before, fx(() -> doc.project()));
    }

    @Test
    void aRubberBandLeavesThePlayheadAndAClickMovesIt(FxRobot robot) throws Exception {
        showLanes(robot);
        robot.interact(() -> playback.seekFrame(5));
        // a box on empty jawOpen space from frame 40 to 60 (no keys there): the playhead stays on frame 5
        robot.drag(at(robot, Channel.JAW_OPEN, 40, 8), MouseButton.PRIMARY).moveBy(10, 0)
                .moveTo(at(robot, Channel.JAW_OPEN, 60, 30)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, fx(() -> playback.frameProperty().get()), "starting a box must not move the playhead");
        // a box over frames 5..25 selects jawOpen 10 and 20 and still leaves the playhead alone
        robot.drag(at(robot, Channel.JAW_OPEN, 5, 2), MouseButton.PRIMARY).moveBy(10, 0)
                .moveTo(at(robot, Channel.JAW_OPEN, 25, 36)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, fx(() -> timeline.viewModel().selectedKeysProperty().get().size()));
        assertEquals(5, fx(() -> playback.frameProperty().get()));
        // a click on empty space: the playhead goes to that frame
        robot.moveTo(at(robot, Channel.JAW_OPEN, 42, 30)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> playback.frameProperty().get()) == 42);
        assertTrue(edits.isEmpty(), "selecting and seeking edit nothing: " + edits);
    }

    @Test
    void aMarkerDraggedAlongTheRulerLandsOnAFrameAsOneEdit(FxRobot robot) throws Exception {
        Project before = fx(() -> doc.project());
        Point2D flag = fx(() -> timeline.ruler().localToScreen(timeline.rulerX(rate.timeOf(30)),
                TimelineController.MARK_TOP + 3));
        Point2D to = fx(() -> timeline.ruler().localToScreen(timeline.rulerX(rate.timeOf(47)) + 0.3,
                TimelineController.MARK_TOP + 3));
        long playheadBefore = fx(() -> playback.frameProperty().get());
        robot.drag(flag, MouseButton.PRIMARY).moveBy(6, 0).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> edits.contains("Move Marker"));
        Marker m = fx(() -> doc.project().take(take).markers().getFirst());
        assertEquals(rate.timeOf(47), m.time(), "on the frame under the pointer, exactly");
        assertEquals("breath", m.label());
        assertEquals(List.of("Move Marker"), edits, "one edit for the whole drag");
        assertEquals(playheadBefore, fx(() -> playback.frameProperty().get()), "dragging a marker does not scrub");
        robot.interact(() -> doc.undo());
        assertEquals(before, fx(() -> doc.project()));
    }

    @Test
    void theTakeMenusApplyExpressionKeysTheFocusedCharacterAtThePlayhead(FxRobot robot) throws Exception {
        robot.interact(() -> playback.seekFrame(25));
        javafx.scene.control.Menu menu = fx(() -> timeline.takeMenuItems().stream()
                .filter(m -> m instanceof javafx.scene.control.Menu && m.getText().equals("Apply Expression"))
                .map(m -> (javafx.scene.control.Menu) m).findFirst().orElseThrow());
        robot.interact(() -> timeline.fillExpressionMenu(menu)); // what opening the submenu does
        List<String> labels = fx(() -> menu.getItems().stream().map(javafx.scene.control.MenuItem::getText)
                .filter(java.util.Objects::nonNull).toList());
        assertTrue(labels.getFirst().endsWith("At playhead 00:00:01:00"), labels.getFirst());
        assertTrue(labels.containsAll(List.of("Happy", "Sad", "Neutral")), labels.toString());
        robot.interact(() -> menu.getItems().stream().filter(m -> "Happy".equals(m.getText())).findFirst().orElseThrow().fire());
        assertEquals(List.of("Apply Expression \"happy\""), edits);
        KeyframeCurve smile = fx(() -> curve(Channel.MOUTH_SMILE_LEFT));
        assertEquals(rate.timeOf(25), smile.keys().getFirst().time(), "the block starts at the playhead");
        assertEquals(rate.timeOf(75), smile.keys().getLast().time(), "and lasts the inspector's 2 s");
    }
}
