package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.ui.Studio;
import io.mouthpiece.ui.StudioOptions;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio on a fresh copy of the sample (auto-analysed, Monocle headless): a click on empty jawOpen lane space
 * selects the lane and puts the playhead there, Shift+K keys the lane at the playhead, a drag moves the key (one
 * edit), Ctrl+Z puts it back where it was, Alt+Right nudges it, Delete removes it. Every gesture is a single click,
 * a drag or a key: no double-click, whose two clicks a heavily loaded machine may deliver too far apart.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineMouseTest {
    @TempDir static Path tmp;
    Studio studio;
    MainWindowViewModel vm;

    @Start
    void start(Stage stage) {
        // Studio.create reads the user's folders from mouthpiece.home: a throwaway home for this test
        String old = System.getProperty("mouthpiece.home");
        System.setProperty("mouthpiece.home", tmp.resolve("home").toString());
        try {
            studio = Studio.create(new StudioOptions(null, null, false, true, false, StudioOptions.Shot.DEFAULT));
        } finally {
            if (old == null) System.clearProperty("mouthpiece.home");
            else System.setProperty("mouthpiece.home", old);
        }
        vm = studio.start(stage, owner -> new ScriptedDialogs());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(studio::stop).get(20, TimeUnit.SECONDS);
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    KeyframeCurve jaw() throws Exception {
        return fx(() -> {
            Project p = vm.getDocument().project();
            return p.takes().getFirst().motionOf(p.actors().getFirst().id()).orElseThrow().motion().userCurve(Channel.JAW_OPEN);
        });
    }

    LaneCell jawLane(FxRobot robot) {
        return robot.lookup(n -> n instanceof LaneCell c && c.row() != null && c.row().channel() == Channel.JAW_OPEN)
                .query();
    }

    /**
     * The y of the curve's stroke (#4fb3d9, anti-aliased over two rows) in column {@code x}: the bluest pixel, if it is
     * blue enough to be the stroke (the dashed generated curve, #6b7380, is not); NaN when there is none.
     */
    static double curveY(javafx.scene.image.Image img, int x) {
        var r = img.getPixelReader();
        double best = 0.6;
        double at = Double.NaN;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            javafx.scene.paint.Color c = r.getColor(x, y);
            if (c.getBlue() > best && c.getBlue() > c.getRed() + 0.3) {
                best = c.getBlue();
                at = y;
            }
        }
        return at;
    }

    @Test
    @SuppressWarnings("unchecked")
    void addDragAndUndoAKeyWithTheMouse(FxRobot robot) throws Exception {
        // the channel lanes appear once the automatic analysis has written the motion track
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> vm.getDocument() != null && !vm.getDocument().project().takes().getFirst().motion().isEmpty()
                && robot.lookup(".track-list").queryAs(ListView.class).getItems().stream()
                        .anyMatch(r -> ((TimelineViewModel.Row) r).channel() == Channel.JAW_OPEN)));
        ListView<TimelineViewModel.Row> list = robot.lookup(".track-list").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().stream().filter(r -> r.channel() == Channel.JAW_OPEN).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(jaw().isEmpty());

        // one click on empty lane space: the lane is selected (and focused) and the playhead goes to that frame
        Point2D at = fx(() -> jawLane(robot).screenPoint(200, 20));
        robot.moveTo(at).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> jawLane(robot).getListView().isFocused()));
        robot.push(new KeyCodeCombination(KeyCode.K, KeyCombination.SHIFT_DOWN)); // Key the selected lane at the playhead
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jaw().isEmpty());
        Keyframe added = jaw().keys().getFirst();
        assertEquals(1, jaw().keys().size());
        assertEquals(1L, fx(() -> added.time().multiply(vm.getDocument().project().frameRate().fps()).den()),
                "the key sits on a whole frame");
        double frameWidth = fx(() -> jawLane(robot).screenPoint(added.time().add(vm.getDocument().project().frameRate()
                .frameDuration()), 0).getX() - jawLane(robot).screenPoint(added.time(), 0).getX());
        assertEquals(at.getX(), fx(() -> jawLane(robot).screenPoint(added.time(), added.value()).getX()), frameWidth / 2 + 1,
                "keyed on the frame that was clicked: the click moved the playhead there");
        Project keyed = fx(() -> vm.getDocument().project());

        // drag it 60 px right and to the top of the lane: one Move Keyframe
        Point2D from = fx(() -> jawLane(robot).screenPoint(added.time(), added.value()));
        Point2D to = fx(() -> jawLane(robot).screenPoint(260, 4));
        robot.drag(from, MouseButton.PRIMARY).moveBy(20, 0).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jaw().keys().getFirst().time().equals(added.time()));
        Keyframe moved = jaw().keys().getFirst();
        assertEquals(1, jaw().keys().size());
        assertTrue(moved.time().isAfter(added.time()), moved + " after " + added);
        assertEquals(1.0, moved.value(), 0.05, "dragged to the top of the lane");
        assertEquals("Move Keyframe", fx(() -> vm.getDocument().undoDescription().orElseThrow()));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jaw().keys().getFirst().time().equals(added.time()));
        assertEquals(List.of(added), jaw().keys());
        assertEquals(keyed, fx(() -> vm.getDocument().project()));
        assertNotEquals(moved, added);

        // while a drag is under way (button still down) the curve already follows the key: one key makes a flat
        // curve, so a column far left of the key shows it at the top of the lane, not at the key's old value
        robot.drag(from, MouseButton.PRIMARY).moveBy(20, 0).moveTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        double[] drawn = fx(() -> {
            LaneCell lane = jawLane(robot);
            return new double[] {curveY(lane.canvasSnapshot(), 60), lane.canvasY(1.0), lane.canvasY(added.value())};
        });
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jaw().keys().getFirst().time().equals(added.time()));
        assertEquals(drawn[1], drawn[0], 2.5, "mid-drag the curve is drawn at the dragged value (old value at y="
                + drawn[2] + ")");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jaw().keys().getFirst().time().equals(added.time()));

        // keyboard: click the key to select it, Alt+Right nudges it one frame, Delete removes it
        Point2D key = fx(() -> jawLane(robot).screenPoint(added.time(), added.value()));
        robot.clickOn(key, MouseButton.PRIMARY);
        robot.push(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        var next = added.time().add(fx(() -> vm.getDocument().project().frameRate().frameDuration()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jaw().keys().getFirst().time().equals(next));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jaw().isEmpty());
        assertEquals("Delete Keyframe", fx(() -> vm.getDocument().undoDescription().orElseThrow()));
    }
}
