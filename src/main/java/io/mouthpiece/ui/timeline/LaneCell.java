package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.timeline.TimelineViewModel.KeyRef;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import io.mouthpiece.ui.timeline.TimelineViewModel.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

/**
 * One lane of the timeline: a header and a canvas that draws the lane at the shared {@link TimeScale}. Gestures
 * become view-model calls; the only state kept here is the key being dragged (drawn where the pointer is until
 * the release makes it one Move Keyframe edit).
 */
public final class LaneCell extends ListCell<Row> {
    static final double CHANNEL_HEIGHT = 40;
    static final double GROUP_HEIGHT = 22;
    static final double VISEME_HEIGHT = 28;
    static final double CLIP_HEIGHT = 32;
    /** Half the size of a key's marker, and how near the pointer must be to pick it. */
    static final double KEY_RADIUS = 5;
    private static final double PAD = 5;

    private static final Color LANE_BG = Color.web("#1c1d21");
    private static final Color LANE_BG_SELECTED = Color.web("#24252b");
    private static final Color GRID = Color.web("#2a2c31");
    private static final Color FRAME_GRID = Color.web("#232529");
    private static final Color CURVE = Color.web("#4fb3d9");
    private static final Color CURVE_FILL = Color.web("#4fb3d9", 0.14);
    private static final Color GENERATED = Color.web("#6b7380");
    private static final Color KEY = Color.web("#e9eaee");
    private static final Color ACCENT = Color.web("#ee8a3c");
    private static final Color CLIP = Color.web("#2f5a7a");
    private static final Color CLIP_PICTURE = Color.web("#4a4170");
    private static final Color VISEME = Color.web("#3c5a48");
    private static final Color VISEME_CLOSED = Color.web("#6a4a3a");
    private static final Color SILENCE = Color.web("#26282d");
    private static final Font SMALL = Font.font("DejaVu Sans", 10.5);

    private final TimelineViewModel vm;
    private final Consumer<Rational> seek;
    private final RubberBand band;
    /**
     * A press on empty channel-lane space: a drag from it draws the rubber band; only a release without a drag (a
     * click) moves the playhead there, so starting a box never loses the playhead.
     */
    private boolean bandPending;
    /** Where that press was (lane x, scene point) and whether the pointer has left it since (a drag, not a click). */
    private double pressX;
    private javafx.geometry.Point2D pressScene;
    private boolean travelled;
    /** How far (pixels) the pointer may wander during a click before it counts as a drag. */
    static final double CLICK_SLOP = 4;
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label arrow = new Label();
    private final HBox head;
    private final Canvas canvas = new Canvas();
    private final Pane lanePane = new Pane(canvas);
    private final HBox row;
    private final ContextMenu menu = new ContextMenu();
    private Row current;
    /** The key under a drag: its original time, and where it is drawn now. */
    private Rational dragFrom;
    private Rational dragTime;
    private double dragValue;
    private boolean dragged;
    /** The viseme boundary under a drag (index of the segment after it), or -1. */
    private int boundary = -1;
    private Rational boundaryTime;
    /** clips: a press, move or trim on a dialogue clip. */
    private final ClipGesture clipGesture;

    LaneCell(TimelineViewModel vm, Consumer<Rational> seek) { this(vm, seek, RubberBand.NONE); }

    LaneCell(TimelineViewModel vm, Consumer<Rational> seek, RubberBand band) {
        this.vm = vm;
        this.seek = seek;
        this.band = band;
        this.clipGesture = new ClipGesture(vm);
        VBox text = new VBox(name, detail);
        text.setAlignment(Pos.CENTER_LEFT);
        head = new HBox(4, arrow, text);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("track-head");
        head.setMinWidth(TimelineController.HEAD_WIDTH);
        head.setPrefWidth(TimelineController.HEAD_WIDTH);
        head.setMaxWidth(TimelineController.HEAD_WIDTH);
        name.getStyleClass().add("track-name");
        detail.getStyleClass().add("track-meta");
        arrow.getStyleClass().add("group-arrow");
        row = new HBox(head, lanePane);
        row.getStyleClass().add("track-row");
        lanePane.getStyleClass().add("track-lane");
        canvas.getStyleClass().add("lane-canvas");
        lanePane.setMinWidth(0);
        HBox.setHgrow(lanePane, Priority.ALWAYS);
        canvas.widthProperty().bind(lanePane.widthProperty());
        canvas.heightProperty().bind(lanePane.heightProperty());
        canvas.widthProperty().subscribe(w -> draw());
        canvas.heightProperty().subscribe(h -> draw());
        vm.scaleProperty().subscribe(s -> draw());
        vm.selectedKeysProperty().subscribe(k -> draw());
        vm.selectedLaneProperty().subscribe(k -> draw());
        vm.dragDeltaProperty().subscribe(d -> draw()); // the selection follows a drag on every lane
        head.setOnMouseClicked(e -> {
            if (current != null && current.lane() == Lane.GROUP) vm.toggleGroup(current.group());
            else if (current != null) vm.selectLane(current);
        });
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragging);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(e -> canvas.setCursor(current != null && current.lane() == Lane.DIALOGUE
                ? clipGesture.cursorAt(current, e.getX())
                : current != null && current.lane() == Lane.VISEMES
                && boundaryAt(e.getX()) > 0 ? javafx.scene.Cursor.H_RESIZE : javafx.scene.Cursor.DEFAULT));
        vm.selection().focusProperty().subscribe(f -> {
            if (current != null && current.lane() == Lane.DIALOGUE) draw(); // the focused clip is outlined
        });
        setOnContextMenuRequested(e -> e.consume());
        DialogueDropTarget.install(this, vm); // media branch: bin drops pair a sound (clicks on clips: ClipGesture)
    }

    @Override
    protected void updateItem(Row item, boolean empty) {
        super.updateItem(item, empty);
        current = empty ? null : item;
        dragFrom = null;
        boundary = -1;
        if (current == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.name());
        detail.setText(item.detail());
        arrow.setText(item.lane() == Lane.GROUP ? (item.collapsed() ? "\u25b8" : "\u25be") : "");
        arrow.setManaged(item.lane() == Lane.GROUP);
        arrow.setVisible(item.lane() == Lane.GROUP);
        boolean oneLine = item.lane() == Lane.GROUP || item.lane() == Lane.MOTION;
        detail.setManaged(!oneLine);
        detail.setVisible(!oneLine);
        if (item.lane() == Lane.GROUP) name.setText(item.name() + "  (" + item.detail() + ")");
        else if (oneLine) name.setText(item.name() + "  \u00b7  " + item.detail());
        row.getStyleClass().removeIf(s -> s.startsWith("lane-"));
        row.getStyleClass().add("lane-" + item.lane().name().toLowerCase(Locale.ROOT));
        double h = switch (item.lane()) {
            case GROUP -> GROUP_HEIGHT;
            case CHANNEL -> CHANNEL_HEIGHT;
            case VISEMES -> VISEME_HEIGHT;
            case MOTION -> GROUP_HEIGHT;
            default -> CLIP_HEIGHT;
        };
        row.setMinHeight(h);
        row.setPrefHeight(h);
        row.setMaxHeight(h);
        setGraphic(row);
        draw();
    }

    /** The row this cell shows (tests). */
    /** The lane this cell shows (null while empty). */
    public Row row() { return current; }

    /** Where key (t, value) is drawn, in screen coordinates (robot tests drive the lane with it). */
    public javafx.geometry.Point2D screenPoint(Rational t, double value) {
        return canvas.localToScreen(vm.scaleProperty().get().x(t), yOf(value, canvas.getHeight()));
    }

    /** Canvas y of a channel value (tests read the drawn curve with it). */
    double canvasY(double value) { return yOf(value, canvas.getHeight()); }

    /** What the lane's canvas shows now (FX thread). */
    javafx.scene.image.WritableImage canvasSnapshot() { return canvas.snapshot(null, null); }

    /** Lane x (time axis) of a scene x. */
    double laneX(double sceneX) { return canvas.sceneToLocal(sceneX, 0).getX(); }

    /** This lane's canvas bounds in the scene. */
    javafx.geometry.Bounds laneBoundsInScene() { return canvas.localToScene(canvas.getBoundsInLocal()); }

    /** A point of this lane's canvas in screen coordinates (tests). */
    javafx.geometry.Point2D screenPoint(double x, double y) { return canvas.localToScreen(x, y); }

    // ---- drawing -----------------------------------------------------------------------------------------------

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (current == null || w <= 0 || h <= 0) return;
        TimeScale s = vm.scaleProperty().get();
        boolean selected = current.equals(vm.selectedLaneProperty().get());
        g.setFill(current.lane() == Lane.GROUP || current.lane() == Lane.MOTION ? Color.web("#1a1b1f")
                : selected ? LANE_BG_SELECTED : LANE_BG);
        g.fillRect(0, 0, w, h);
        double end = s.x(vm.length());
        if (end < w) {
            g.setFill(Color.web("#141518"));
            g.fillRect(Math.max(0, end), 0, w - Math.max(0, end), h);
        }
        switch (current.lane()) {
            case CHANNEL -> drawChannel(g, s, w, h);
            case VISEMES -> {
                drawSpans(g, s, w, h, true);
                if (boundary > 0) {
                    g.setStroke(ACCENT);
                    g.setLineWidth(2);
                    double x = Math.rint(s.x(boundaryTime));
                    g.strokeLine(x, 0, x, h);
                    g.setLineWidth(1);
                }
            }
            case PICTURE, DIALOGUE -> drawSpans(g, s, w, h, false);
            default -> { }
        }
    }

    private void drawSpans(GraphicsContext g, TimeScale s, double w, double h, boolean visemes) {
        double frames = vm.lengthFrames();
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double top = visemes ? 3 : 4;
        double height = h - 2 * top;
        // clips: the clip under a drag is drawn where it would land; the focused clip is outlined
        boolean dialogue = current.lane() == Lane.DIALOGUE;
        int dragged = dialogue && clipGesture.preview() != null ? vm.clips().indexOf(clipGesture.clipId()) : -1;
        int focused = dialogue ? vm.clips().focused().map(c -> vm.clips().indexOf(c.id())).orElse(-1) : -1;
        for (int i = 0; i < current.spans().size(); i++) {
            Span span = current.spans().get(i);
            double x0 = s.xOfFrame(span.start() * frames);
            double x1 = s.xOfFrame(span.end() * frames);
            if (i == dragged) {
                x0 = s.x(clipGesture.preview().start());
                x1 = s.x(clipGesture.preview().end());
            }
            if (x1 < 0 || x0 > w) continue;
            boolean silence = visemes && span.label().equals("sil");
            g.setFill(!visemes ? (current.lane() == Lane.PICTURE ? CLIP_PICTURE : CLIP)
                    : silence ? SILENCE : span.label().equals("PP") || span.label().equals("FF") ? VISEME_CLOSED : VISEME);
            double cw = Math.max(1, x1 - x0 - (visemes ? 1 : 0));
            g.fillRoundRect(x0, top, cw, height, 4, 4);
            if (!visemes) {
                boolean hot = i == focused || i == dragged;
                g.setStroke(hot ? ACCENT : Color.web("#5d8fb5"));
                g.setLineWidth(hot ? 2 : 1);
                g.strokeRoundRect(x0 + 0.5, top + 0.5, cw - 1, height - 1, 4, 4);
                g.setLineWidth(1);
            }
            // a label only where it fits: a professional lane never overprints
            double textW = span.label().length() * 6.2 + 6;
            if (cw >= Math.min(textW, 60) && !silence) {
                g.setFill(visemes ? Color.web("#d7e8dc") : Color.web("#e8eef5"));
                g.save();
                g.beginPath();
                g.rect(x0, top, cw, height);
                g.clip();
                g.fillText(span.label(), Math.max(x0, 0) + 4, top + height / 2);
                g.restore();
            }
        }
    }

    private void drawChannel(GraphicsContext g, TimeScale s, double w, double h) {
        Channel c = current.channel();
        // value grid: rest line for signed channels, the middle otherwise
        g.setLineWidth(1);
        g.setStroke(GRID);
        double mid = c.signed() ? yOf(0, h) : yOf((c.min() + c.max()) / 2, h);
        g.strokeLine(0, Math.rint(mid) + 0.5, w, Math.rint(mid) + 0.5);
        if (s.pxPerFrame() >= 6) {
            g.setStroke(FRAME_GRID);
            long first = (long) Math.floor(s.firstFrame());
            for (long f = first; s.xOfFrame(f) <= w; f++) {
                double x = Math.rint(s.xOfFrame(f)) + 0.5;
                g.strokeLine(x, 0, x, h);
            }
        }
        KeyframeCurve user = vm.userCurve(current);
        double endX = Math.min(w, s.x(vm.length()));
        int columns = (int) Math.max(0, Math.ceil(endX));
        if (columns > 1) {
            if (!user.isEmpty()) {
                // the generated layer beneath the user's keys, dimmed
                double[] gen = vm.generatedColumns(current, s, columns);
                g.setStroke(GENERATED);
                g.setLineDashes(3, 3);
                g.beginPath();
                for (int x = 0; x <= columns; x++) {
                    double y = yOf(gen[x], h);
                    if (x == 0) g.moveTo(x, y);
                    else g.lineTo(x, y);
                }
                g.stroke();
                g.setLineDashes();
            }
            double[] values = vm.valueColumns(current, s, columns, dragPreview(user));
            double[] xs = new double[columns + 3];
            double[] ys = new double[columns + 3];
            for (int x = 0; x <= columns; x++) {
                xs[x] = x;
                ys[x] = yOf(values[x], h);
            }
            double base = c.signed() ? mid : yOf(c.min(), h);
            xs[columns + 1] = columns;
            ys[columns + 1] = base;
            xs[columns + 2] = 0;
            ys[columns + 2] = base;
            g.setFill(CURVE_FILL);
            g.fillPolygon(xs, ys, columns + 3);
            g.setStroke(CURVE);
            g.setLineWidth(1.4);
            g.strokePolyline(xs, ys, columns + 1);
            g.setLineWidth(1);
        }
        Rational groupDelta = vm.dragDeltaProperty().get();
        for (Keyframe k : user.keys()) {
            boolean isDragged = dragFrom != null && k.time().equals(dragFrom);
            if (isDragged) continue;
            boolean selected = vm.isSelected(current, k.time());
            Rational at = selected && groupDelta != null ? k.time().add(groupDelta) : k.time();
            drawKey(g, s.x(at), yOf(k.value(), h), k.interpolation(), selected);
        }
        if (dragFrom != null) {
            Interpolation i = user.keyAt(dragFrom).map(Keyframe::interpolation).orElse(Interpolation.SMOOTH);
            drawKey(g, s.x(dragTime), yOf(dragValue, h), i, true);
            g.setFill(ACCENT);
            g.setFont(SMALL);
            g.setTextBaseline(VPos.TOP);
            g.fillText(String.format(Locale.ROOT, "f%d  %.2f", vm.rate().frameAt(dragTime), dragValue),
                    s.x(dragTime) + 8, 2);
        }
        if (user.mode() == BlendMode.ADD && !user.isEmpty()) {
            g.setFill(Color.web("#8b8e96"));
            g.setFont(SMALL);
            g.setTextBaseline(VPos.TOP);
            g.fillText("+ add", w - 40, 2);
        }
    }

    /**
     * The lane's keys as a drag in progress would leave them: the grabbed key at the pointer, and (a group drag) every
     * selected key shifted by the drag, so the curve follows the keys while dragging, not only on release.
     */
    private KeyframeCurve dragPreview(KeyframeCurve user) {
        Rational groupDelta = vm.dragDeltaProperty().get();
        if (dragFrom == null && groupDelta == null) return user;
        List<Keyframe> moved = new ArrayList<>();
        KeyframeCurve out = user;
        for (Keyframe k : user.keys()) {
            boolean grabbed = dragFrom != null && k.time().equals(dragFrom);
            if (grabbed) {
                moved.add(new Keyframe(dragTime, dragValue, k.interpolation()));
            } else if (groupDelta != null && vm.isSelected(current, k.time())) {
                moved.add(new Keyframe(k.time().add(groupDelta), k.value(), k.interpolation()));
            } else {
                continue;
            }
            out = out.without(k.time());
        }
        for (Keyframe k : moved) out = out.with(k);
        return out;
    }

    /** Diamond for smooth, square for hold, triangle-ish diamond outline for linear: the shapes editors use. */
    private static void drawKey(GraphicsContext g, double x, double y, Interpolation i, boolean selected) {
        double r = KEY_RADIUS;
        g.setFill(selected ? ACCENT : KEY);
        g.setStroke(Color.web("#111214"));
        switch (i) {
            case HOLD -> {
                g.fillRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
                g.strokeRect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
            }
            case LINEAR -> {
                double[] px = {x, x + r, x, x - r};
                double[] py = {y - r, y, y + r, y};
                g.fillPolygon(px, py, 4);
                g.strokePolygon(px, py, 4);
            }
            case SMOOTH -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private double yOf(double v, double h) {
        Channel c = current.channel();
        double u = (v - c.min()) / (c.max() - c.min());
        return PAD + (1 - u) * (h - 2 * PAD);
    }

    private double valueOf(double y) {
        Channel c = current.channel();
        double h = canvas.getHeight();
        double u = 1 - (y - PAD) / (h - 2 * PAD);
        return c.clamp(c.min() + u * (c.max() - c.min()));
    }

    // ---- gestures ----------------------------------------------------------------------------------------------

    /** The key whose marker is under (x, y), if any. */
    private Keyframe keyAt(double x, double y) {
        TimeScale s = vm.scaleProperty().get();
        double h = canvas.getHeight();
        Keyframe best = null;
        double bestD = KEY_RADIUS + 3;
        for (Keyframe k : vm.userCurve(current).keys()) {
            double d = Math.max(Math.abs(s.x(k.time()) - x), Math.abs(yOf(k.value(), h) - y));
            if (d <= bestD) {
                best = k;
                bestD = d;
            }
        }
        return best;
    }

    private void pressed(MouseEvent e) {
        if (current == null) return;
        getListView().requestFocus();
        if (current.lane() == Lane.VISEMES) {
            vm.selectLane(current);
            int b = boundaryAt(e.getX());
            if (e.getButton() == MouseButton.SECONDARY) {
                showVisemeMenu(segmentAt(e.getX()), e);
            } else if (b > 0) {
                boundary = b;
                boundaryTime = segments().get(b).start();
            } else if (e.getButton() == MouseButton.PRIMARY) {
                seek.accept(vm.scaleProperty().get().snap(e.getX()));
            }
            e.consume();
            return;
        }
        io.mouthpiece.core.project.AudioClip underPointer = clipGesture.hit(current, e.getX());
        if (e.getButton() == MouseButton.SECONDARY && underPointer != null) {
            showClipMenu(underPointer, e); // clips: Move to Playhead, Delete
            e.consume();
            return;
        }
        if (clipGesture.press(current, e)) { // clips: a dialogue clip is grabbed, the playhead stays
            draw();
            e.consume();
            return;
        }
        if (current.lane() != Lane.CHANNEL) {
            vm.selectLane(current);
            if (e.getButton() == MouseButton.PRIMARY) seek.accept(vm.scaleProperty().get().snap(e.getX()));
            return;
        }
        Keyframe k = keyAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            vm.selectKey(current, k == null ? null : k.time());
            showMenu(k, e);
            e.consume();
            return;
        }
        if (k != null && e.isShiftDown()) {
            vm.toggleKey(current, k.time());
        } else if (k != null) {
            if (!vm.isSelected(current, k.time())) vm.selectKey(current, k.time()); // a selected key keeps the others
            dragFrom = k.time();
            dragTime = k.time();
            dragValue = k.value();
            dragged = false;
        } else {
            if (!e.isShiftDown()) vm.selectKey(current, null);
            bandPending = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1;
            if (bandPending) {
                pressX = e.getX();
                pressScene = new javafx.geometry.Point2D(e.getSceneX(), e.getSceneY());
                travelled = false;
                band.begin(this, e);
            }
        }
        e.consume();
    }

    private void dragging(MouseEvent e) {
        if (clipGesture.drag(e)) {
            if (clipGesture.active()) canvas.setCursor(clipGesture.dragCursor());
            draw();
            e.consume();
            return;
        }
        if (boundary > 0) {
            var segs = segments();
            Rational t = vm.snapTime(e.getX(), current.actorId(), java.util.Set.of());
            // stays inside its two neighbours, which keep at least a frame each
            Rational lo = segs.get(boundary - 1).start().add(vm.rate().frameDuration());
            Rational hi = segs.get(boundary).end().subtract(vm.rate().frameDuration());
            boundaryTime = hi.isBefore(lo) ? segs.get(boundary).start() : t.max(lo).min(hi);
            draw();
            e.consume();
            return;
        }
        if (bandPending) {
            if (pressScene.distance(e.getSceneX(), e.getSceneY()) >= CLICK_SLOP) travelled = true;
            band.drag(e);
            e.consume();
            return;
        }
        if (dragFrom == null) {
            if (current != null && current.lane() != Lane.GROUP && e.getButton() == MouseButton.PRIMARY) {
                seek.accept(vm.scaleProperty().get().snap(e.getX())); // scrub
            }
            return;
        }
        dragged = true;
        // the grabbed key snaps; the rest of the selection keeps its spacing to it (and none goes before 0)
        Rational snapped = vm.snapTime(e.getX(), current.actorId(), dragging());
        Rational delta = vm.clampSelectionDelta(snapped.subtract(dragFrom));
        dragTime = dragFrom.add(delta);
        if (vm.selectedKeysProperty().get().size() > 1) vm.previewDrag(delta);
        dragValue = e.isShiftDown() ? vm.userCurve(current).keyAt(dragFrom).map(Keyframe::value).orElse(dragValue)
                : valueOf(e.getY());
        draw();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (clipGesture.release(e)) { // one Move / Trim Dialogue Clip edit for the whole drag
            draw();
            e.consume();
            return;
        }
        if (boundary > 0) {
            int b = boundary;
            boundary = -1;
            vm.retimeViseme(current, b, boundaryTime); // one edit per drag
            draw();
            e.consume();
            return;
        }
        if (bandPending) {
            bandPending = false;
            boolean box = band.end(e);
            if (!box && !travelled && e.getButton() == MouseButton.PRIMARY) {
                seek.accept(vm.scaleProperty().get().snap(pressX)); // a click: the playhead goes there
            }
            e.consume();
            return;
        }
        if (vm.dragDeltaProperty().get() != null) vm.previewDrag(null); // the drag has ended (also for a cell reused mid-way)
        if (dragFrom == null) return;
        Rational from = dragFrom;
        Rational to = dragTime;
        double v = dragValue;
        boolean moved = dragged;
        dragFrom = null;
        if (moved) vm.moveSelected(current, from, to, v); // one edit for the whole drag (all selected keys): one undo step
        draw();
        e.consume();
    }

    /** The keys under a drag (the grabbed one and the rest of the selection) never snap to themselves. */
    private java.util.Set<KeyRef> dragging() {
        java.util.Set<KeyRef> out = new java.util.HashSet<>(vm.selectedKeysProperty().get());
        out.add(new KeyRef(current.actorId(), current.channel(), dragFrom));
        return out;
    }

    private void clicked(MouseEvent e) {
        if (current == null || current.lane() != Lane.CHANNEL) return;
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && keyAt(e.getX(), e.getY()) == null) {
            vm.addKey(current, vm.scaleProperty().get().snap(e.getX()));
        }
        e.consume();
    }

    private java.util.List<io.mouthpiece.core.speech.VisemeSegment> segments() {
        return vm.visemes(current.actorId()).map(io.mouthpiece.core.speech.VisemeTrack::segments).orElse(java.util.List.of());
    }

    /** The boundary within 4 px of {@code x}, as the index of the segment it starts; -1 if none. */
    private int boundaryAt(double x) {
        TimeScale s = vm.scaleProperty().get();
        var segs = segments();
        int best = -1;
        double bestD = 4;
        for (int i = 1; i < segs.size(); i++) {
            double d = Math.abs(s.x(segs.get(i).start()) - x);
            if (d <= bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    private int segmentAt(double x) {
        Rational t = vm.scaleProperty().get().columnTime(x);
        var segs = segments();
        for (int i = 0; i < segs.size(); i++) {
            if (!t.isBefore(segs.get(i).start()) && t.isBefore(segs.get(i).end())) return i;
        }
        return -1;
    }

    private void showVisemeMenu(int index, MouseEvent e) {
        if (index < 0) return;
        menu.getItems().clear();
        Row lane = current;
        var now = segments().get(index).viseme();
        ToggleGroup shapes = new ToggleGroup();
        for (io.mouthpiece.core.speech.Viseme v : io.mouthpiece.core.speech.Viseme.values()) {
            RadioMenuItem item = new RadioMenuItem(v.id() + "  \u2014  " + v.description());
            item.setToggleGroup(shapes);
            item.setSelected(v == now);
            item.setOnAction(a -> vm.changeViseme(lane, index, v));
            menu.getItems().add(item);
        }
        menu.show(canvas, e.getScreenX(), e.getScreenY());
    }

    /** clips: a dialogue clip's context menu; picking it focuses the clip as a click would. */
    private void showClipMenu(io.mouthpiece.core.project.AudioClip clip, MouseEvent e) {
        vm.selectLane(current);
        vm.selection().focus(new io.mouthpiece.ui.selection.StudioSelection.Focus.OfClip(clip.id()));
        MenuItem toPlayhead = new MenuItem("Move Clip to Playhead");
        toPlayhead.setOnAction(a -> vm.clips().move(clip.id(), vm.playhead()));
        MenuItem delete = new MenuItem("Delete Clip");
        delete.setOnAction(a -> vm.clips().delete(clip.id()));
        menu.getItems().setAll(toPlayhead, new SeparatorMenuItem(), delete);
        menu.show(canvas, e.getScreenX(), e.getScreenY());
    }

    private void showMenu(Keyframe k, MouseEvent e) {
        menu.getItems().clear();
        Row lane = current;
        Rational at = vm.scaleProperty().get().snap(e.getX());
        if (k != null) {
            ToggleGroup interp = new ToggleGroup();
            for (Interpolation i : Interpolation.values()) {
                RadioMenuItem item = new RadioMenuItem(switch (i) {
                    case HOLD -> "Hold";
                    case LINEAR -> "Linear";
                    case SMOOTH -> "Smooth";
                });
                item.setToggleGroup(interp);
                item.setSelected(k.interpolation() == i);
                item.setOnAction(a -> vm.setInterpolation(lane, k.time(), i));
                menu.getItems().add(item);
            }
            MenuItem copy = new MenuItem("Copy Key");
            copy.setOnAction(a -> vm.copySelected());
            MenuItem delete = new MenuItem("Delete Key");
            delete.setOnAction(a -> vm.deleteSelected());
            menu.getItems().addAll(new SeparatorMenuItem(), copy, delete, new SeparatorMenuItem());
        } else {
            MenuItem add = new MenuItem("Add Key Here");
            add.setOnAction(a -> vm.addKey(lane, at));
            MenuItem paste = new MenuItem("Paste Key Here");
            paste.setDisable(!vm.hasClipboard());
            paste.setOnAction(a -> vm.paste(lane, at));
            menu.getItems().addAll(add, paste, new SeparatorMenuItem());
        }
        ToggleGroup blend = new ToggleGroup();
        BlendMode mode = vm.userCurve(lane).mode();
        for (BlendMode m : BlendMode.values()) {
            RadioMenuItem item = new RadioMenuItem(m == BlendMode.OVERRIDE ? "Blend: Override" : "Blend: Add");
            item.setToggleGroup(blend);
            item.setSelected(mode == m);
            item.setDisable(vm.userCurve(lane).isEmpty());
            item.setOnAction(a -> vm.setBlendMode(lane, m));
            menu.getItems().add(item);
        }
        menu.show(canvas, e.getScreenX(), e.getScreenY());
    }
}
