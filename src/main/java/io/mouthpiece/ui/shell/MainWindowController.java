package io.mouthpiece.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import io.mouthpiece.ui.task.JobsViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the main window's menus, toolbar, status bar and drop target to {@link MainWindowViewModel}. */
public final class MainWindowController {
    private final MainWindowViewModel vm;
    private final JobsViewModel jobs;
    private final Runnable quit;
    private final Runnable about;
    private final StudioActions actions;
    private Runnable importMedia = () -> { }; // File → Import Media… (media branch)

    @FXML private BorderPane root;
    @FXML private Menu recentMenu;
    @FXML private MenuItem saveItem, saveAsItem, undoItem, redoItem, analyseItem, exportItem;
    @FXML private Button saveButton, undoButton, redoButton;
    @FXML private Tooltip undoTooltip, redoTooltip;
    @FXML private Label projectLabel;
    @FXML private StatusBar statusBar;

    /**
     * @param quit closes the studio without asking again (the question was already asked)
     * @param about shows the about box
     */
    public MainWindowController(MainWindowViewModel vm, JobsViewModel jobs, Runnable quit, Runnable about) {
        this(vm, jobs, quit, about, StudioActions.NONE);
    }

    /** @param actions the take actions (Analyse, Export) and the playback clock's status line */
    public MainWindowController(MainWindowViewModel vm, JobsViewModel jobs, Runnable quit, Runnable about,
                                StudioActions actions) {
        this.actions = actions;
        this.vm = vm;
        this.jobs = jobs;
        this.quit = quit;
        this.about = about;
    }

    @FXML
    private void initialize() {
        undoItem.textProperty().bind(vm.undoTextProperty());
        redoItem.textProperty().bind(vm.redoTextProperty());
        undoItem.disableProperty().bind(vm.canUndoProperty().not());
        redoItem.disableProperty().bind(vm.canRedoProperty().not());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        undoTooltip.textProperty().bind(vm.undoTextProperty().concat(" (Ctrl+Z)"));
        redoTooltip.textProperty().bind(vm.redoTextProperty().concat(" (Ctrl+Shift+Z)"));
        saveItem.disableProperty().bind(vm.documentProperty().isNull());
        saveAsItem.disableProperty().bind(vm.documentProperty().isNull());
        saveButton.disableProperty().bind(vm.documentProperty().isNull());

        projectLabel.textProperty().bind(Bindings.when(vm.dirtyProperty())
                .then(vm.projectNameProperty().concat(" " + MainWindowViewModel.UNSAVED_MARKER))
                .otherwise(vm.projectNameProperty()));
        vm.dirtyProperty().subscribe(d -> {
            projectLabel.getStyleClass().remove("dirty");
            if (d) projectLabel.getStyleClass().add("dirty");
        });
        statusBar.textProperty().bind(Bindings.when(jobs.busyProperty()).then(jobs.textProperty())
                .otherwise(vm.statusProperty()));
        statusBar.progressProperty().bind(jobs.progressProperty());
        Button cancel = new Button(null, new FontIcon("mdi2c-close-circle"));
        cancel.getStyleClass().add("status-cancel");
        cancel.setTooltip(new Tooltip("Cancel the running job"));
        cancel.setOnAction(e -> jobs.cancelNewest());
        cancel.visibleProperty().bind(jobs.busyProperty());
        cancel.managedProperty().bind(jobs.busyProperty());
        statusBar.getRightItems().add(cancel);
        Label audio = new Label();
        audio.getStyleClass().add("status-audio");
        audio.textProperty().bind(actions.playbackStatus());
        statusBar.getRightItems().add(audio);
        analyseItem.disableProperty().bind(vm.documentProperty().isNull().or(actions.analysing()));
        exportItem.disableProperty().bind(vm.documentProperty().isNull());

        vm.recentProjects().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();

        root.setOnDragOver(this::onDragOver);
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(this::onDragDropped);
        // Ctrl+Y is the other common redo shortcut; a menu item has one accelerator, so it goes on the scene.
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
            }
        });
    }

    @FXML private void onNew() { vm.newProject(); }
    @FXML private void onOpen() { vm.open(); }
    @FXML private void onSave() { vm.save(); }
    @FXML private void onSaveAs() { vm.saveAs(); }
    @FXML private void onUndo() { vm.undo(); }
    @FXML private void onRedo() { vm.redo(); }
    @FXML private void onAbout() { about.run(); }
    @FXML private void onAnalyse() { actions.analyse().run(); }
    @FXML private void onExport() { actions.export().run(); }
    @FXML private void onImport() { importMedia.run(); }

    /** What File → Import Media… (Ctrl+I) does. */
    public void setImportMedia(Runnable action) { importMedia = action; }
    @FXML private void onRenderQueue() { actions.renderQueue().run(); }

    @FXML
    private void onQuit() {
        if (vm.requestClose()) quit.run();
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentProjects()) {
            MenuItem item = new MenuItem(label(p));
            item.setGraphic(new FontIcon("mdi2f-folder-outline"));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(p));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private static String label(Path p) {
        Path name = p.getFileName();
        Path parent = p.getParent();
        return (name == null ? p.toString() : name.toString()) + (parent == null ? "" : "   \u2014 " + parent);
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && MainWindowViewModel.projectFolderIn(paths(e)).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            if (!root.getStyleClass().contains("drop-target")) root.getStyleClass().add("drop-target");
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        root.getStyleClass().remove("drop-target");
        var folder = e.getDragboard().hasFiles() ? MainWindowViewModel.projectFolderIn(paths(e)) : java.util.Optional.<Path>empty();
        e.setDropCompleted(folder.isPresent());
        e.consume();
        // Open after the drop gesture ends: a modal "save changes?" inside a DnD callback blocks the source app.
        folder.ifPresent(f -> javafx.application.Platform.runLater(() -> vm.open(f)));
    }

    private static List<Path> paths(DragEvent e) {
        return e.getDragboard().getFiles().stream().map(File::toPath).toList();
    }
}
