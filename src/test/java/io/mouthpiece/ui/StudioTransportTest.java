package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.project.Marker;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.render.gl.GlUnavailableException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The transport keys in the studio (Monocle headless, sample project, no GL): I at frame 10, O at frame 30 and M set
 * the take's in/out and a marker, the ruler shades exactly that range and flags the marker; F1 shows the shortcuts
 * overlay and Esc closes it.
 */
class StudioTransportTest extends StudioTestBase {
    @Start
    void start(Stage stage) throws Exception { open(stage); }

    static final double HEAD_WIDTH = 170; // TimelineController.HEAD_WIDTH

    @Override
    StudioOptions options() {
        return new StudioOptions(null, null, false, false, false, StudioOptions.Shot.DEFAULT);
    }

    @Override
    Studio create(AppServices services) {
        return new Studio(options(), services, new SameThreadTaskExecutor(),
                () -> { throw new GlUnavailableException("no GL in this test"); });
    }

    Take take() throws Exception { return fx(() -> vm.getDocument().project().takes().getFirst()); }

    @Test
    void inOutAndAMarkerFromTheKeyboardShowOnTheRuler(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> vm.getDocument() != null && studio.selection().take() != null));
        FrameRate rate = fx(() -> vm.getDocument().project().frameRate());
        robot.interact(() -> studio.playback().seekFrame(10));
        robot.type(KeyCode.I);
        robot.interact(() -> studio.playback().seekFrame(30));
        robot.type(KeyCode.O);
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !take().markers().isEmpty());

        Take t = take();
        assertEquals(rate.timeOf(10), t.inPoint());
        assertEquals(rate.timeOf(31), t.outPoint(), "O keeps frame 30: the out point is its end");
        assertEquals(List.of(rate.timeOf(30)), t.markers().stream().map(Marker::time).toList());
        assertEquals("Marker 1", t.markers().getFirst().label());
        assertEquals("Add Marker", fx(() -> vm.getDocument().undoDescription().orElseThrow()));
        assertEquals(rate.timeOf(10), fx(() -> studio.playback().loopRange().start()), "the loop range follows in/out");
        assertEquals(rate.timeOf(31), fx(() -> studio.playback().loopRange().end()));

        // the ruler: shaded blue exactly between in and out, the marker's flag (selected: orange) at frame 30
        Pane ruler = robot.lookup(".timeline-ruler").queryAs(Pane.class);
        double xIn = fx(() -> studio.timeline().rulerX(rate.timeOf(10)));
        double xOut = fx(() -> studio.timeline().rulerX(rate.timeOf(31)));
        double xMark = fx(() -> studio.timeline().rulerX(rate.timeOf(30)));
        assertTrue(xOut - xIn > 20, "the range is wide enough to see: " + (xOut - xIn) + " px");
        WritableImage shot = fx(() -> ruler.snapshot(null, null));
        PixelReader r = shot.getPixelReader();
        int y = 2; // above the tick labels
        Color inside = r.getColor((int) Math.round((xIn + xOut) / 2), y);
        Color before = r.getColor((int) Math.round(xIn) - 6, y);
        Color after = r.getColor((int) Math.round(xOut) + 6, y);
        assertTrue(inside.getBlue() - before.getBlue() > 0.05 && inside.getBlue() > inside.getRed() + 0.05,
                "shaded blue inside: " + inside + " vs " + before);
        assertEquals(before.getBlue(), after.getBlue(), 0.01, "unshaded after the out point: " + after);
        // the shading starts and ends on the in and out frames' pixels (within the 2 px bracket lines)
        int first = -1, last = -1;
        for (int x = (int) HEAD_WIDTH; x < shot.getWidth(); x++) {
            if (r.getColor(x, y).getBlue() - before.getBlue() > 0.05) {
                if (first < 0) first = x;
                last = x;
            }
        }
        assertEquals(xIn, first, 2.0, "shading starts at frame 10");
        assertEquals(xOut, last, 2.0, "shading ends after frame 30");
        Color flag = r.getColor((int) Math.round(xMark) + 2, 27);
        assertTrue(flag.getRed() > 0.8 && flag.getRed() > flag.getBlue() + 0.3, "orange marker flag: " + flag);

        // F1 opens the shortcuts overlay over the window, Esc closes it
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".help-overlay").query().isVisible()));
        assertTrue(fx(() -> robot.lookup(".help-keys").queryAll().size()) > 30, "every shortcut is listed");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !robot.lookup(".help-overlay").query().isVisible()));
        assertFalse(fx(() -> robot.lookup(".help-overlay").query().isVisible()));
    }
}
