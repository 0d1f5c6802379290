package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.project.Marker;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;
import io.mouthpiece.ui.help.Shortcut;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import io.mouthpiece.ui.viewport.PlaybackViewModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws the ruler (ticks, the in–out range, markers, the playhead with its frame), the lanes and the playhead at the
 * view model's {@link TimeScale}, and turns keys and the mouse into view-model calls. The keys come from the one
 * {@link Shortcut} table: on the whole window I / O / Alt+I / Alt+O set and clear in and out, M adds a marker,
 * Shift+Up/Down jump between markers, S toggles snapping, Ctrl+L looping, Delete removes the selected marker; on the
 * lanes Delete, Alt+Left/Right, Ctrl+C/V and Shift+K edit keys (Delete removes the focused dialogue clip instead when a
 * clip has the focus). Dragging on the ruler scrubs with sound, dragging a
 * marker's flag moves it (whole frames, one edit); a drag on empty channel-lane space selects keys in a box without
 * moving the playhead, and a click there moves it.
 */
public final class TimelineController {
    /** Width of the track headers; the ruler and the lanes' time axis start after it. */
    static final double HEAD_WIDTH = 170;
    /** The ruler: ticks and labels above {@link #MARK_TOP}, the marker band below it. */
    static final double RULER_HEIGHT = 38;
    static final double MARK_TOP = 24;

    private final TimelineViewModel vm;
    private final PlaybackViewModel playback;
    private final MarksViewModel marks;
    private final TakesViewModel takes;
    private final Consumer<Rational> scrub;
    private final Line playhead = new Line();
    private final Line lanePlayhead = new Line();
    private final Rectangle bandBox = new Rectangle();
    private final Pane laneMarks = new Pane();
    @FXML private Pane ruler;
    @FXML private Pane overlay;
    @FXML private ListView<Row> trackList;
    @FXML private ScrollBar hscroll;
    @FXML private Label rateLabel;
    @FXML private Label playheadLabel;
    @FXML private ComboBox<Take> takeBox;
    @FXML private MenuButton takeMenu;
    @FXML private ToggleButton loopToggle;
    @FXML private ToggleButton snapToggle;
    private TextField markerEditor;
    /** The rubber band: where it started (scene), the character it selects on, and whether it is a box yet. */
    private Point2D bandStart;
    private String bandActor;
    private boolean banding;
    private long scrubbedFrame = -1;
    /** A marker under a drag on the ruler: its id and the frame it is drawn at until the release moves it. */
    private String dragMarker;
    private Rational dragMarkerTime;

    public TimelineController(TimelineViewModel vm) { this(vm, null); }

    /** @param playback the transport whose playhead the ruler shows and scrubs (null: a static ruler) */
    public TimelineController(TimelineViewModel vm, PlaybackViewModel playback) { this(vm, playback, t -> { }); }

    /** @param scrub plays a grain of the take's sound at a time (the ruler drag); silent without a device */
    public TimelineController(TimelineViewModel vm, PlaybackViewModel playback, Consumer<Rational> scrub) {
        this(vm, playback, new MarksViewModel(vm.selection(), vm.executor()), new TakesViewModel(vm.selection(), vm.executor()), scrub);
    }

    public TimelineController(TimelineViewModel vm, PlaybackViewModel playback, MarksViewModel marks, TakesViewModel takes,
                              Consumer<Rational> scrub) {
        this.vm = vm;
        this.playback = playback;
        this.marks = marks;
        this.takes = takes;
        this.scrub = scrub;
        vm.setMarkTargets(marks::snapTargets);
        playhead.getStyleClass().add("playhead");
        playhead.setStartY(0);
        playhead.setEndY(RULER_HEIGHT);
        playhead.setMouseTransparent(true);
        lanePlayhead.getStyleClass().add("playhead");
        lanePlayhead.setStartY(0);
        lanePlayhead.setMouseTransparent(true);
        bandBox.getStyleClass().add("rubber-band");
        bandBox.setVisible(false);
        bandBox.setMouseTransparent(true);
        laneMarks.setMouseTransparent(true);
    }

    @FXML
    private void initialize() {
        rateLabel.textProperty().bind(vm.takeNameProperty());
        trackList.setItems(vm.rows());
        trackList.setCellFactory(list -> new LaneCell(vm, this::seek, band));
        trackList.setFocusTraversable(true);
        overlay.getChildren().addAll(laneMarks, lanePlayhead, bandBox);
        overlay.setMouseTransparent(true);
        lanePlayhead.endYProperty().bind(overlay.heightProperty());
        ruler.setMinHeight(RULER_HEIGHT);
        ruler.setPrefHeight(RULER_HEIGHT);
        ruler.widthProperty().subscribe(w -> vm.setLaneWidth(w.doubleValue() - HEAD_WIDTH - 14));
        vm.scaleProperty().subscribe(s -> {
            drawRuler();
            syncScrollBar();
        });
        vm.secondsProperty().subscribe(s -> drawRuler());
        marks.inProperty().subscribe(t -> drawRuler());
        marks.outProperty().subscribe(t -> drawRuler());
        marks.markersProperty().subscribe(m -> drawRuler());
        marks.selectedMarkerProperty().subscribe(m -> drawRuler());
        overlay.heightProperty().subscribe(h -> drawRuler());
        vm.selectedKeyProperty().subscribe(k -> {
            if (k != null) marks.selectMarker(null);
        });
        vm.selection().focusProperty().subscribe(f -> { // clips: a focused clip takes Delete from a marker
            if (f instanceof io.mouthpiece.ui.selection.StudioSelection.Focus.OfClip) marks.selectMarker(null);
        });
        hscroll.valueProperty().subscribe(v -> {
            if (Math.abs(v.doubleValue() - vm.scaleProperty().get().firstFrame()) > 1e-6) vm.scrollTo(v.doubleValue());
        });
        trackList.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        ruler.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        trackList.addEventFilter(KeyEvent.KEY_PRESSED, this::laneKey);
        ruler.sceneProperty().subscribe(this::installKeys);
        if (playback != null) {
            playback.timeProperty().subscribe(t -> {
                vm.setPlayhead(t);
                movePlayhead();
            });
            ruler.setOnMousePressed(this::rulerPressed);
            ruler.setOnMouseDragged(this::rulerDragged);
            ruler.setOnMouseReleased(this::rulerReleased);
            loopToggle.selectedProperty().bindBidirectional(playback.loopProperty());
        } else {
            loopToggle.setDisable(true);
        }
        snapToggle.selectedProperty().bindBidirectional(vm.snappingProperty());
        setUpTakes();
    }

    // ---- takes -------------------------------------------------------------------------------------------------

    private void setUpTakes() {
        takeBox.setItems(takes.takes());
        takeBox.setButtonCell(new TakeCell());
        takeBox.setCellFactory(l -> new TakeCell());
        takes.currentProperty().subscribe(t -> {
            if (takeBox.getValue() != t) takeBox.setValue(t);
        });
        takeBox.valueProperty().subscribe(t -> {
            if (t != null && t != takes.currentProperty().get()) takes.select(t.id());
        });
        takeMenu.getItems().setAll(takeMenuItems());
    }

    private static final class TakeCell extends ListCell<Take> {
        @Override
        protected void updateItem(Take t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.name());
        }
    }

    /** Take → New / Duplicate / Rename / Delete, for the timeline's take menu and the main window's Take menu. */
    public List<MenuItem> takeMenuItems() {
        MenuItem add = new MenuItem("New Take");
        add.setOnAction(e -> takes.newTake());
        MenuItem dup = new MenuItem("Duplicate Take");
        dup.setOnAction(e -> takes.duplicate());
        MenuItem rename = new MenuItem("Rename Take\u2026");
        rename.setOnAction(e -> renameTake());
        MenuItem delete = new MenuItem("Delete Take");
        delete.setOnAction(e -> takes.delete());
        for (MenuItem m : List.of(dup, rename, delete)) m.disableProperty().bind(takes.currentProperty().isNull());
        MenuItem clear = new MenuItem("Clear In and Out");
        clear.setOnAction(e -> marks.clearInOut());
        return List.of(add, dup, rename, delete, new SeparatorMenuItem(), clear, new SeparatorMenuItem(), expressionMenu());
    }

    /**
     * Take → Apply Expression: the focused (else first) character's presets, listed afresh each time the menu opens,
     * keyed at the playhead or over the in–out range exactly as the inspector's Apply does.
     */
    private javafx.scene.control.Menu expressionMenu() {
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu("Apply Expression");
        menu.getItems().add(new MenuItem("(no character)")); // a submenu with no items never opens
        menu.setOnShowing(e -> fillExpressionMenu(menu));
        menu.disableProperty().bind(takes.currentProperty().isNull());
        return menu;
    }

    void fillExpressionMenu(javafx.scene.control.Menu menu) {
        Rational at = playback == null ? Rational.ZERO : now();
        var where = takes.expressionWhere(at);
        String who = takes.expressionActor().map(a -> a.name()).orElse("no character");
        MenuItem head = new MenuItem(who + "  \u00b7  " + where.orElse("no room after the playhead"));
        head.setDisable(true);
        List<MenuItem> items = new ArrayList<>(List.of(head, new SeparatorMenuItem()));
        for (String name : takes.expressions()) {
            MenuItem item = new MenuItem(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            item.setDisable(where.isEmpty());
            item.setOnAction(a -> takes.applyExpression(name, playback == null ? Rational.ZERO : now()));
            items.add(item);
        }
        menu.getItems().setAll(items);
    }

    private void renameTake() {
        Take t = takes.currentProperty().get();
        if (t == null) return;
        TextInputDialog d = new TextInputDialog(t.name());
        d.setTitle("Rename Take");
        d.setHeaderText("A new name for \u201c" + t.name() + "\u201d");
        if (ruler.getScene() != null) {
            d.initOwner(ruler.getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(ruler.getScene().getStylesheets());
        }
        d.showAndWait().ifPresent(takes::rename);
    }

    // ---- keys --------------------------------------------------------------------------------------------------

    private void installKeys(Scene scene) {
        if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, this::windowKey);
    }

    /** The timeline's keys that work wherever the focus is (not while typing). */
    private void windowKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        if (Shortcut.SNAP.matches(e)) {
            vm.snappingProperty().set(!vm.snappingProperty().get());
        } else if (Shortcut.DELETE.matches(e) && marks.selectedMarkerProperty().get() != null) {
            marks.removeSelectedMarker();
        } else if (playback == null) {
            return;
        } else if (Shortcut.MARK_IN.matches(e)) {
            marks.markIn(now());
        } else if (Shortcut.MARK_OUT.matches(e)) {
            marks.markOut(now());
        } else if (Shortcut.CLEAR_IN.matches(e)) {
            marks.clearIn();
        } else if (Shortcut.CLEAR_OUT.matches(e)) {
            marks.clearOut();
        } else if (Shortcut.ADD_MARKER.matches(e)) {
            marks.addMarker(now());
        } else if (Shortcut.NEXT_MARKER.matches(e)) {
            marks.next(now()).ifPresent(m -> seek(m.time()));
        } else if (Shortcut.PREVIOUS_MARKER.matches(e)) {
            marks.previous(now()).ifPresent(m -> seek(m.time()));
        } else if (Shortcut.LOOP.matches(e)) {
            playback.loopProperty().set(!playback.loopProperty().get());
        } else {
            return;
        }
        e.consume();
    }

    /** Key editing on the lanes (the track list has the focus). */
    private void laneKey(KeyEvent e) {
        if (Shortcut.DELETE.matches(e) && vm.clips().focused().isPresent()) {
            vm.clips().delete(vm.clips().focused().get().id()); // clips: the focus decides between a clip and keys
        } else if (Shortcut.DELETE.matches(e) && vm.selectedKeyProperty().get() != null) {
            vm.deleteSelected();
        } else if (Shortcut.NUDGE_LEFT.matches(e) || Shortcut.NUDGE_RIGHT.matches(e)) {
            vm.nudgeSelected(Shortcut.NUDGE_LEFT.matches(e) ? -1 : 1);
        } else if (Shortcut.COPY.matches(e) && vm.selectedKeyProperty().get() != null) {
            vm.copySelected();
        } else if (Shortcut.PASTE.matches(e) && playback != null) {
            vm.paste(vm.selectedLaneProperty().get(), now());
        } else if (Shortcut.KEY_AT_PLAYHEAD.matches(e) && playback != null && laneIsChannel()) {
            vm.addKey(vm.selectedLaneProperty().get(), now());
        } else {
            return;
        }
        e.consume();
    }

    private boolean laneIsChannel() {
        Row r = vm.selectedLaneProperty().get();
        return r != null && r.channel() != null;
    }

    /** The playhead's time on the take's timeline (the transport's time is absolute). */
    private Rational now() { return playback.timeProperty().get(); }

    private void seek(Rational t) {
        if (playback != null) playback.seek(t);
    }

    // ---- zoom and scroll ---------------------------------------------------------------------------------------

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

    // ---- the ruler: scrub, markers -----------------------------------------------------------------------------

    private void rulerPressed(MouseEvent e) {
        trackList.requestFocus();
        Marker m = e.getY() >= MARK_TOP - 2 ? markerNear(e.getX()) : null;
        if (m != null) {
            marks.selectMarker(m.id());
            vm.selectLane(null);
            if (e.getClickCount() == 2) editMarker(m);
            else if (e.getButton() == MouseButton.PRIMARY) {
                dragMarker = m.id();
                dragMarkerTime = m.time();
            }
            e.consume();
            return;
        }
        marks.selectMarker(null);
        scrubTo(e.getX());
    }

    private void rulerDragged(MouseEvent e) {
        if (dragMarker != null) {
            // a marker follows the pointer on whole frames; the release makes it one Move Marker edit
            Rational t = vm.scaleProperty().get().snap(e.getX() - HEAD_WIDTH);
            if (!t.equals(dragMarkerTime)) {
                dragMarkerTime = t;
                drawRuler();
            }
            e.consume();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            scrubTo(e.getX());
        }
    }

    private void rulerReleased(MouseEvent e) {
        scrubbedFrame = -1;
        if (dragMarker == null) return;
        String id = dragMarker;
        Rational t = dragMarkerTime;
        dragMarker = null;
        dragMarkerTime = null;
        marks.moveMarker(id, t); // nothing when it did not move
        drawRuler();
        e.consume();
    }

    /** Seeks to the frame under x and, when the frame changed, plays a grain of sound there. */
    private void scrubTo(double rulerX) {
        Rational t = vm.scaleProperty().get().snap(rulerX - HEAD_WIDTH);
        seek(t);
        long f = vm.rate().frameAt(t);
        if (f != scrubbedFrame && playback != null && !playback.isPlaying()) {
            scrubbedFrame = f;
            scrub.accept(playback.timeProperty().get());
        }
    }

    private Marker markerNear(double rulerX) {
        TimeScale s = vm.scaleProperty().get();
        Marker best = null;
        double bestD = 6;
        for (Marker m : marks.markersProperty().get()) {
            double d = Math.abs(HEAD_WIDTH + s.x(m.time()) - rulerX);
            if (d <= bestD) {
                best = m;
                bestD = d;
            }
        }
        return best;
    }

    /** Double-click on a marker: its name in a field on the ruler; Enter or leaving the field renames, Esc cancels. */
    void editMarker(Marker m) {
        closeMarkerEditor();
        TextField f = new TextField(m.label());
        f.getStyleClass().add("marker-editor");
        f.setPrefWidth(150);
        f.setLayoutX(Math.min(HEAD_WIDTH + vm.scaleProperty().get().x(m.time()) + 4, Math.max(HEAD_WIDTH, ruler.getWidth() - 156)));
        f.setLayoutY(MARK_TOP - 8);
        boolean[] done = {false};
        Runnable commit = () -> {
            if (done[0]) return;
            done[0] = true;
            String text = f.getText();
            closeMarkerEditor();
            marks.renameMarker(m.id(), text);
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().subscribe(focused -> {
            if (!focused && markerEditor == f) commit.run();
        });
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                closeMarkerEditor();
                e.consume();
            }
        });
        markerEditor = f;
        ruler.getChildren().add(f);
        f.requestFocus();
        f.selectAll();
    }

    private void closeMarkerEditor() {
        TextField f = markerEditor;
        markerEditor = null;
        if (f != null) ruler.getChildren().remove(f);
    }

    /** The marker name field while it is open (tests). */
    TextField markerEditor() { return markerEditor; }

    // ---- the rubber band ---------------------------------------------------------------------------------------

    private final RubberBand band = new RubberBand() {
        @Override
        public void begin(LaneCell cell, MouseEvent e) {
            bandStart = new Point2D(e.getSceneX(), e.getSceneY());
            bandActor = cell.row() == null ? null : cell.row().actorId();
            banding = false;
        }

        @Override
        public boolean drag(MouseEvent e) {
            if (bandStart == null) return false;
            if (!banding && bandStart.distance(e.getSceneX(), e.getSceneY()) < 4) return false;
            banding = true;
            Point2D a = overlay.sceneToLocal(bandStart);
            Point2D b = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            bandBox.setX(Math.max(HEAD_WIDTH, Math.min(a.getX(), b.getX())));
            bandBox.setY(Math.min(a.getY(), b.getY()));
            bandBox.setWidth(Math.abs(a.getX() - b.getX()));
            bandBox.setHeight(Math.abs(a.getY() - b.getY()));
            bandBox.setVisible(true);
            return true;
        }

        @Override
        public boolean end(MouseEvent e) {
            boolean was = banding;
            bandBox.setVisible(false);
            if (banding && bandActor != null) selectInBox(bandStart, new Point2D(e.getSceneX(), e.getSceneY()), e.isShiftDown());
            bandStart = null;
            banding = false;
            return was;
        }
    };

    /** Selects the keys of the band's character on every channel lane the box touches, between its two x. */
    private void selectInBox(Point2D a, Point2D b, boolean add) {
        double top = Math.min(a.getY(), b.getY());
        double bottom = Math.max(a.getY(), b.getY());
        Set<Channel> channels = new LinkedHashSet<>();
        LaneCell any = null;
        for (Node n : trackList.lookupAll(".list-cell")) {
            if (!(n instanceof LaneCell c) || c.row() == null || c.row().channel() == null || !c.isVisible()) continue;
            if (!bandActor.equals(c.row().actorId())) continue;
            Bounds lb = c.laneBoundsInScene();
            if (lb.getMaxY() >= top && lb.getMinY() <= bottom) {
                channels.add(c.row().channel());
                any = c;
            }
        }
        if (any == null) return;
        TimeScale s = vm.scaleProperty().get();
        double x0 = any.laneX(Math.min(a.getX(), b.getX()));
        double x1 = any.laneX(Math.max(a.getX(), b.getX()));
        // the keys whose marker centre lies inside the box: whole frames from ceil(x0) to floor(x1)
        long f0 = Math.max(0, (long) Math.ceil(x0 / s.pxPerFrame() + s.firstFrame() - 1e-9));
        long f1 = (long) Math.floor(x1 / s.pxPerFrame() + s.firstFrame() + 1e-9);
        if (f1 < f0) {
            if (!add) vm.selectRange(bandActor, List.of(), Rational.ZERO, Rational.ZERO, false);
            return;
        }
        vm.selectRange(bandActor, new ArrayList<>(channels), vm.rate().timeOf(f0), vm.rate().timeOf(f1), add);
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    private void movePlayhead() {
        double x = HEAD_WIDTH + (playback == null ? 0 : vm.scaleProperty().get().x(now()));
        boolean on = x >= HEAD_WIDTH && x <= ruler.getWidth();
        playhead.setVisible(on);
        lanePlayhead.setVisible(on);
        playhead.setStartX(x);
        playhead.setEndX(x);
        lanePlayhead.setStartX(x);
        lanePlayhead.setEndX(x);
        if (playback != null && playheadLabel != null) {
            long frame = vm.rate().frameAt(now());
            playheadLabel.setText("f " + frame + "   " + Timecode.format(now(), vm.rate(), Timecode.dropFrameApplies(vm.rate())));
        }
    }

    private void drawRuler() {
        ruler.getChildren().clear();
        laneMarks.getChildren().clear();
        TimeScale s = vm.scaleProperty().get();
        double width = ruler.getWidth();
        int fps = Math.max(1, s.rate().nominal());
        if (vm.secondsProperty().get() > 0 && width > HEAD_WIDTH) {
            drawInOut(s, width);
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
                Line line = new Line(Math.rint(x) + 0.5, major ? 9 : 17, Math.rint(x) + 0.5, MARK_TOP);
                line.getStyleClass().add("ruler-tick");
                ruler.getChildren().add(line);
                if (major && x + 40 < width) {
                    Text text = new Text(x + 4, 12, label(f, fps));
                    text.getStyleClass().add("ruler-label");
                    ruler.getChildren().add(text);
                }
            }
            drawMarkers(s, width);
        }
        ruler.getChildren().add(playhead);
        // the ruler itself takes every press: a drag whose target shape is redrawn away would lose its events
        ruler.getChildren().forEach(n -> n.setMouseTransparent(true));
        if (markerEditor != null) ruler.getChildren().add(markerEditor);
        movePlayhead();
    }

    /** The in–out range shaded over the ruler, with brackets at both ends, and thin lines through the lanes. */
    private void drawInOut(TimeScale s, double width) {
        Rational in = marks.inProperty().get();
        Rational out = marks.outProperty().get();
        if (in == null && out == null) return;
        double x0 = HEAD_WIDTH + s.x(in == null ? Rational.ZERO : in);
        double x1 = HEAD_WIDTH + s.x(out == null ? vm.length() : out);
        double a = Math.max(HEAD_WIDTH, x0);
        double b = Math.min(width, x1);
        if (b > a) {
            Rectangle r = new Rectangle(a, 0, b - a, RULER_HEIGHT);
            r.getStyleClass().add("ruler-range");
            ruler.getChildren().add(r);
        }
        double h = overlay.getHeight();
        for (double x : new double[]{in == null ? -1 : x0, out == null ? -1 : x1}) {
            if (x < HEAD_WIDTH || x > width) continue;
            Line edge = new Line(Math.rint(x) + 0.5, 0, Math.rint(x) + 0.5, RULER_HEIGHT);
            edge.getStyleClass().add("ruler-range-edge");
            ruler.getChildren().add(edge);
            Line lane = new Line(Math.rint(x) + 0.5, 0, Math.rint(x) + 0.5, h);
            lane.getStyleClass().add("lane-range-edge");
            laneMarks.getChildren().add(lane);
        }
    }

    /** Each marker: a flag in the marker band with its name, and a dashed line through the lanes. */
    private void drawMarkers(TimeScale s, double width) {
        String selected = marks.selectedMarkerProperty().get();
        double h = overlay.getHeight();
        for (Marker m : marks.markersProperty().get()) {
            Rational at = m.id().equals(dragMarker) ? dragMarkerTime : m.time();
            double x = Math.rint(HEAD_WIDTH + s.x(at)) + 0.5;
            if (x < HEAD_WIDTH || x > width) continue;
            boolean sel = m.id().equals(selected);
            Polygon flag = new Polygon(x, MARK_TOP, x + 7, MARK_TOP + 3.5, x, MARK_TOP + 7);
            flag.getStyleClass().addAll("ruler-marker", sel ? "selected" : "plain");
            Line stem = new Line(x, MARK_TOP, x, RULER_HEIGHT);
            stem.getStyleClass().addAll("ruler-marker-stem", sel ? "selected" : "plain");
            ruler.getChildren().addAll(stem, flag);
            if (!m.label().isEmpty()) {
                Text name = new Text(x + 9, MARK_TOP + 10, m.label());
                name.getStyleClass().addAll("ruler-marker-label", sel ? "selected" : "plain");
                ruler.getChildren().add(name);
            }
            Line lane = new Line(x, 0, x, h);
            lane.getStyleClass().addAll("lane-marker", sel ? "selected" : "plain");
            laneMarks.getChildren().add(lane);
        }
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

    /**
     * For the documentation screenshot: in at frame 20, out at frame 110, two named markers, a few keys on two mouth
     * lanes and a box selection over them. Each step is an ordinary undoable edit.
     */
    public void stageForScreenshot() {
        if (playback == null || vm.selection().take() == null) return;
        playback.seekFrame(20);
        marks.markIn(now());
        playback.seekFrame(109);
        marks.markOut(now());
        for (long f : new long[]{38, 72}) {
            playback.seekFrame(f);
            String id = marks.addMarker(now());
            marks.renameMarker(id, f == 38 ? "breath" : "hard 'p'");
        }
        List<Row> lanes = vm.rows().stream().filter(r -> r.channel() == Channel.JAW_OPEN || r.channel() == Channel.MOUTH_FUNNEL).toList();
        for (Row lane : lanes) {
            for (long f : new long[]{30, 46, 60, 84}) vm.addKey(lane, vm.rate().timeOf(f + (lane.channel() == Channel.MOUTH_FUNNEL ? 3 : 0)));
        }
        if (!lanes.isEmpty()) {
            vm.selectRange(lanes.getFirst().actorId(), lanes.stream().map(Row::channel).toList(), vm.rate().timeOf(44), vm.rate().timeOf(70), false);
        }
        playback.seekFrame(60);
    }

    /**
     * For the polish screenshot: the transport staging, then the four boxed keys (two lanes) dragged 6 frames later by
     * their first key, which also goes up to 0.85: one Move Keyframes edit, the keys still selected.
     */
    public void stageGroupDragForScreenshot() {
        stageForScreenshot();
        var k = vm.selectedKeyProperty().get();
        if (k == null) return;
        vm.rows().stream().filter(r -> r.channel() == k.channel() && k.actorId().equals(r.actorId())).findFirst()
                .ifPresent(lane -> vm.moveSelected(lane, k.time(), k.time().add(vm.rate().frameDuration().multiply(6)), 0.85));
    }

    /**
     * clips: for the screenshot, the sample's first dialogue clip trimmed at both ends (frames 12 and 130 of the
     * sound), then moved to start on a marker at frame 30 and focused, so the inspector shows its editable times.
     */
    public void stageClipsForScreenshot() {
        if (playback == null || vm.selection().take() == null) return;
        Row lane = vm.rows().stream().filter(r -> r.lane() == TimelineViewModel.Lane.DIALOGUE).findFirst().orElse(null);
        if (lane == null) return;
        var clip = vm.clips().clipsOf(lane.actorId()).stream().findFirst().orElse(null);
        if (clip == null) return;
        Rational start = clip.range().start();
        vm.clips().trimStart(clip.id(), start.add(vm.rate().timeOf(12)));
        vm.clips().trimEnd(clip.id(), start.add(vm.rate().timeOf(130)));
        playback.seekFrame(30);
        marks.renameMarker(marks.addMarker(now()), "line starts");
        vm.clips().move(clip.id(), vm.rate().timeOf(30));
        vm.selectLane(lane);
        vm.selection().focus(new io.mouthpiece.ui.selection.StudioSelection.Focus.OfClip(clip.id()));
        playback.seekFrame(90);
    }

    /** Where the ruler draws time {@code t}, in its own coordinates (tests and reports). */
    public double rulerX(Rational t) { return HEAD_WIDTH + vm.scaleProperty().get().x(t); }

    /** The view model (tests). */
    TimelineViewModel viewModel() { return vm; }

    MarksViewModel marks() { return marks; }

    TakesViewModel takes() { return takes; }

    /** The ruler pane (tests read its pixels). */
    Pane ruler() { return ruler; }
}
