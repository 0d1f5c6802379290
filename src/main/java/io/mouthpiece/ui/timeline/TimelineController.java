package io.mouthpiece.ui.timeline;

import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import io.mouthpiece.ui.viewport.PlaybackViewModel;
import io.mouthpiece.ui.timeline.TimelineViewModel.Span;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/** Draws the take's lanes and a seconds ruler; editing, zoom and the playhead come with the timeline issue. */
public final class TimelineController {
    /** Width of the track headers; the ruler starts after it so ticks line up with the lanes. */
    static final double HEAD_WIDTH = 170;

    private final TimelineViewModel vm;
    private final PlaybackViewModel playback;
    private final Line playhead = new Line();
    @FXML private Pane ruler;
    @FXML private ListView<Row> trackList;
    @FXML private Label rateLabel;

    public TimelineController(TimelineViewModel vm) { this(vm, null); }

    /** @param playback the transport whose playhead the ruler shows and scrubs (null: a static ruler) */
    public TimelineController(TimelineViewModel vm, PlaybackViewModel playback) {
        this.vm = vm;
        this.playback = playback;
        playhead.getStyleClass().add("playhead");
        playhead.setStartY(0);
        playhead.setEndY(26);
        playhead.setMouseTransparent(true);
    }

    @FXML
    private void initialize() {
        rateLabel.textProperty().bind(vm.takeNameProperty());
        trackList.setItems(vm.rows());
        trackList.setCellFactory(list -> new TrackCell());
        trackList.setFocusTraversable(true);
        ruler.widthProperty().subscribe(w -> drawRuler());
        vm.secondsProperty().subscribe(s -> drawRuler());
        if (playback != null) {
            playback.timeProperty().subscribe(t -> movePlayhead());
            ruler.setOnMousePressed(e -> scrub(e.getX()));
            ruler.setOnMouseDragged(e -> scrub(e.getX()));
        }
    }

    /** Pixels per second of the ruler, or 0 when there is nothing to draw. */
    private double pxPerSecond() {
        double seconds = vm.secondsProperty().get();
        double width = ruler.getWidth() - HEAD_WIDTH - 16;
        return seconds <= 0 || width <= 0 ? 0 : width / seconds;
    }

    private void movePlayhead() {
        double t = playback == null ? 0 : playback.timeProperty().get().toDouble(); // layout only
        double x = HEAD_WIDTH + 8 + t * pxPerSecond();
        playhead.setStartX(x);
        playhead.setEndX(x);
    }

    /** Click or drag on the ruler: the playhead goes to the frame under the pointer. */
    private void scrub(double x) {
        double px = pxPerSecond();
        if (px <= 0) return;
        double seconds = Math.max(0, (x - HEAD_WIDTH - 8) / px);
        // Pixels are approximate anyway; the frame index makes the time exact again.
        long frameOfTake = Math.round(Math.floor(seconds * playback.rate().toDouble()));
        playback.seek(playback.rate().timeOf(frameOfTake));
    }

    private void drawRuler() {
        ruler.getChildren().clear();
        double seconds = vm.secondsProperty().get();
        double width = ruler.getWidth() - HEAD_WIDTH - 16;
        if (seconds <= 0 || width <= 0) {
            ruler.getChildren().add(playhead);
            return;
        }
        double pxPerSecond = width / seconds;
        double step = pxPerSecond >= 400 ? 0.25 : pxPerSecond >= 160 ? 0.5 : pxPerSecond >= 60 ? 1 : 5;
        for (int i = 0; i * step <= seconds + 1e-9; i++) {
            double t = i * step;
            double x = HEAD_WIDTH + 8 + t * pxPerSecond;
            boolean major = Math.abs(t - Math.rint(t)) < 1e-9;
            Line tick = new Line(x, major ? 12 : 18, x, 26);
            tick.getStyleClass().add("ruler-tick");
            ruler.getChildren().add(tick);
            if (major && x + 30 < ruler.getWidth()) {
                Text label = new Text(x + 3, 12, String.format("%d:%02d", (long) t / 60, (long) t % 60));
                label.getStyleClass().add("ruler-label");
                ruler.getChildren().add(label);
            }
        }
        ruler.getChildren().add(playhead);
        movePlayhead();
    }

    private static final class TrackCell extends ListCell<Row> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox head = new VBox(name, detail);
        private final Pane lane = new Pane();
        private final HBox row = new HBox(head, lane);
        private Row current;

        TrackCell() {
            head.getStyleClass().add("track-head");
            head.setAlignment(Pos.CENTER_LEFT);
            name.getStyleClass().add("track-name");
            detail.getStyleClass().add("track-meta");
            row.getStyleClass().add("track-row");
            lane.getStyleClass().add("track-lane");
            HBox.setHgrow(lane, Priority.ALWAYS);
            lane.widthProperty().subscribe(w -> layoutClips());
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            current = empty ? null : item;
            if (current == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            detail.setText(item.detail());
            row.getStyleClass().removeAll("lane-picture", "lane-dialogue", "lane-motion");
            row.getStyleClass().add("lane-" + item.lane().name().toLowerCase(java.util.Locale.ROOT));
            layoutClips();
            setGraphic(row);
        }

        private void layoutClips() {
            lane.getChildren().clear();
            if (current == null) return;
            double width = lane.getWidth() - 16;
            for (Span s : current.spans()) {
                Label clip = new Label(s.label());
                HBox box = new HBox(clip);
                box.getStyleClass().add("track-clip");
                box.setAlignment(Pos.CENTER_LEFT);
                box.setLayoutX(8 + s.start() * width);
                box.setLayoutY(7);
                box.setPrefSize(Math.max(4, (s.end() - s.start()) * width), 32);
                box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                lane.getChildren().add(box);
            }
        }
    }
}
