package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import io.mouthpiece.ui.viewport.PlaybackViewModel;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * Draws the ruler, the lanes and the playhead at the view model's {@link TimeScale}, and turns keys and the wheel
 * into view-model calls: Ctrl+wheel zooms around the pointer, Shift+wheel (or a sideways wheel) and the scroll bar
 * scroll, Delete removes the selected key, Alt+Left/Right nudge it a frame, Ctrl+C/Ctrl+V copy and paste it, K keys
 * the selected lane at the playhead.
 */
public final class TimelineController {
    /** Width of the track headers; the ruler and the lanes' time axis start after it. */
    static final double HEAD_WIDTH = 170;

    private final TimelineViewModel vm;
    private final PlaybackViewModel playback;
    private final Line playhead = new Line();
    private final Line lanePlayhead = new Line();
    @FXML private Pane ruler;
    @FXML private Pane overlay;
    @FXML private ListView<Row> trackList;
    @FXML private ScrollBar hscroll;
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
        lanePlayhead.getStyleClass().add("playhead");
        lanePlayhead.setStartY(0);
        lanePlayhead.setMouseTransparent(true);
    }

    @FXML
    private void initialize() {
        rateLabel.textProperty().bind(vm.takeNameProperty());
        trackList.setItems(vm.rows());
        trackList.setCellFactory(list -> new LaneCell(vm, this::seek));
        trackList.setFocusTraversable(true);
        overlay.getChildren().add(lanePlayhead);
        overlay.setMouseTransparent(true);
        lanePlayhead.endYProperty().bind(overlay.heightProperty());
        ruler.widthProperty().subscribe(w -> vm.setLaneWidth(w.doubleValue() - HEAD_WIDTH - 14));
        vm.scaleProperty().subscribe(s -> {
            drawRuler();
            syncScrollBar();
        });
        vm.secondsProperty().subscribe(s -> drawRuler());
        hscroll.valueProperty().subscribe(v -> {
            if (Math.abs(v.doubleValue() - vm.scaleProperty().get().firstFrame()) > 1e-6) vm.scrollTo(v.doubleValue());
        });
        trackList.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        ruler.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        trackList.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        if (playback != null) {
            playback.timeProperty().subscribe(t -> movePlayhead());
            ruler.setOnMousePressed(e -> seek(vm.scaleProperty().get().snap(e.getX() - HEAD_WIDTH)));
            ruler.setOnMouseDragged(e -> seek(vm.scaleProperty().get().snap(e.getX() - HEAD_WIDTH)));
        }
    }

    @FXML private void zoomIn() { vm.zoom(1.5, 0); }

    @FXML private void zoomOut() { vm.zoom(1 / 1.5, 0); }

    @FXML private void zoomFit() { vm.fit(); }

    private void wheel(ScrollEvent e) {
        double laneX = e.getX() - HEAD_WIDTH;
        if (e.isShortcutDown()) {
            if (e.getDeltaY() != 0) vm.zoom(Math.pow(1.0015, e.getDeltaY()), Math.max(0, laneX));
            e.consume();
        } else if (e.getDeltaX() != 0 || e.isShiftDown()) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            vm.scrollBy(-d);
            e.consume();
        }
    }

    private void key(KeyEvent e) {
        KeyCode c = e.getCode();
        if ((c == KeyCode.DELETE || c == KeyCode.BACK_SPACE) && vm.selectedKeyProperty().get() != null) {
            vm.deleteSelected();
        } else if (e.isAltDown() && (c == KeyCode.LEFT || c == KeyCode.RIGHT)) {
            vm.nudgeSelected(c == KeyCode.LEFT ? -1 : 1);
        } else if (e.isShortcutDown() && c == KeyCode.C && vm.selectedKeyProperty().get() != null) {
            vm.copySelected();
        } else if (e.isShortcutDown() && c == KeyCode.V && playback != null) {
            vm.paste(vm.selectedLaneProperty().get(), playheadTime());
        } else if (c == KeyCode.K && !e.isShortcutDown() && playback != null && laneIsChannel()) {
            vm.addKey(vm.selectedLaneProperty().get(), playheadTime());
        } else {
            return;
        }
        e.consume();
    }

    private boolean laneIsChannel() {
        Row r = vm.selectedLaneProperty().get();
        return r != null && r.channel() != null;
    }

    /** The playhead's time on the take's timeline. */
    private Rational playheadTime() {
        return playback.range().start().add(playback.timeProperty().get());
    }

    private void seek(Rational t) {
        if (playback != null) playback.seek(t);
    }

    private void syncScrollBar() {
        TimeScale s = vm.scaleProperty().get();
        double visible = s.visibleFrames(Math.max(1, ruler.getWidth() - HEAD_WIDTH - 14));
        double total = vm.lengthFrames();
        hscroll.setMin(0);
        hscroll.setMax(Math.max(0, total - visible));
        hscroll.setVisibleAmount(Math.min(total, visible));
        hscroll.setValue(s.firstFrame());
        hscroll.setDisable(visible >= total);
    }

    private void movePlayhead() {
        double x = HEAD_WIDTH + (playback == null ? 0 : vm.scaleProperty().get().x(playheadTime()));
        boolean on = x >= HEAD_WIDTH && x <= ruler.getWidth();
        playhead.setVisible(on);
        lanePlayhead.setVisible(on);
        playhead.setStartX(x);
        playhead.setEndX(x);
        lanePlayhead.setStartX(x);
        lanePlayhead.setEndX(x);
    }

    private void drawRuler() {
        ruler.getChildren().clear();
        TimeScale s = vm.scaleProperty().get();
        double width = ruler.getWidth();
        double fps = s.rate().toDouble();
        double pxPerSecond = s.pxPerFrame() * fps;
        if (vm.secondsProperty().get() > 0 && width > HEAD_WIDTH) {
            // ticks every frame when frames are wide, else at a step that keeps labels ~80 px apart
            double[] steps = {1 / fps, 5 / fps, 0.25, 0.5, 1, 2, 5, 10, 30, 60};
            double step = steps[steps.length - 1];
            for (double st : steps) {
                if (st * pxPerSecond >= 12) { step = st; break; }
            }
            double labelEvery = step * Math.max(1, Math.ceil(80 / (step * pxPerSecond)));
            double t0 = Math.floor(s.firstFrame() / fps / step) * step;
            for (double t = t0; ; t += step) {
                double x = HEAD_WIDTH + (t * fps - s.firstFrame()) * s.pxPerFrame();
                if (x > width) break;
                if (x < HEAD_WIDTH) continue;
                boolean major = Math.abs(t / labelEvery - Math.rint(t / labelEvery)) < 1e-6;
                Line tick = new Line(Math.rint(x) + 0.5, major ? 10 : 19, Math.rint(x) + 0.5, 26);
                tick.getStyleClass().add("ruler-tick");
                ruler.getChildren().add(tick);
                if (major && x + 40 < width) {
                    Text label = new Text(x + 3, 11, label(t, fps));
                    label.getStyleClass().add("ruler-label");
                    ruler.getChildren().add(label);
                }
            }
        }
        ruler.getChildren().add(playhead);
        movePlayhead();
    }

    /** m:ss, or m:ss:ff where the label falls inside a second. */
    private static String label(double t, double fps) {
        long whole = (long) Math.floor(t + 1e-9);
        long frame = Math.round((t - whole) * fps);
        String base = String.format("%d:%02d", whole / 60, whole % 60);
        return frame == 0 ? base : base + String.format(":%02d", frame);
    }

    /** The view model (tests). */
    TimelineViewModel viewModel() { return vm; }
}
