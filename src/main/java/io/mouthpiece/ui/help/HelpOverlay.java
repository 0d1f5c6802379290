package io.mouthpiece.ui.help;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Help → Keyboard Shortcuts: a translucent layer over the whole window listing {@link Shortcut}'s table by section.
 * F1 or ? opens it (from anywhere but a text field), Esc or a click closes it. Put {@link #node()} above the window's
 * content in a StackPane and call {@link #install} once the scene exists.
 */
public final class HelpOverlay {
    private final StackPane layer = new StackPane();

    public HelpOverlay() {
        layer.getStyleClass().add("help-overlay");
        layer.getStylesheets().add(HelpOverlay.class.getResource("/io/mouthpiece/ui/help/help.css").toExternalForm());
        layer.setVisible(false);
        layer.setPickOnBounds(true);
        VBox card = new VBox(10);
        card.getStyleClass().add("help-card");
        card.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label hint = new Label("Esc closes");
        hint.getStyleClass().add("help-hint");
        HBox head = new HBox(title, new javafx.scene.layout.Pane(), hint);
        HBox.setHgrow(head.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox columns = new HBox(28,
                column(Shortcut.Section.TRANSPORT, Shortcut.Section.MARKS),
                column(Shortcut.Section.TIMELINE),
                column(Shortcut.Section.VIEWER, Shortcut.Section.FILE, Shortcut.Section.EDIT));
        card.getChildren().addAll(head, columns);
        layer.getChildren().add(card);
        layer.setOnMouseClicked(e -> hide());
        card.setOnMouseClicked(javafx.event.Event::consume);
    }

    private static VBox column(Shortcut.Section... sections) {
        VBox col = new VBox(12);
        for (Shortcut.Section s : sections) {
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(3);
            // the key column never truncates ("Ctrl+Shift+Z  /  Ctrl+Y"); all sections of a column line up at 150 px
            ColumnConstraints keysColumn = new ColumnConstraints();
            keysColumn.setMinWidth(150);
            ColumnConstraints textColumn = new ColumnConstraints();
            textColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.getColumnConstraints().addAll(keysColumn, textColumn);
            Label heading = new Label(s.title());
            heading.getStyleClass().add("help-section");
            grid.add(heading, 0, 0, 2, 1);
            int row = 1;
            for (Shortcut sc : Shortcut.in(s)) {
                Label keys = new Label(sc.keysText());
                keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                keys.getStyleClass().add("help-keys");
                Label what = new Label(sc.description());
                what.getStyleClass().add("help-text");
                grid.add(keys, 0, row);
                grid.add(what, 1, row);
                row++;
            }
            col.getChildren().add(grid);
        }
        return col;
    }

    public Node node() { return layer; }

    /** F1 / ? open, Esc closes (scene-wide filters, so they work wherever the focus is). */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (layer.isVisible() && e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            } else if (Shortcut.HELP.matches(e) && !(e.getTarget() instanceof TextInputControl)) {
                toggle();
                e.consume();
            } else if (layer.isVisible()) {
                e.consume(); // the overlay is modal for keys: nothing plays or edits behind it
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void typed(KeyEvent e) {
        if (Shortcut.HELP.matchesTyped(e) && !(e.getTarget() instanceof TextInputControl)) {
            if (!layer.isVisible()) show();
            e.consume();
        }
    }

    public void show() {
        layer.setVisible(true);
        layer.requestFocus();
    }

    public void hide() { layer.setVisible(false); }

    public void toggle() {
        if (layer.isVisible()) hide();
        else show();
    }

    public boolean isShowing() { return layer.isVisible(); }
}
