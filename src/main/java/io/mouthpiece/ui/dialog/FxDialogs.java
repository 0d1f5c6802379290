package io.mouthpiece.ui.dialog;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Dialogs} with real JavaFX dialogs, owned by the main window and styled like it. */
public final class FxDialogs implements Dialogs {
    private static final Logger log = LoggerFactory.getLogger(FxDialogs.class);
    private final Supplier<Window> owner;
    private final Supplier<Path> initialFolder;

    /** @param initialFolder where file choosers start (may return null) */
    public FxDialogs(Supplier<Window> owner, Supplier<Path> initialFolder) {
        this.owner = owner;
        this.initialFolder = initialFolder;
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to \"" + projectName + "\"?");
        style(alert);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) return SaveChoice.SAVE;
        if (answer == discard) return SaveChoice.DISCARD;
        return SaveChoice.CANCEL;
    }

    @Override
    public boolean askRecover(String projectName, String savedAt) {
        ButtonType recover = new ButtonType("Recover", ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Mouthpiece did not close properly last time. Changes to this project were autosaved at " + savedAt
                        + ". Recover them? Discarded changes cannot be brought back.", recover, discard);
        alert.setTitle("Recover unsaved changes");
        alert.setHeaderText("Recover \"" + projectName + "\"?");
        style(alert);
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Project Folder");
        File start = existingFolder();
        if (start != null) chooser.setInitialDirectory(start);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName) {
        // A project is a folder; a save chooser lets the user type the new folder's name.
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Project As (a new folder)");
        chooser.setInitialFileName(suggestedName);
        File start = existingFolder();
        if (start != null) chooser.setInitialDirectory(start);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        log.warn("{}: {}", title, message, details);
        errorDialog(title, message, details).showAndWait();
    }

    /** An error dialog with a human message and, when there is a cause, a collapsed technical-details area. */
    public Dialog<ButtonType> errorDialog(String title, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setPrefWidth(520); // paths in messages are long; the default is cramped
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea area = new TextArea(trace.toString());
            area.setEditable(false);
            area.setWrapText(false);
            area.getStyleClass().add("details-area");
            VBox.setVgrow(area, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label("Technical details:"), area));
        }
        style(alert);
        return alert;
    }

    private void style(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
            if (w.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
        }
    }

    private File existingFolder() {
        Path p = initialFolder.get();
        return p != null && p.toFile().isDirectory() ? p.toFile() : null;
    }
}
