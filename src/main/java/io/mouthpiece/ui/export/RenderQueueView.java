package io.mouthpiece.ui.export;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The render queue as a list: per job its name, preset, output, state, progress bar, elapsed / time left, and
 * Cancel, Retry (failed or cancelled) and Show in Folder (done); a failed job shows its message with the causes in
 * an expandable area. A toolbar clears finished jobs. Bound to {@link ExportQueueViewModel}.
 */
public final class RenderQueueView {
    private final BorderPane root = new BorderPane();
    private final ListView<QueueJob> list;

    public RenderQueueView(ExportQueueViewModel vm, FolderOpener opener) {
        root.getStyleClass().add("render-queue");
        list = new ListView<>(vm.jobs());
        list.setId("renderQueueList");
        list.setPlaceholder(new Label("No exports queued. File \u2192 Export Take\u2026 adds one."));
        list.setCellFactory(l -> new JobCell(vm, opener));
        Button clear = new Button("Clear Finished", new FontIcon("mdi2p-playlist-remove"));
        clear.setId("clearFinished");
        clear.setOnAction(e -> vm.clearFinished());
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.jobs().stream().noneMatch(j -> j.state().isFinished()), vm.jobs()));
        Label count = new Label();
        count.getStyleClass().add("panel-meta");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long waiting = vm.jobs().stream().filter(j -> j.state() == QueueJob.State.QUEUED).count();
            long rendering = vm.jobs().stream().filter(j -> j.state() == QueueJob.State.RENDERING).count();
            return vm.jobs().size() + " job" + (vm.jobs().size() == 1 ? "" : "s")
                    + (rendering > 0 ? ", 1 rendering" : "") + (waiting > 0 ? ", " + waiting + " waiting" : "");
        }, vm.jobs(), vm.busyProperty()));
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        root.setTop(new ToolBar(new Label("Render Queue"), grow, count, clear));
        root.setCenter(list);
    }

    public Parent root() { return root; }

    /** One job row; rebuilt whenever the row's item or state changes. */
    private static final class JobCell extends ListCell<QueueJob> {
        private final ExportQueueViewModel vm;
        private final FolderOpener opener;
        private final javafx.beans.value.ChangeListener<QueueJob.State> onState = (o, a, b) -> build(getItem());

        JobCell(ExportQueueViewModel vm, FolderOpener opener) {
            this.vm = vm;
            this.opener = opener;
            // A zero preferred width lets the cell take the list's width, so long paths ellipsize and messages wrap.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(QueueJob job, boolean empty) {
            QueueJob old = getItem();
            if (old != null) old.stateProperty().removeListener(onState);
            super.updateItem(job, empty);
            if (empty || job == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            job.stateProperty().addListener(onState);
            build(job);
        }

        private void build(QueueJob j) {
            if (j == null) return;
            Label name = new Label(j.name());
            name.getStyleClass().add("queue-job-name");
            Label preset = new Label(j.preset());
            preset.getStyleClass().add("panel-meta");
            Label state = new Label(j.state().toString());
            state.getStyleClass().addAll("queue-state", "queue-state-" + j.state().name().toLowerCase(java.util.Locale.ROOT));
            Pane grow = new Pane();
            HBox.setHgrow(grow, Priority.ALWAYS);
            preset.setMinWidth(0);
            HBox top = new HBox(8, state, name, preset, grow);
            top.setAlignment(Pos.CENTER_LEFT);

            Label output = new Label(j.output().toString());
            output.getStyleClass().add("panel-meta");
            output.setTooltip(new Tooltip(j.output().toString()));
            output.setMinWidth(0);
            output.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);

            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(j.progressProperty());
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label timing = new Label();
            timing.textProperty().bind(j.timingProperty());
            timing.setMinWidth(150);
            HBox progress = new HBox(8, bar, timing);
            progress.setAlignment(Pos.CENTER_LEFT);

            HBox buttons = new HBox(6);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            if (!j.state().isFinished()) buttons.getChildren().add(button("Cancel", "mdi2c-close-circle-outline", () -> vm.cancel(j)));
            if (j.state() == QueueJob.State.FAILED || j.state() == QueueJob.State.CANCELLED) {
                buttons.getChildren().add(button("Retry", "mdi2r-refresh", () -> vm.retry(j)));
            }
            if (j.state() == QueueJob.State.DONE) {
                Button show = button("Show in Folder", "mdi2f-folder-open-outline", () -> opener.show(j.output()));
                if (!opener.available()) {
                    show.setDisable(true);
                    // A disabled control shows no tooltip of its own: put it on a wrapper.
                    Label wrap = new Label(null, show);
                    wrap.setTooltip(new Tooltip(FolderOpener.unavailableReason()));
                    buttons.getChildren().add(wrap);
                } else {
                    buttons.getChildren().add(show);
                }
            }
            top.getChildren().add(buttons);

            Label message = new Label();
            message.textProperty().bind(j.messageProperty());
            message.setWrapText(true);
            message.setMinWidth(0);
            message.getStyleClass().add(j.state() == QueueJob.State.FAILED ? "queue-error" : "panel-meta");
            VBox box = new VBox(4, top, output, progress, message);
            if (j.state() == QueueJob.State.FAILED && !j.details().isBlank()) {
                TextArea details = new TextArea(j.details());
                details.setEditable(false);
                details.setWrapText(true);
                details.setPrefRowCount(3);
                TitledPane more = new TitledPane("Details", details);
                more.setExpanded(false);
                more.setAnimated(false);
                box.getChildren().add(more);
            }
            box.setPadding(new Insets(6, 4, 6, 4));
            setText(null);
            setGraphic(box);
        }

        private static Button button(String text, String icon, Runnable action) {
            Button b = new Button(text, new FontIcon(icon));
            b.setId("queue-" + text.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            b.setOnAction(e -> action.run());
            return b;
        }
    }
}
