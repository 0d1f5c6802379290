package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.export.Decoded;
import io.mouthpiece.ui.export.ExportPreset;
import io.mouthpiece.ui.export.ExportSpec;
import io.mouthpiece.ui.export.QueueJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export Take… in the real studio (Monocle headless, Mesa GL): the Web MP4 preset picked in the dialog over
 * a 0.4 s in/out range, queued, rendered by the render queue on its own GL thread, and decoded back.
 */
class StudioExportQueueTest extends StudioTestBase {
    @Start
    void start(Stage stage) throws Exception { open(stage); }

    // No automatic analysis (the whole line takes longer than this test may); the picture exports unanimated.
    @Override
    StudioOptions options() {
        return new StudioOptions(null, null, false, false, false, StudioOptions.Shot.DEFAULT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void queuesAWebMp4OfTheInOutRangeFromTheDialogAndItDecodes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> studio.scenes().sceneProperty().get() != null));
        String takeId = fx(() -> studio.selection().take().id());
        robot.interact(() -> vm.execute(TakeEdits.setInOut(takeId, Rational.of(1, 5), Rational.of(3, 5))));

        Platform.runLater(() -> studio.exportAction().run());   // shows the dialog and waits in it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportPreset").tryQuery().isPresent());
        ChoiceBox<ExportPreset> preset = robot.lookup("#exportPreset").queryAs(ChoiceBox.class);
        robot.interact(() -> preset.setValue(ExportPreset.PRORES_4444));   // start elsewhere, then pick Web MP4 by clicking
        robot.clickOn(preset);
        robot.clickOn(ExportPreset.WEB_MP4.label());
        assertEquals(ExportPreset.WEB_MP4, fx(preset::getValue));
        ChoiceBox<ExportSpec.Range> range = robot.lookup("#exportRange").queryAs(ChoiceBox.class);
        assertEquals(ExportSpec.Range.IN_OUT, fx(range::getValue), "a take with in/out points starts on them");
        Path out = tmp.resolve("out").resolve("take.mp4");
        TextField file = robot.lookup("#exportOutput").queryAs(TextField.class);
        assertTrue(fx(file::getText).endsWith(".mp4"), "the Web preset writes .mp4");
        robot.interact(() -> file.setText(out.toString()));
        robot.clickOn("Add to Queue");

        QueueJob job = fx(() -> studio.exportAction().queue().jobs().getFirst());
        assertEquals("Web MP4 (H.264 + AAC)", job.preset());
        assertTrue(fx(() -> studio.exportAction().queueWindow().isShowing()), "queuing shows the render queue");
        // The user keeps editing meanwhile: the job renders the snapshot taken when it was queued.
        robot.interact(() -> vm.execute(TakeEdits.setInOut(takeId, Rational.ZERO, Rational.of(2))));
        long t0 = System.nanoTime();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> job.state().isFinished()));
        System.out.printf("queued export done %d ms after queueing (%s)%n", (System.nanoTime() - t0) / 1_000_000, fx(() -> job.timingProperty().get()));
        assertEquals(QueueJob.State.DONE, fx(job::state), fx(() -> job.messageProperty().get()));

        Decoded d = Decoded.of(out, false);
        assertEquals(10, d.frames.size(), "0.4 s at 25 fps");
        assertEquals(1280, d.width);
        assertEquals(720, d.height);
        assertTrue(d.audioSeconds() > 0.35 && d.audioSeconds() < 0.5, "the range's sound: " + d.audioSeconds());
        assertTrue(Files.isRegularFile(out.resolveSibling("take.mp4.provenance.json")));
    }
}
