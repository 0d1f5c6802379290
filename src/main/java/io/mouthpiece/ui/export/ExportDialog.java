package io.mouthpiece.ui.export;

import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File → Export Take…: format, size, background (keep / transparent / colour), badge, and where to write. */
final class ExportDialog {
    private ExportDialog() {}

    enum Bg { KEEP, TRANSPARENT, COLOUR }

    /** @param initial the project's export background, the dialog's starting choice */
    static Optional<ExportChoice> ask(Window owner, int width, int height, Path suggested, Background initial) {
        // MP4 has no alpha channel: a project that exports transparent starts on WebM instead.
        ExportFormat startFormat = initial.needsAlphaChannel() ? ExportFormat.WEBM_VP9 : ExportFormat.MP4;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export Take");
        d.setHeaderText("Render the take with its dialogue");
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());

        ChoiceBox<ExportFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(ExportChoice.FORMATS));
        format.setConverter(new StringConverter<>() {
            @Override public String toString(ExportFormat f) { return f == null ? "" : ExportChoice.label(f); }
            @Override public ExportFormat fromString(String s) { return null; }
        });
        format.setValue(startFormat);
        Spinner<Integer> w = new Spinner<>(16, 7680, width, 2);
        Spinner<Integer> h = new Spinner<>(16, 4320, height, 2);
        w.setEditable(true);
        h.setEditable(true);
        w.setPrefWidth(100);
        h.setPrefWidth(100);
        ChoiceBox<Bg> bg = new ChoiceBox<>(FXCollections.observableArrayList(Bg.values()));
        bg.setValue(switch (initial.mode()) { case KEEP -> Bg.KEEP; case TRANSPARENT -> Bg.TRANSPARENT; case COLOR -> Bg.COLOUR; });
        ColorPicker colour = new ColorPicker(initial.mode() == Background.Mode.COLOR ? Color.web(initial.toString()) : Color.web("#00b140"));
        colour.disableProperty().bind(bg.valueProperty().isNotEqualTo(Bg.COLOUR));
        CheckBox badge = new CheckBox("Visible \u201cAI-generated\u201d badge");
        badge.setSelected(true);
        TextField file = new TextField(ExportChoice.withExtension(suggested, startFormat).toString());
        file.setPrefColumnCount(32);
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> browse(owner, format.getValue(), file));
        Label alphaNote = new Label();
        alphaNote.getStyleClass().add("panel-meta");
        format.valueProperty().subscribe(f -> {
            file.setText(ExportChoice.withExtension(Path.of(file.getText().isBlank() ? suggested.toString() : file.getText()), f).toString());
            alphaNote.setText(f.supportsAlpha() ? "" : "MP4 has no alpha: a transparent background becomes black");
        });

        GridPane g = new GridPane(10, 8);
        g.setPadding(new Insets(12));
        g.addRow(0, new Label("Format"), format);
        g.addRow(1, new Label("Size"), new HBox(6, w, new Label("\u00d7"), h));
        g.addRow(2, new Label("Background"), new HBox(6, bg, colour));
        g.add(alphaNote, 1, 3);
        g.addRow(4, new Label("Badge"), badge);
        HBox where = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        g.addRow(5, new Label("Save to"), where);
        d.getDialogPane().setContent(g);

        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != export || file.getText().isBlank()) return Optional.empty();
        Background background = switch (bg.getValue()) {
            case KEEP -> Background.KEEP;
            case TRANSPARENT -> Background.TRANSPARENT;
            case COLOUR -> Background.color(rgb(colour.getValue()));
        };
        return Optional.of(new ExportChoice(format.getValue(), even(w.getValue()), even(h.getValue()), background,
                badge.isSelected(), Path.of(file.getText().trim())));
    }

    private static void browse(Window owner, ExportFormat f, TextField file) {
        Path current = Path.of(file.getText().isBlank() ? "export" : file.getText()).toAbsolutePath();
        File picked;
        if (f == ExportFormat.PNG_SEQUENCE) {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Folder for the PNG sequence");
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) c.setInitialDirectory(current.getParent().toFile());
            picked = c.showDialog(owner);
            if (picked != null) picked = new File(picked, current.getFileName().toString());
        } else {
            FileChooser c = new FileChooser();
            c.setTitle("Export as");
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) c.setInitialDirectory(current.getParent().toFile());
            c.setInitialFileName(current.getFileName().toString());
            picked = c.showSaveDialog(owner);
        }
        if (picked != null) file.setText(ExportChoice.withExtension(picked.toPath(), f).toString());
    }

    /** Encoders want even sizes (4:2:0 chroma). */
    private static int even(int v) { return Math.max(2, v & ~1); }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
