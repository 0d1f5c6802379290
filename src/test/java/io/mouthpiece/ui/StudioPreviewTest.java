package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.rig.FaceMeshIndices;
import io.mouthpiece.service.SourcePictures;
import io.mouthpiece.service.TakeScene;
import io.mouthpiece.ui.viewport.PreviewSource;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole preview path on a fresh copy of the sample (Monocle headless, Mesa surfaceless GL): the automatic
 * analysis, a frame with the mouth wide open that differs from the source in the mouth region, the B side that
 * equals the source pixel for pixel, and playback that moves the playhead by the frames the clock says.
 */
class StudioPreviewTest extends StudioTestBase {
    @Start
    void start(Stage stage) throws Exception { open(stage); }


    @Test
    void analysesTheSampleThenShowsItAnimatedAgainstTheSourceAndPlays(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        awaitAnalysedScene();
        System.out.printf("sample analysed and its scene loaded %d ms after the window opened%n", (System.nanoTime() - t0) / 1_000_000);
        // the analysis completes the project as opened: the user changed nothing, so nothing to undo or save
        assertFalse(fx(() -> vm.getDocument().canUndo()), "the analysis on open is no undo step");
        assertFalse(fx(() -> vm.getDocument().isDirty()), "and no unsaved change");
        assertTrue(fx(() -> vm.getDocument().project().take(studio.selection().take().id())
                .motionOf(vm.getDocument().project().actors().getFirst().id()).isPresent()), "yet the take has its motion");

        TakeScene scene = fx(() -> studio.scenes().sceneProperty().get());
        long open = 0;
        float most = 0;
        for (long f = 0; f < scene.frameCount(); f++) {
            float v = scene.channelsAt(scene.timeOfFrame(f)).getFirst().get(Channel.JAW_OPEN);
            if (v > most) { most = v; open = f; }
        }
        assertTrue(most > 0.3f, "the line opens the jaw: " + most);

        int[] source = SourcePictures.toSource(SourcePictures.read(vm.folderProperty().get(),
                TakeScene.picture(scene.project(), scene.take()))).argb();
        int w = scene.scene().image().width();
        int[] box = mouthBox(scene.scene().characters().getFirst());
        long target = open;
        robot.interact(() -> studio.playback().seekFrame(target));
        var targetTime = scene.timeOfFrame(open);

        // A: the animated frame differs from the source around the mouth.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> {
            PreviewSource.Served s = studio.viewport().shownFrame();
            int[] px = studio.viewport().shownPixels();
            return s != null && !s.source() && s.time().equals(targetTime) && differing(px, source, w, box) > 0;
        }));
        int changed = fx(() -> differing(studio.viewport().shownPixels(), source, w, box));
        int boxArea = (box[2] - box[0]) * (box[3] - box[1]);
        assertTrue(changed > boxArea / 20, changed + " of " + boxArea + " mouth pixels changed");
        // ... and only there: the corners of the picture are the source's.
        int[] shown = fx(() -> studio.viewport().shownPixels());
        assertEquals(source[0], shown[0]);
        assertEquals(source[source.length - 1], shown[shown.length - 1]);

        // B (the \ key): exactly the source again.
        robot.type(KeyCode.BACK_SLASH);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> {
            PreviewSource.Served s = studio.viewport().shownFrame();
            return s != null && s.source() && java.util.Arrays.equals(studio.viewport().shownPixels(), source);
        }));
        robot.type(KeyCode.BACK_SLASH);
        assertTrue(!fx(() -> studio.viewport().isShowingSource()));

        // Play for about half a second: the playhead follows the clock at 25 fps.
        robot.interact(() -> studio.playback().home());
        long[] at = new long[4]; // frame and nanoTime at play, then at pause
        robot.interact(() -> {
            at[0] = studio.playback().frameProperty().get();
            at[1] = System.nanoTime();
            studio.playback().togglePlay();
        });
        Thread.sleep(500);
        robot.interact(() -> {
            studio.playback().pulse(); // the playhead as of now, not as of the last screen pulse
            at[3] = System.nanoTime();
            at[2] = studio.playback().frameProperty().get();
            studio.playback().togglePlay();
        });
        double seconds = (at[3] - at[1]) / 1e9;
        long advanced = at[2] - at[0];
        System.out.printf("played %.3f s: %d frames%n", seconds, advanced);
        assertTrue(advanced >= 10 && Math.abs(advanced - seconds * 25) <= 1.5, advanced + " frames in " + seconds + " s");
    }

    /** The mouth's outer-lip box grown by half the mouth width (the jaw moves below it). */
    static int[] mouthBox(RigGeometry rig) {
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (int[] ring : new int[][]{FaceMeshIndices.LIPS_UPPER_OUTER, FaceMeshIndices.LIPS_LOWER_OUTER}) {
            for (int i : ring) {
                x0 = Math.min(x0, rig.x(i)); x1 = Math.max(x1, rig.x(i));
                y0 = Math.min(y0, rig.y(i)); y1 = Math.max(y1, rig.y(i));
            }
        }
        float m = (x1 - x0) / 2;
        return new int[]{(int) (x0 - m), (int) (y0 - m / 2), (int) Math.ceil(x1 + m), (int) Math.ceil(y1 + m)};
    }

    /** Pixels inside {@code box} whose colour moved by more than 24 levels in some channel. */
    static int differing(int[] a, int[] b, int width, int[] box) {
        if (a == null || a.length != b.length) return 0;
        int n = 0;
        for (int y = Math.max(0, box[1]); y < Math.min(a.length / width, box[3]); y++) {
            for (int x = Math.max(0, box[0]); x < Math.min(width, box[2]); x++) {
                int p = a[y * width + x], q = b[y * width + x];
                for (int s = 0; s <= 16; s += 8) {
                    if (Math.abs(((p >> s) & 255) - ((q >> s) & 255)) > 24) { n++; break; }
                }
            }
        }
        return n;
    }
}
