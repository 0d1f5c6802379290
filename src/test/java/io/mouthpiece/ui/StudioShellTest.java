package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.ui.dialog.Dialogs.SaveChoice;
import io.mouthpiece.ui.dialog.FxDialogs;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real studio window (Monocle, headless) on a project folder, edits through the UI and undoes. */
@ExtendWith(ApplicationExtension.class)
class StudioShellTest {
    @TempDir Path tmp;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    Stage stage;
    MainWindowViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // A fresh user folder and the real install layout: the first launch opens a copy of the shipped sample.
        AppDirs dirs = AppDirs.under(tmp.resolve("home"));
        AppServices services = AppServices.create(dirs, new InstallLayout(Path.of("assets"), Path.of("models")));
        // No automatic analysis here (this test is about the shell; StudioPreviewTest analyses) and no sound.
        studio = new Studio(new StudioOptions(null, null, false, false, false, StudioOptions.Shot.DEFAULT), services,
                new SameThreadTaskExecutor());
        vm = studio.start(stage, owner -> dialogs);
    }

    Studio studio;

    @org.junit.jupiter.api.AfterEach
    void stopStudio() {
        javafx.application.Platform.runLater(studio::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void renameInTheInspectorThenUndoWithTheKeyboardAndTheToolbar(FxRobot robot) throws Exception {
        assertEquals("Astronaut sample \u2014 Mouthpiece", stage.getTitle());
        assertEquals(tmp.resolve("home/data/samples/astronaut"), vm.folderProperty().get());
        Button undo = robot.lookup("#undoButton").queryButton();
        assertTrue(undo.isDisabled());

        robot.clickOn("#nameField").push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN))
                .write("Moon Walk").type(KeyCode.ENTER);
        assertEquals("\u2022 Moon Walk \u2014 Mouthpiece", stage.getTitle());
        assertEquals("Moon Walk", vm.projectProperty().get().name());
        assertFalse(undo.isDisabled());

        // Leave the text field (it has its own Ctrl+Z for text), then undo the project edit with the shortcut.
        robot.clickOn("#trackList");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        assertEquals("Astronaut sample \u2014 Mouthpiece", stage.getTitle());
        assertEquals("Astronaut sample", vm.projectProperty().get().name());
        assertEquals("Astronaut sample", robot.lookup("#nameField").queryAs(TextField.class).getText());

        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)); // redo
        assertEquals("\u2022 Moon Walk \u2014 Mouthpiece", stage.getTitle());
        robot.clickOn(undo);
        assertEquals("Astronaut sample", vm.projectProperty().get().name());
        assertTrue(undo.isDisabled());

        // Closing with unsaved changes asks; "Cancel" keeps the window open.
        robot.clickOn("#redoButton");
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Moon Walk"), dialogs.saveQuestions);
        assertTrue(stage.isShowing());

        errorDialogsShowAHumanMessageWithTheTraceInCollapsedDetails();
    }

    /** Part of the one UI test, to start the studio once: error dialogs keep the stack trace out of the message. */
    private void errorDialogsShowAHumanMessageWithTheTraceInCollapsedDetails() throws Exception {
        FxDialogs real = new FxDialogs(() -> stage, () -> null);
        var failure = new java.io.IOException("disk full");
        var dialog = WaitForAsyncUtils.asyncFx(
                () -> real.errorDialog("Cannot save project", "Could not write the project: disk full", failure)).get();
        var pane = dialog.getDialogPane();
        assertEquals("Could not write the project: disk full", pane.getContentText());
        assertFalse(pane.isExpanded());
        var details = (javafx.scene.layout.VBox) pane.getExpandableContent();
        String trace = ((javafx.scene.control.TextArea) details.getChildren().get(1)).getText();
        assertTrue(trace.startsWith("java.io.IOException: disk full"), trace);
    }
}
