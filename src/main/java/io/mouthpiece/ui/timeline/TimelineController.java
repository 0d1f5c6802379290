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

    /** The playhead's time on the take's timeline (the transport's time is already absolute, not from the in-point). */
    private Rational playheadTime() {
        return playback.timeProperty().get();
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
        int fps = Math.max(1, s.rate().nominal());
        if (vm.secondsProperty().get() > 0 && width > HEAD_WIDTH) {
            // steps in whole frames: ticks at least 8 px apart, labels at least 70 px, both on round values
            long[] steps = java.util.stream.LongStream.concat(
                    java.util.stream.LongStream.of(1, 2, 3, 4, 5, 6, 8, 10, 12, 15).filter(d -> d < fps && fps % d == 0),
                    java.util.stream.LongStream.of(1, 2, 5, 10, 30, 60, 300).map(k -> k * fps)).toArray();
            long tick = pick(steps, 8 / s.pxPerFrame());
            long label = pick(steps, 70 / s.pxPerFrame());
            if (label % tick != 0) tick = label;
            double last = vm.lengthFrames();
            for (long f = (long) Math.floor(s.firstFrame() / tick) * tick; f <= last; f += tick) {
                double x = HEAD_WIDTH + s.xOfFrame(f);
                if (x > width) break;
                if (x < HEAD_WIDTH) continue;
                boolean major = f % label == 0;
                Line line = new Line(Math.rint(x) + 0.5, major ? 9 : 19, Math.rint(x) + 0.5, 26);
                line.getStyleClass().add("ruler-tick");
                ruler.getChildren().add(line);
                if (major && x + 40 < width) {
                    Text text = new Text(x + 4, 12, label(f, fps));
                    text.getStyleClass().add("ruler-label");
                    ruler.getChildren().add(text);
                }
            }
        }
        ruler.getChildren().add(playhead);
        movePlayhead();
    }

    private static long pick(long[] steps, double atLeastFrames) {
        for (long st : steps) if (st >= atLeastFrames) return st;
        return steps[steps.length - 1];
    }

    /** m:ss on whole seconds, m:ss:ff between them (nominal frames, as timecode counts them). */
    private static String label(long frame, int fps) {
        long sec = frame / fps;
        long ff = frame % fps;
        String base = String.format("%d:%02d", sec / 60, sec % 60);
        return ff == 0 ? base : base + String.format(":%02d", ff);
    }

    /** The view model (tests). */
    TimelineViewModel viewModel() { return vm; }
}
