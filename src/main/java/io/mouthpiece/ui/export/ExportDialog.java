package io.mouthpiece.ui.export;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.lipsync.cues.CueFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File → Export Take…: a preset, then range, size, frame rate, background, badge, engine tracks and where to save,
 * all bound to an {@link ExportDialogModel}. "Add to Queue" stays disabled while the model reports a problem, which
 * is shown in words; an existing output gets a warning line.
 */
final class ExportDialog {
    static final String QUEUE_BUTTON = "Add to Queue";

    private ExportDialog() {}

    /** Shows the dialog; the spec when the user queued, empty when cancelled. */
    static Optional<ExportSpec> ask(Window owner, ExportDialogModel m) {
        Dialog<ButtonType> d = build(owner, m);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonBar.ButtonData.OK_DONE || !m.isValid()) return Optional.empty();
        return Optional.of(m.toSpec());
    }

    static Dialog<ButtonType> build(Window owner, ExportDialogModel m) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle("Export Take");
        d.setHeaderText("Export \u201c" + m.context().takeName() + "\u201d");
        ButtonType queue = new ButtonType(QUEUE_BUTTON, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(queue, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        d.getDialogPane().getStyleClass().add("export-dialog");

        ChoiceBox<ExportPreset> preset = choice("exportPreset", ExportPreset.values(), ExportPreset::label);
        preset.valueProperty().bindBidirectional(m.presetProperty());
        ChoiceBox<ExportFormat> format = choice("exportFormat", ExportFormat.values(), ExportSpec::label);
        format.valueProperty().bindBidirectional(m.formatProperty());
        ChoiceBox<ExportSpec.Range> range = choice("exportRange", ExportSpec.Range.values(), r -> r + "  (" + seconds(m, r) + ")");
        range.valueProperty().bindBidirectional(m.rangeProperty());

        ChoiceBox<ExportSpec.Size> size = choice("exportSize", ExportSpec.Size.values(), ExportSpec.Size::toString);
        size.valueProperty().bindBidirectional(m.sizeProperty());
        Spinner<Integer> w = sizeSpinner("exportWidth", m.widthProperty());
        Spinner<Integer> h = sizeSpinner("exportHeight", m.heightProperty());
        w.disableProperty().bind(m.sizeProperty().isNotEqualTo(ExportSpec.Size.CUSTOM));
        h.disableProperty().bind(m.sizeProperty().isNotEqualTo(ExportSpec.Size.CUSTOM));

        List<FrameRate> rates = new ArrayList<>(ExportDialogModel.RATES);
        if (!rates.contains(m.context().projectRate())) rates.addFirst(m.context().projectRate());
        ChoiceBox<FrameRate> fps = choice("exportFps", rates.toArray(FrameRate[]::new),
                r -> fpsLabel(r) + (r.equals(m.context().projectRate()) ? "  (project)" : ""));
        fps.valueProperty().bindBidirectional(m.rateProperty());

        ChoiceBox<ExportSpec.Bg> bg = choice("exportBackground", ExportSpec.Bg.values(),
                b -> b == ExportSpec.Bg.PROJECT ? b + " (" + m.context().projectBackground() + ")" : b.toString());
        bg.valueProperty().bindBidirectional(m.backgroundProperty());
        ColorPicker colour = new ColorPicker(Color.rgb(m.colourProperty().get() >> 16 & 255, m.colourProperty().get() >> 8 & 255,
                m.colourProperty().get() & 255));
        colour.valueProperty().subscribe(c -> m.colourProperty().set(rgb(c)));
        colour.disableProperty().bind(m.backgroundProperty().isNotEqualTo(ExportSpec.Bg.COLOUR));

        CheckBox badge = new CheckBox("Visible \u201cAI-generated\u201d badge");
        badge.selectedProperty().bindBidirectional(m.badgeProperty());

        FlowPane tracks = new FlowPane(10, 4);
        for (CueFormat f : CueFormat.values()) {
            CheckBox c = new CheckBox(ExportSpec.label(f));
            c.setId("track-" + f.name().toLowerCase(java.util.Locale.ROOT));
            c.setSelected(m.tracks().contains(f));
            m.tracks().addListener((javafx.collections.SetChangeListener<CueFormat>) ch -> c.setSelected(m.tracks().contains(f)));
            c.selectedProperty().subscribe(on -> {
                if (on) m.tracks().add(f);
                else m.tracks().remove(f);
            });
            tracks.getChildren().add(c);
        }
        tracks.setPrefWrapLength(460);

        TextField file = new TextField();
        file.setId("exportOutput");
        file.textProperty().bindBidirectional(m.outputProperty());
        file.setPrefColumnCount(34);
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> browse(owner, m));

        Label problem = note("export-problem", "mdi2a-alert-circle-outline");
        problem.textProperty().bind(m.problemProperty());
        problem.visibleProperty().bind(m.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label overwrite = note("export-overwrite", "mdi2a-alert-outline");
        overwrite.textProperty().bind(m.overwriteProperty());
        overwrite.visibleProperty().bind(m.overwriteProperty().isNotEmpty());
        overwrite.managedProperty().bind(overwrite.visibleProperty());
        Label summary = new Label();
        summary.getStyleClass().add("panel-meta");
        summary.textProperty().bind(m.summaryProperty());

        GridPane g = new GridPane(10, 8);
        g.setPadding(new Insets(12));
        int row = 0;
        g.addRow(row++, new Label("Preset"), preset);
        g.addRow(row++, new Label("Format"), format);
        g.addRow(row++, new Label("Range"), range);
        g.addRow(row++, new Label("Size"), new HBox(6, size, w, new Label("\u00d7"), h));
        g.addRow(row++, new Label("Frame rate"), fps);
        g.addRow(row++, new Label("Background"), new HBox(6, bg, colour));
        g.addRow(row++, new Label("Badge"), badge);
        g.addRow(row++, new Label("Engine tracks"), tracks);
        HBox where = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        g.addRow(row++, new Label("Save to"), where);
        g.add(summary, 1, row++);
        g.add(overwrite, 0, row++, 2, 1);
        g.add(problem, 0, row, 2, 1);
        problem.setMaxWidth(560);
        overwrite.setMaxWidth(560);
        d.getDialogPane().setContent(g);
        Node ok = d.getDialogPane().lookupButton(queue);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !m.problemProperty().get().isEmpty(), m.problemProperty()));
        return d;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, Function<T, String> label) {
        ChoiceBox<T> c = new ChoiceBox<>(FXCollections.observableArrayList(values));
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override public String toString(T v) { return v == null ? "" : label.apply(v); }
            @Override public T fromString(String s) { return null; }
        });
        return c;
    }

    private static Spinner<Integer> sizeSpinner(String id, javafx.beans.property.IntegerProperty p) {
        Spinner<Integer> s = new Spinner<>(ExportDialogModel.MIN_SIZE, io.mouthpiece.export.ExportSettings.MAX_SIZE, p.get(), 2);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(96);
        SpinnerValueFactory<Integer> f = s.getValueFactory();
        p.subscribe(v -> { if (!v.equals(f.getValue())) f.setValue(v.intValue()); });
        f.valueProperty().subscribe(v -> { if (v != null && v != p.get()) p.set(v); });
        return s;
    }

    private static Label note(String styleClass, String icon) {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setGraphic(new FontIcon(icon));
        return l;
    }

    private static String seconds(ExportDialogModel m, ExportSpec.Range r) {
        var t = m.context().range(r);
        return String.format(java.util.Locale.ROOT, "%.2f\u2013%.2f s", t.start().toDouble(), t.end().toDouble());
    }

    static String fpsLabel(FrameRate r) {
        return r.fps().den() == 1 ? r.fps().num() + " fps" : String.format(java.util.Locale.ROOT, "%.3f fps", r.toDouble());
    }

    private static void browse(Window owner, ExportDialogModel m) {
        ExportFormat f = m.formatProperty().get();
        String text = m.outputProperty().get();
        Path current = Path.of(text == null || text.isBlank() ? "export" : text.trim()).toAbsolutePath();
        File start = current.getParent() != null && current.getParent().toFile().isDirectory() ? current.getParent().toFile() : null;
        File picked;
        if (f == ExportFormat.PNG_SEQUENCE) {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Folder that will hold the PNG sequence");
            c.setInitialDirectory(start);
            picked = c.showDialog(owner);
            if (picked != null) picked = new File(picked, current.getFileName().toString());
        } else {
            FileChooser c = new FileChooser();
            c.setTitle("Export as");
            c.setInitialDirectory(start);
            c.setInitialFileName(current.getFileName().toString());
            picked = c.showSaveDialog(owner);
        }
        // The system save dialog asks about replacing; the overwrite line repeats it until the job runs.
        if (picked != null) m.outputProperty().set(ExportSpec.withExtension(picked.toPath(), f).toString());
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
