package io.mouthpiece.ui.library;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.service.CharacterLibrary;
import io.mouthpiece.ui.dialog.Dialogs;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.viewport.RigEditViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;

/**
 * The studio's character features in one place for the composition root: the Character menu, the library view
 * model and its window (created on first use).
 */
public final class CharacterFeatures {
    private final LibraryViewModel library;
    private final Window owner;
    private final String stylesheet;
    private LibraryWindow window;

    private CharacterFeatures(LibraryViewModel library, Window owner, String stylesheet) {
        this.library = library;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    /**
     * Builds the library view model over {@code libraryFolder} and puts the Character menu into {@code bar}.
     * @param status shows one line in the main window's status bar (FX thread)
     */
    public static CharacterFeatures install(MenuBar bar, Window owner, String stylesheet, Path libraryFolder,
                                            FxJobRunner runner, StudioSelection selection, Supplier<Path> projectFolder,
                                            Consumer<Edit> execute, Dialogs dialogs, RigEditViewModel rigEdit,
                                            Consumer<String> status) {
        CharacterFeatures[] self = new CharacterFeatures[1];
        LibraryViewModel vm = new LibraryViewModel(new CharacterLibrary(libraryFolder), runner, selection, projectFolder,
                execute, dialogs, e -> self[0].confirmDelete(e),
                new FolderReveal(msg -> Platform.runLater(() -> status.accept(msg))));
        self[0] = new CharacterFeatures(vm, owner, stylesheet);
        CharacterMenu.install(bar, rigEdit, vm, self[0]::openLibrary, status);
        return self[0];
    }

    public LibraryViewModel library() { return library; }

    /** Character → Character Library…: shows (or raises) the library window. */
    public void openLibrary() {
        if (window == null) window = new LibraryWindow(library, owner, stylesheet);
        window.show();
    }

    /** The library window's scene once it was opened, else null (screenshots). */
    public Scene libraryScene() { return window == null ? null : window.stage().getScene(); }

    private boolean confirmDelete(CharacterLibrary.Entry e) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Its folder, portrait and voice clips are removed from the "
                + "library. Projects that use the character keep their own copies.", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(window == null ? owner : window.stage());
        a.setTitle("Delete from Library");
        a.setHeaderText("Delete " + e.name() + " from the character library?");
        if (stylesheet != null) a.getDialogPane().getStylesheets().add(stylesheet);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
