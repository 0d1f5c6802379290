package io.mouthpiece.ui.inspector;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Compact inspector sections: a titled header and a two-column grid of name / editor rows. */
final class PropertySection {
    private PropertySection() {}

    static Pane grow() {
        Pane p = new Pane();
        HBox.setHgrow(p, Priority.ALWAYS);
        return p;
    }

    /** Runs {@code commit} on Enter and when the field loses focus. */
    static void onCommit(TextField f, Runnable commit) {
        f.setOnAction(e -> commit.run());
        f.focusedProperty().subscribe(focused -> {
            if (!focused) commit.run();
        });
    }

    static HBox units(TextField f, String unit) {
        Label u = new Label(unit);
        u.getStyleClass().add("property-unit");
        HBox b = new HBox(4, f, u);
        b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return b;
    }

    static double parse(TextField f) { return parse(f.getText()); }

    static double parse(String s) {
        try {
            return Double.parseDouble(s.strip().replace(',', '.'));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Adds sections to a body. */
    static final class Builder {
        private final VBox body;
        private GridPane grid;
        private int row;

        Builder(VBox body) { this.body = body; }

        void section(String title, String icon) {
            Label t = new Label(title, new FontIcon(icon));
            t.getStyleClass().add("section-title");
            t.setMaxWidth(Double.MAX_VALUE);
            grid = new GridPane();
            grid.getStyleClass().add("property-grid");
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(72);
            names.setHalignment(HPos.RIGHT);
            ColumnConstraints editors = new ColumnConstraints();
            editors.setHgrow(Priority.ALWAYS);
            editors.setFillWidth(true);
            grid.getColumnConstraints().setAll(names, editors);
            VBox section = new VBox(t, grid);
            section.getStyleClass().add("inspector-section");
            body.getChildren().add(section);
            row = 0;
        }

        void row(String name, Node editor, String tip) {
            Label n = new Label(name);
            n.getStyleClass().add("property-name");
            GridPane.setValignment(n, editor instanceof javafx.scene.control.TextArea ? VPos.TOP : VPos.CENTER);
            if (tip != null) {
                Tooltip t = new Tooltip(tip);
                n.setTooltip(t);
                if (editor instanceof javafx.scene.control.Control c) c.setTooltip(new Tooltip(tip));
            }
            if (editor instanceof javafx.scene.layout.Region r) r.setMaxWidth(Double.MAX_VALUE);
            grid.addRow(row++, n, editor);
        }

        void note(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("property-note");
            l.setWrapText(true);
            GridPane.setHalignment(l, HPos.LEFT);
            grid.add(l, 0, row++, 2, 1);
        }

        Label value(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("property-value");
            l.setWrapText(true);
            return l;
        }

        Label mono(String text) {
            Label l = value(text);
            l.getStyleClass().add("mono");
            return l;
        }

        /** A field committing on Enter / focus loss ({@code commit} may be null when the caller wires it). */
        TextField text(String value, Consumer<String> commit) {
            TextField f = new TextField(value);
            if (commit != null) onCommit(f, () -> commit.accept(f.getText()));
            return f;
        }

        TextField number(double v) {
            TextField f = new TextField(String.format(Locale.ROOT, "%.1f", v));
            f.setPrefColumnCount(3);
            f.getStyleClass().add("number-field");
            return f;
        }

        Slider dial(double v) {
            Slider s = new Slider(0, 3, v);
            s.setMajorTickUnit(1);
            s.setBlockIncrement(0.1);
            s.getStyleClass().add("dial");
            return s;
        }

        /**
         * Slider + numeric field. {@code commit} runs when a drag ends, on a click or key step, and when a number is
         * typed, never during a drag.
         */
        void dialRow(String name, Slider s, Runnable commit, String tip) {
            TextField f = new TextField(InspectorController.fmt(s.getValue()));
            f.setPrefColumnCount(3);
            f.getStyleClass().add("number-field");
            s.valueProperty().addListener((o, was, v) -> {
                f.setText(InspectorController.fmt(v.doubleValue()));
                if (!s.isValueChanging()) commit.run();
            });
            s.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) commit.run();
            });
            onCommit(f, () -> {
                double v = parse(f);
                if (Double.isFinite(v)) s.setValue(Math.max(s.getMin(), Math.min(s.getMax(), v)));
                else f.setText(InspectorController.fmt(s.getValue()));
            });
            s.setId("dial-" + name.toLowerCase(Locale.ROOT));
            HBox.setHgrow(s, Priority.ALWAYS);
            s.setMaxWidth(Double.MAX_VALUE);
            HBox box = new HBox(6, s, f);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getStyleClass().add("dial-row");
            s.setTooltip(new Tooltip(tip));
            row(name, box, tip);
        }
    }
}
