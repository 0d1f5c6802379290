package io.mouthpiece.ui.importing;

import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.MediaKind;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link MediaDialogs} as real JavaFX dialogs owned by the studio window. */
public final class FxMediaDialogs implements MediaDialogs {
    private final Supplier<Window> owner;
    private final Supplier<Path> startFolder;

    /** @param startFolder where the file chooser opens (may supply null) */
    public FxMediaDialogs(Supplier<Window> owner, Supplier<Path> startFolder) {
        this.owner = owner;
        this.startFolder = startFolder;
    }

    @Override
    public List<Path> chooseMediaFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import Media");
        fc.getExtensionFilters().addAll(
                filter("Portraits, videos and audio", MediaFileTypes.IMAGES, MediaFileTypes.VIDEOS, MediaFileTypes.AUDIO),
                filter("Pictures", MediaFileTypes.IMAGES), filter("Videos", MediaFileTypes.VIDEOS),
                filter("Audio", MediaFileTypes.AUDIO));
        Path start = startFolder.get();
        if (start != null && start.toFile().isDirectory()) fc.setInitialDirectory(start.toFile());
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseReplacement(String itemName, MediaKind kind) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Relink " + itemName);
        fc.getExtensionFilters().add(switch (kind) {
            case IMAGE -> filter("Pictures", MediaFileTypes.IMAGES);
            case VIDEO -> filter("Videos", MediaFileTypes.VIDEOS);
            case AUDIO -> filter("Audio", MediaFileTypes.AUDIO);
        });
        Path start = startFolder.get();
        if (start != null && start.toFile().isDirectory()) fc.setInitialDirectory(start.toFile());
        File f = fc.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @SafeVarargs
    private static FileChooser.ExtensionFilter filter(String name, List<String>... exts) {
        return new FileChooser.ExtensionFilter(name, java.util.Arrays.stream(exts).flatMap(List::stream)
                .flatMap(e -> java.util.stream.Stream.of("*." + e, "*." + e.toUpperCase(java.util.Locale.ROOT))).toList());
    }

    @Override
    public boolean askSaveBeforeImport(String projectName) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "Imported media is copied into the project's folder, and \u201c" + projectName
                        + "\u201d has not been saved yet. Save it now?", new ButtonType("Save\u2026"), ButtonType.CANCEL);
        a.setTitle("Save before importing");
        a.setHeaderText("Save the project first");
        style(a);
        return a.showAndWait().map(b -> b != ButtonType.CANCEL).orElse(false);
    }

    @Override
    public Optional<ConsentRecord> askConsent(String pictureName) {
        Dialog<ConsentRecord> d = new Dialog<>();
        d.setTitle("New Character from Portrait");
        d.setHeaderText("Whose likeness is " + pictureName + "?");
        CheckBox real = new CheckBox("This is a real person");
        TextArea statement = new TextArea();
        statement.setPromptText("Consent statement: who agreed to be animated, to what use (e.g. \u201cJane Doe agreed on "
                + "2026-11-20 to this likeness voicing the museum audio guide\u201d)");
        statement.setWrapText(true);
        statement.setPrefRowCount(3);
        TextField who = new TextField(System.getProperty("user.name", ""));
        who.setPromptText("Recorded by");
        Label note = new Label("Illustrations and fictional characters need no statement. The declaration is stored with "
                + "the character and written into every export's manifest.");
        note.setWrapText(true);
        note.getStyleClass().add("dialog-note");
        VBox box = new VBox(8, real, new Label("Consent statement"), statement, new Label("Recorded by"), who, note);
        box.setPadding(new Insets(8));
        box.setPrefWidth(460);
        statement.disableProperty().bind(real.selectedProperty().not());
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(real.selectedProperty()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> statement.getText().isBlank(),
                        statement.textProperty())));
        d.setResultConverter(b -> b != ButtonType.OK ? null
                : new ConsentRecord(real.isSelected(), real.isSelected() ? statement.getText().strip() : "",
                who.getText().strip(), Instant.now().toString()));
        style(d);
        return d.showAndWait();
    }

    private void style(Dialog<?> d) {
        Window w = owner.get();
        if (w == null) return;
        d.initOwner(w);
        if (w.getScene() != null) d.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
    }
}
