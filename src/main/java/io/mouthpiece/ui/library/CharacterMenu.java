package io.mouthpiece.ui.library;

import io.mouthpiece.ui.viewport.RigEditViewModel;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's Character menu: Edit Face Rig (the viewer's rig edit mode, also R), Reset Face Rig, Save to
 * Library… and Character Library…. Built in code and put in the menu bar before Help, so the shared main-window FXML
 * stays untouched.
 */
public final class CharacterMenu {
    private CharacterMenu() {}

    /**
     * @param status shows a one-line result in the status bar
     * @param openLibrary shows the library window
     */
    public static Menu install(MenuBar bar, RigEditViewModel rigEdit, LibraryViewModel library, Runnable openLibrary,
                               Consumer<String> status) {
        CheckMenuItem edit = new CheckMenuItem("Edit _Face Rig", new FontIcon("mdi2v-vector-point-edit"));
        edit.selectedProperty().bindBidirectional(rigEdit.activeProperty());
        MenuItem reset = item("_Reset Face Rig", "mdi2r-restore", () -> {
            if (!rigEdit.resetRig()) status.accept("No analysed character in this take to reset");
        });
        MenuItem save = item("_Save to Library\u2026", "mdi2c-content-save-move-outline",
                () -> library.saveCharacter(e -> status.accept("Saved " + e.name() + " to the character library")));
        MenuItem open = item("Character _Library\u2026", "mdi2b-bookshelf", openLibrary);
        Menu menu = new Menu("_Character", null, edit, reset, new SeparatorMenuItem(), save, open);
        menu.setId("characterMenu");
        int help = bar.getMenus().size();
        for (int i = 0; i < bar.getMenus().size(); i++) {
            if (bar.getMenus().get(i).getText().replace("_", "").equalsIgnoreCase("Help")) help = i;
        }
        bar.getMenus().add(help, menu);
        return menu;
    }

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem m = new MenuItem(text, new FontIcon(icon));
        m.setOnAction(e -> action.run());
        return m;
    }
}
