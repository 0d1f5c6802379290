package io.mouthpiece.ui.library;

import io.mouthpiece.service.CharacterLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Character → Character Library…: a tool window listing the saved characters with their portrait thumbnail, name,
 * consent status and date (damaged entries in red with the reason), and Add to Project, Delete, Reveal Folder.
 * One window per studio; showing it again brings it to the front and re-reads the library.
 */
public final class LibraryWindow {
    static final double THUMB = 72;

    private final LibraryViewModel vm;
    private final Stage stage = new Stage();
    private final ListView<CharacterLibrary.Entry> list = new ListView<>();
    private final Map<Path, Image> thumbs = new HashMap<>();

    public LibraryWindow(LibraryViewModel vm, Window owner, String stylesheet) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Character Library");

        Label title = new Label("CHARACTER LIBRARY");
        title.getStyleClass().add("panel-title");
        Label where = new Label(vm.libraryFolder().toString());
        where.getStyleClass().add("library-meta");
        VBox header = new VBox(2, title, where);
        header.setPadding(new Insets(10, 12, 8, 12));
        header.getStyleClass().add("panel-header");

        list.setItems(vm.entries());
        list.getStyleClass().add("library-list");
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(new Label("No saved characters yet. Character \u2192 Save to Library\u2026 adds the current one."));
        list.getSelectionModel().selectedItemProperty().subscribe(e -> {
            if (e != null) vm.selectedProperty().set(e);
        });
        vm.selectedProperty().subscribe(e -> {
            if (e != null && e != list.getSelectionModel().getSelectedItem()) list.getSelectionModel().select(e);
        });

        Button add = button("Add to Project", "mdi2a-account-plus-outline", () -> vm.addSelected(id -> { }));
        add.setDefaultButton(true);
        add.disableProperty().bind(vm.canAddProperty().not());
        Button delete = button("Delete", "mdi2d-delete-outline", vm::deleteSelected);
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        Button reveal = button("Reveal Folder", "mdi2f-folder-open-outline", vm::revealSelected);
        Button close = button("Close", null, stage::close);
        close.setCancelButton(true);
        Label status = new Label();
        status.getStyleClass().add("library-meta");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        for (Button x : new Button[]{add, delete, reveal, close}) x.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, add, delete, reveal, status, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10, 12, 10, 12));

        BorderPane root = new BorderPane(list, header, null, buttons, null);
        root.getStyleClass().add("studio");
        Scene scene = new Scene(root, 760, 520);
        if (stylesheet != null) scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
    }

    /** Shows (or raises) the window with a fresh listing. */
    public void show() {
        vm.refresh();
        if (vm.selectedProperty().get() != null) list.getSelectionModel().select(vm.selectedProperty().get());
        stage.show();
        stage.toFront();
    }

    public Stage stage() { return stage; }

    private static Button button(String text, String icon, Runnable action) {
        Button b = new Button(text, icon == null ? null : new FontIcon(icon));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Image thumbnail(CharacterLibrary.Entry e) {
        Path p = e.portraitFile();
        if (p == null || !Files.isRegularFile(p) || !isPicture(p)) return null;
        // decoded at thumbnail size in the background; the cell shows it when ready
        return thumbs.computeIfAbsent(p, k -> new Image(k.toUri().toString(), THUMB * 2, THUMB * 2, true, true, true));
    }

    private static boolean isPicture(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".bmp") || n.endsWith(".gif");
    }

    private final class EntryCell extends ListCell<CharacterLibrary.Entry> {
        private final ImageView image = new ImageView();
        private final FontIcon placeholder = new FontIcon("mdi2a-account-outline");
        private final StackPane frame = new StackPane(placeholder, image);
        private final Label name = new Label();
        private final Label consent = new Label();
        private final Label details = new Label();
        private final HBox row;

        EntryCell() {
            image.setFitWidth(THUMB);
            image.setFitHeight(THUMB);
            image.setPreserveRatio(true);
            image.setSmooth(true);
            placeholder.setIconSize(36);
            frame.setMinSize(THUMB, THUMB);
            frame.setPrefSize(THUMB, THUMB);
            frame.setMaxSize(THUMB, THUMB);
            frame.getStyleClass().add("library-thumb-frame");
            name.getStyleClass().add("library-name");
            consent.getStyleClass().add("library-meta");
            VBox text = new VBox(3, name, consent, details);
            text.setAlignment(Pos.CENTER_LEFT);
            row = new HBox(12, frame, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 4, 4, 4));
        }

        @Override
        protected void updateItem(CharacterLibrary.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            name.setText(e.name());
            consent.setText(e.consentStatus());
            consent.setVisible(!e.isDamaged());
            consent.setManaged(!e.isDamaged());
            details.setText(LibraryViewModel.details(e, ZoneId.systemDefault()));
            details.getStyleClass().setAll(e.isDamaged() ? "library-damaged" : "library-meta");
            Image img = thumbnail(e);
            image.setImage(img);
            placeholder.setIconLiteral(e.isDamaged() ? "mdi2a-alert-outline" : "mdi2a-account-outline");
            placeholder.setVisible(img == null);
            setGraphic(row);
        }
    }
}
