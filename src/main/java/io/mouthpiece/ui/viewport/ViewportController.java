package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.service.TakeScene;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import io.mouthpiece.ui.help.Shortcut;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The viewer: shows the preview loop's frames (newest wins, one copy per pulse into a {@link PixelBuffer} with an
 * absolute put, then one render permit), overlays on a canvas above, zoom / pan, A/B, the transport buttons and the
 * playback keys. Until GL is attached (or when it never can be) the take's still shows, with a notice.
 */
public final class ViewportController {
    private final ViewportViewModel vm;
    private final PlaybackViewModel playback;
    private final TakeSceneModel scenes;
    private final PreviewSource source;
    private final ViewTransform view = new ViewTransform();
    private final OverlayPainter painter = new OverlayPainter();
    private final FpsMeter fps = new FpsMeter();
    private final RigEditViewModel rigEdit;

    @FXML private StackPane stage;
    @FXML private Pane viewHost;
    @FXML private ImageView still, preview;
    @FXML private Canvas overlay;
    @FXML private Label emptyLabel, noticeLabel, abBadge, fpsLabel, formatLabel, zoomLabel, timecode, durationLabel;
    @FXML private ToggleButton meshToggle, landmarksToggle, safeToggle, abToggle;
    @FXML private FontIcon playIcon;
    // rig edit mode
    @FXML private ToggleButton rigEditToggle;
    @FXML private Button resetRigButton;
    @FXML private Label rigEditLabel;
    private boolean rigDragging;

    private PreviewEngine engine;
    private String glProblem;
    private PixelBuffer<IntBuffer> pixels;
    private IntBuffer pixelInts;
    private PreviewSource.Served shown;
    private boolean overlayDirty = true;
    private boolean spaceDown, pannedWithSpace;
    private double dragX, dragY;
    private boolean dragging;

    public ViewportController(ViewportViewModel vm, PlaybackViewModel playback, TakeSceneModel scenes, PreviewSource source) {
        this(vm, playback, scenes, source, e -> { });
    }

    /** @param execute runs the face-rig edits of the rig edit mode on the open document */
    public ViewportController(ViewportViewModel vm, PlaybackViewModel playback, TakeSceneModel scenes, PreviewSource source,
                              Consumer<Edit> execute) {
        this.rigEdit = new RigEditViewModel(execute, playback::pause, this::shownRigPoints);
        this.vm = vm;
        this.playback = playback;
        this.scenes = scenes;
        this.source = source;
    }

    @FXML
    private void initialize() {
        formatLabel.textProperty().bind(vm.formatProperty());
        durationLabel.textProperty().bind(vm.durationProperty());
        timecode.textProperty().bind(playback.timecodeProperty());
        still.fitWidthProperty().bind(stage.widthProperty().subtract(28));
        still.fitHeightProperty().bind(stage.heightProperty().subtract(28));
        vm.pictureUrlProperty().subscribe(url -> {
            still.setImage(url == null ? null : new Image(url, true));
            refreshVisibility();
        });
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewHost.widthProperty());
        clip.heightProperty().bind(viewHost.heightProperty());
        viewHost.setClip(clip);
        viewHost.widthProperty().subscribe(w -> place());
        viewHost.heightProperty().subscribe(h -> place());

        playback.timeProperty().subscribe(source::setTime);
        playback.speedProperty().subscribe(s -> playIcon.setIconLiteral(s.intValue() != 0 ? "mdi2p-pause" : "mdi2p-play"));
        scenes.sceneProperty().subscribe(s -> {
            source.setScene(s);
            painter.setScene(s);
            overlayDirty = true;
            place();
            refreshVisibility();
        });
        scenes.problemProperty().subscribe(p -> refreshVisibility());
        abToggle.selectedProperty().subscribe(b -> {
            source.setShowSource(b);
            abBadge.setVisible(b);
            overlayDirty = true;
        });
        for (ToggleButton t : new ToggleButton[]{meshToggle, landmarksToggle, safeToggle}) {
            t.selectedProperty().subscribe(b -> overlayDirty = true);
        }

        viewHost.setOnScroll(this::onScroll);
        viewHost.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        viewHost.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        viewHost.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        initRigEdit();
        stage.sceneProperty().subscribe(this::installKeys);
        timer.start();
    }

    // ---- GL attach / notice ---------------------------------------------------------------------------

    /** Starts showing the engine's frames (FX thread). */
    public void attach(PreviewEngine e) {
        engine = e;
        glProblem = null;
        e.loop().invalidate();
        refreshVisibility();
    }

    /** OpenGL could not start: the still stays, with the reason. */
    public void showGlUnavailable(String message) {
        engine = null;
        glProblem = "Live preview unavailable: " + message;
        refreshVisibility();
    }

    private void refreshVisibility() {
        boolean live = engine != null && scenes.sceneProperty().get() != null;
        viewHost.setVisible(live);
        still.setVisible(!live);
        emptyLabel.setVisible(!live && vm.pictureUrlProperty().get() == null);
        String notice = glProblem != null ? glProblem : scenes.problemProperty().get();
        noticeLabel.setText(notice);
        noticeLabel.setVisible(notice != null);
    }

    // ---- per pulse ------------------------------------------------------------------------------------

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            playback.pulse();
            PreviewEngine e = engine;
            if (e == null) return;
            Frame f = e.loop().mailbox().take();
            if (f != null) {
                show(f);
                f.release();
                fps.frame(now);
            }
            e.loop().requestFrame();
            if (fps.update(now)) {
                fpsLabel.setText(playback.isPlaying() ? String.format(Locale.ROOT, "%.1f fps", fps.fps()) : "");
            }
            if (overlayDirty) drawOverlay();
        }
    };

    private void show(Frame f) {
        int w = f.width(), h = f.height();
        if (pixels == null || pixels.getWidth() != w || pixels.getHeight() != h) {
            pixelInts = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
            pixels = new PixelBuffer<>(w, h, pixelInts, PixelFormat.getIntArgbPreInstance());
            preview.setImage(new WritableImage(pixels));
            place();
        }
        // Absolute put: a relative one leaves position == limit and the ES2 pipeline then uploads nothing.
        pixels.updateBuffer(pb -> {
            pixelInts.put(0, f.ints(), 0, w * h);
            return null;
        });
        PreviewSource.Served s = source.served();
        if (!s.equals(shown)) overlayDirty = true;
        shown = s;
    }

    // ---- zoom, pan, overlays --------------------------------------------------------------------------

    private double picW() {
        TakeScene s = scenes.sceneProperty().get();
        return s == null ? 0 : s.scene().image().width();
    }

    private double picH() {
        TakeScene s = scenes.sceneProperty().get();
        return s == null ? 0 : s.scene().image().height();
    }

    private void place() {
        double w = viewHost.getWidth(), h = viewHost.getHeight();
        view.layout(w, h, picW(), picH());
        preview.setLayoutX(view.tx());
        preview.setLayoutY(view.ty());
        preview.setFitWidth(picW() * view.scale());
        preview.setFitHeight(picH() * view.scale());
        overlay.setWidth(w);
        overlay.setHeight(h);
        zoomLabel.setText(picW() > 0 ? Math.round(view.scale() * 100) + "%" : "");
        overlayDirty = true;
    }

    private void drawOverlay() {
        overlayDirty = false;
        PreviewSource.Served s = shown;
        painter.paint(overlay.getGraphicsContext2D(), overlay.getWidth(), overlay.getHeight(), view,
                s == null ? playback.timeProperty().get() : s.time(), s != null && s.source(),
                meshToggle.isSelected(), landmarksToggle.isSelected() && !rigEdit.isActive(), safeToggle.isSelected());
        if (rigEdit.isActive()) RigEditPainter.paint(overlay.getGraphicsContext2D(), view, shownRigPoints(), rigEdit);
    }

    // ---- rig edit mode (R): drag a landmark, Shift-drag its group; each release is one undoable edit -------

    private void initRigEdit() {
        rigEditToggle.selectedProperty().bindBidirectional(rigEdit.activeProperty());
        resetRigButton.visibleProperty().bind(rigEdit.activeProperty());
        resetRigButton.managedProperty().bind(rigEdit.activeProperty());
        rigEditLabel.visibleProperty().bind(rigEdit.activeProperty());
        rigEditLabel.textProperty().bind(javafx.beans.binding.Bindings.when(rigEdit.labelProperty().isEmpty())
                .then("FACE RIG · drag a point, Shift-drag its group · F frames the face · Esc leaves")
                .otherwise(rigEdit.labelProperty()));
        rigEdit.activeProperty().subscribe(on -> {
            if (!on) rigDragging = false;
            viewHost.setCursor(Cursor.DEFAULT);
            overlayDirty = true;
        });
        rigEdit.hoveredProperty().subscribe(t -> {
            if (!rigDragging) viewHost.setCursor(t == null ? Cursor.DEFAULT : Cursor.HAND);
            overlayDirty = true;
        });
        // filters run before the pan handlers, so a grab on a point never pans
        viewHost.addEventFilter(MouseEvent.MOUSE_MOVED, e -> rigEdit.hover(e.getX(), e.getY(), view, e.isShiftDown()));
        viewHost.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || spaceDown || !rigEdit.isActive()) return;
            rigDragging = rigEdit.press(e.getX(), e.getY(), view, e.isShiftDown());
            if (rigDragging) {
                viewHost.setCursor(Cursor.CLOSED_HAND);
                e.consume();
            }
        });
        viewHost.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!rigDragging) return;
            rigEdit.drag(e.getX(), e.getY(), view);
            overlayDirty = true;
            e.consume();
        });
        viewHost.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!rigDragging) return;
            rigDragging = false;
            rigEdit.release(e.getX(), e.getY(), view);
            viewHost.setCursor(rigEdit.hoveredProperty().get() == null ? Cursor.DEFAULT : Cursor.HAND);
            overlayDirty = true;
            e.consume();
        });
    }

    /** The landmarks as the shown frame has them, per animated character (what rig edit grabs). */
    private List<RigEditViewModel.Points> shownRigPoints() {
        TakeScene scene = scenes.sceneProperty().get();
        List<RigEditViewModel.Points> out = new ArrayList<>();
        if (scene == null) return out;
        PreviewSource.Served s = shown;
        List<float[]> xy = painter.shownPoints(s == null ? playback.timeProperty().get() : s.time(), s != null && s.source());
        for (int k = 0; k < xy.size() && k < scene.characters().size(); k++) {
            out.add(new RigEditViewModel.Points(scene.characters().get(k).id(), xy.get(k)));
        }
        return out;
    }

    @FXML private void onResetRig() { rigEdit.resetRig(); }

    /** The rig edit mode (the Character menu toggles it; tests drive it). */
    public RigEditViewModel rigEdit() { return rigEdit; }

    /**
     * Where landmark {@code landmark} of the {@code character}-th animated character shows on screen now, or null
     * (for tests that drag with the robot).
     */
    public javafx.geometry.Point2D screenPointOfLandmark(int character, int landmark) {
        List<RigEditViewModel.Points> pts = shownRigPoints();
        if (character >= pts.size()) return null;
        float[] xy = pts.get(character).xy();
        return viewHost.localToScreen(view.viewX(xy[2 * landmark]), view.viewY(xy[2 * landmark + 1]));
    }

    /**
     * Zooms so the first animated character's landmarks fill most of the view, centred (F in rig edit mode: at the
     * fitted size the 468 points of a face sit a pixel or two apart).
     */
    public void frameFace() {
        List<RigEditViewModel.Points> pts = shownRigPoints();
        if (pts.isEmpty() || viewHost.getWidth() <= 0) return;
        float[] xy = pts.getFirst().xy();
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i < io.mouthpiece.render.RigGeometry.LANDMARKS; i++) {
            x0 = Math.min(x0, xy[2 * i]); x1 = Math.max(x1, xy[2 * i]);
            y0 = Math.min(y0, xy[2 * i + 1]); y1 = Math.max(y1, xy[2 * i + 1]);
        }
        double w = viewHost.getWidth(), h = viewHost.getHeight();
        double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        view.zoomTo(0.85 * Math.min(w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0)), view.viewX(cx), view.viewY(cy));
        view.pan(w / 2 - view.viewX(cx), h / 2 - view.viewY(cy));
        place();
    }

    /** Hovers a landmark as the pointer would (screenshots and tests). */
    public void hoverLandmark(int character, int landmark, boolean group) {
        List<RigEditViewModel.Points> pts = shownRigPoints();
        if (character >= pts.size()) return;
        float[] xy = pts.get(character).xy();
        rigEdit.hover(view.viewX(xy[2 * landmark]), view.viewY(xy[2 * landmark + 1]), view, group);
    }

    /** View pixels per picture pixel now. */
    public double zoom() { return view.scale(); }

    @FXML private void onFit() { view.fit(viewHost.getWidth(), viewHost.getHeight(), picW(), picH()); place(); }

    @FXML private void onActualSize() { view.actualSize(viewHost.getWidth(), viewHost.getHeight(), picW(), picH()); place(); }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        view.zoomTo(view.scale() * Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        place();
        e.consume();
    }

    private void onPress(MouseEvent e) {
        if (rigDragging) return;
        dragging = e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown);
        dragX = e.getX();
        dragY = e.getY();
    }

    private void onDrag(MouseEvent e) {
        if (!dragging || rigDragging) return;
        view.pan(e.getX() - dragX, e.getY() - dragY);
        if (spaceDown) pannedWithSpace = true;
        dragX = e.getX();
        dragY = e.getY();
        place();
    }

    // ---- keys and transport ---------------------------------------------------------------------------

    private void installKeys(Scene scene) {
        if (scene == null) return;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, this::onKeyReleased);
    }

    private static boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown();
    }

    /** The transport keys, matched against the studio's one shortcut table (the help overlay lists the same). */
    private void onKeyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        if (Shortcut.PLAY_PAUSE.matches(e)) {
            if (!spaceDown) pannedWithSpace = false;
            spaceDown = true;   // play toggles on release, unless Space was held to pan
        } else if (Shortcut.STEP_BACK.matches(e)) {
            playback.step(-1);
        } else if (Shortcut.STEP_FORWARD.matches(e)) {
            playback.step(1);
        } else if (Shortcut.HOME.matches(e)) {
            playback.home();
        } else if (Shortcut.END.matches(e)) {
            playback.end();
        } else if (Shortcut.SHUTTLE_BACK.matches(e)) {
            playback.shuttleBackward();
        } else if (Shortcut.STOP.matches(e)) {
            playback.pause();
        } else if (Shortcut.SHUTTLE_FORWARD.matches(e)) {
            playback.shuttleForward();
        } else if (Shortcut.COMPARE.matches(e)) {
            abToggle.setSelected(!abToggle.isSelected());
        } else if (Shortcut.RIG_EDIT.matches(e)) {
            rigEdit.toggle();
        } else if (Shortcut.FRAME_FACE.matches(e) && rigEdit.isActive()) {
            frameFace();
        } else if (Shortcut.LEAVE_RIG_EDIT.matches(e) && rigEdit.isActive()) {
            if (rigDragging) {
                rigEdit.cancelDrag();
                rigDragging = false;
            } else {
                rigEdit.activeProperty().set(false);
            }
            overlayDirty = true;
        } else {
            return;
        }
        e.consume();
    }

    private void onKeyReleased(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || typing(e)) return;
        if (spaceDown && !pannedWithSpace) playback.togglePlay();
        spaceDown = false;
        e.consume();
    }

    @FXML private void onPlay() { playback.togglePlay(); }
    @FXML private void onStepBack() { playback.step(-1); }
    @FXML private void onStepForward() { playback.step(1); }
    @FXML private void onHome() { playback.home(); }
    @FXML private void onEnd() { playback.end(); }

    /** Switches overlays by name: mesh, landmarks, safe, source (the B side). */
    public void setOverlays(java.util.Set<String> names) {
        meshToggle.setSelected(names.contains("mesh"));
        landmarksToggle.setSelected(names.contains("landmarks"));
        safeToggle.setSelected(names.contains("safe"));
        abToggle.setSelected(names.contains("source"));
    }

    /** True while the B side (the untouched source picture) is shown. */
    public boolean isShowingSource() { return abToggle.isSelected(); }

    // ---- for tests and reports ------------------------------------------------------------------------

    /** The pixels on screen now (ARGB, rows top-down), or null before the first frame. FX thread. */
    public int[] shownPixels() {
        if (pixels == null) return null;
        int[] out = new int[pixels.getWidth() * pixels.getHeight()];
        pixelInts.get(0, out);
        return out;
    }

    public int shownWidth() { return pixels == null ? 0 : pixels.getWidth(); }

    /** What the newest shown frame was rendered for. */
    public PreviewSource.Served shownFrame() { return shown; }

    /** Frames copied to the screen per second over the last second. */
    public double shownFps() { return fps.fps(); }

    public boolean isNoticeShown() { return noticeLabel.isVisible(); }

    public String notice() { return noticeLabel.getText(); }

    /** Stops the pulse timer (on exit). */
    public void stop() { timer.stop(); }
}
