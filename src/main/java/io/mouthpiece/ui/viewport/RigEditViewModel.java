package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.face.rig.LandmarkGroup;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.service.RigCorrectionEdits;
import io.mouthpiece.service.TakeScene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The viewer's face-rig edit mode without the controls: which landmark (or group, with the group modifier) is under
 * the pointer, a drag in view pixels turned into image pixels through the {@link ViewTransform}, and on release one
 * undoable {@link RigCorrectionEdits} edit. The points are those the viewer shows ({@link Points}, image pixels);
 * hit-testing happens in view pixels so the grab radius stays the same at every zoom. Playback pauses when the mode
 * turns on and when a drag starts. FX thread only (plain properties, so it is tested without a screen).
 */
public final class RigEditViewModel {
    /** One character's 468 landmark positions as shown, image pixels, x0,y0,x1,y1,... */
    public record Points(String actorId, float[] xy) {}

    /** What a press grabs: one landmark, or the group it belongs to ({@code group} null: the point alone). */
    public record Target(String actorId, int landmark, LandmarkGroup group) {
        public int[] indices() { return group == null ? new int[]{landmark} : group.indices(); }

        public boolean contains(String actor, int i) {
            return actorId.equals(actor) && (group == null ? landmark == i : Arrays.stream(group.indices()).anyMatch(k -> k == i));
        }
    }

    /** Grab radius around a point, view pixels. */
    static final double GRAB_RADIUS = 9;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(FaceIndices.MOUTH_RIGHT, "Mouth corner (right)"), Map.entry(FaceIndices.MOUTH_LEFT, "Mouth corner (left)"),
            Map.entry(FaceIndices.LIP_TOP, "Upper lip, top"), Map.entry(FaceIndices.LIP_BOTTOM, "Lower lip, bottom"),
            Map.entry(FaceIndices.INNER_LIP_TOP, "Upper lip, inner"), Map.entry(FaceIndices.INNER_LIP_BOTTOM, "Lower lip, inner"),
            Map.entry(FaceIndices.NOSE_TIP, "Nose tip"), Map.entry(FaceIndices.CHIN, "Chin"), Map.entry(FaceIndices.FOREHEAD, "Forehead"),
            Map.entry(FaceIndices.RIGHT_EYE_OUTER, "Right eye, outer corner"), Map.entry(FaceIndices.RIGHT_EYE_INNER, "Right eye, inner corner"),
            Map.entry(FaceIndices.LEFT_EYE_OUTER, "Left eye, outer corner"), Map.entry(FaceIndices.LEFT_EYE_INNER, "Left eye, inner corner"),
            Map.entry(FaceIndices.RIGHT_EYE_TOP, "Right upper lid"), Map.entry(FaceIndices.RIGHT_EYE_BOTTOM, "Right lower lid"),
            Map.entry(FaceIndices.LEFT_EYE_TOP, "Left upper lid"), Map.entry(FaceIndices.LEFT_EYE_BOTTOM, "Left lower lid"));

    private final Consumer<Edit> execute;
    private final Runnable pausePlayback;
    private final Supplier<List<Points>> points;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyObjectWrapper<Target> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private Target dragging;
    private double pressX, pressY, dx, dy;
    private String lastActor;

    /**
     * @param execute runs an edit on the open document (undoable)
     * @param pausePlayback stops playback (editing happens on a still frame)
     * @param points the landmarks the viewer shows now, per animated character
     */
    public RigEditViewModel(Consumer<Edit> execute, Runnable pausePlayback, Supplier<List<Points>> points) {
        this.execute = execute;
        this.pausePlayback = pausePlayback;
        this.points = points;
        active.subscribe(on -> {
            if (on) pausePlayback.run();
            else {
                cancelDrag();
                setHover(null);
            }
        });
    }

    /** The rest-pose landmarks of every animated character of a scene (the corrected rig, image pixels). */
    public static List<Points> restPoints(TakeScene scene) {
        List<Points> out = new ArrayList<>();
        if (scene == null) return out;
        for (int k = 0; k < scene.characters().size(); k++) {
            RigGeometry rig = scene.scene().characters().get(k);
            float[] xy = new float[2 * RigGeometry.LANDMARKS];
            for (int i = 0; i < RigGeometry.LANDMARKS; i++) {
                xy[2 * i] = rig.x(i);
                xy[2 * i + 1] = rig.y(i);
            }
            out.add(new Points(scene.characters().get(k).id(), xy));
        }
        return out;
    }

    public BooleanProperty activeProperty() { return active; }
    public boolean isActive() { return active.get(); }
    public void toggle() { active.set(!active.get()); }

    /** The point or group under the pointer (or being dragged), or null. */
    public ReadOnlyObjectProperty<Target> hoveredProperty() { return hovered.getReadOnlyProperty(); }
    /** What {@link #hoveredProperty()} is, in words ("Mouth corner (right) · #61 · Lips"), or "". */
    public ReadOnlyStringProperty labelProperty() { return label.getReadOnlyProperty(); }

    /** The grabbed target while a drag is under way, else null. */
    public Target dragTarget() { return dragging; }
    /** The current drag's offset in image pixels (0, 0 when none). */
    public double dragDx() { return dragging == null ? 0 : dx; }
    public double dragDy() { return dragging == null ? 0 : dy; }

    /** The pointer moved without a button: highlight what a press would grab. */
    public void hover(double viewX, double viewY, ViewTransform v, boolean group) {
        if (!active.get() || dragging != null) return;
        setHover(hit(viewX, viewY, v, group));
    }

    /** A primary press: grabs the point (or group) under the pointer; false when there is none. */
    public boolean press(double viewX, double viewY, ViewTransform v, boolean group) {
        if (!active.get()) return false;
        Target t = hit(viewX, viewY, v, group);
        setHover(t);
        if (t == null) return false;
        pausePlayback.run();
        dragging = t;
        pressX = viewX;
        pressY = viewY;
        dx = dy = 0;
        return true;
    }

    public void drag(double viewX, double viewY, ViewTransform v) {
        if (dragging == null) return;
        dx = (viewX - pressX) / v.scale();
        dy = (viewY - pressY) / v.scale();
    }

    /** Ends the drag: one undoable edit moving the point or group by the drag, in image pixels. */
    public void release(double viewX, double viewY, ViewTransform v) {
        if (dragging == null) return;
        drag(viewX, viewY, v);
        Target t = dragging;
        double mx = dx, my = dy;
        dragging = null;
        dx = dy = 0;
        if (mx == 0 && my == 0) return;
        lastActor = t.actorId();
        execute.accept(t.group() == null ? RigCorrectionEdits.movePoint(t.actorId(), t.landmark(), mx, my)
                : RigCorrectionEdits.moveGroup(t.actorId(), t.group(), mx, my));
    }

    /** Drops a drag in progress without an edit (Escape). */
    public void cancelDrag() {
        dragging = null;
        dx = dy = 0;
    }

    /**
     * Back to the detected rig for the character last edited here, else the one under the pointer, else the first
     * shown; false when no character is shown.
     */
    public boolean resetRig() {
        List<Points> shown = points.get();
        String actor = hovered.get() != null ? hovered.get().actorId() : null;
        if (actor == null && lastActor != null && shown.stream().anyMatch(p -> p.actorId().equals(lastActor))) actor = lastActor;
        if (actor == null && !shown.isEmpty()) actor = shown.getFirst().actorId();
        if (actor == null) return false;
        execute.accept(RigCorrectionEdits.reset(actor));
        return true;
    }

    /** The landmark nearest to the view point within {@link #GRAB_RADIUS}, as a point or its group. */
    Target hit(double viewX, double viewY, ViewTransform v, boolean group) {
        Target best = null;
        double bestD = GRAB_RADIUS * GRAB_RADIUS;
        for (Points p : points.get()) {
            float[] xy = p.xy();
            for (int i = 0; i < RigGeometry.LANDMARKS; i++) {
                double ddx = v.viewX(xy[2 * i]) - viewX, ddy = v.viewY(xy[2 * i + 1]) - viewY;
                double d = ddx * ddx + ddy * ddy;
                if (d <= bestD) {
                    bestD = d;
                    best = new Target(p.actorId(), i, null);
                }
            }
        }
        if (best == null || !group) return best;
        LandmarkGroup g = groupOf(best.landmark());
        return g == null ? best : new Target(best.actorId(), best.landmark(), g);
    }

    /** The first group (lips, eyes, brows, jaw) a landmark belongs to, or null. */
    public static LandmarkGroup groupOf(int landmark) {
        for (LandmarkGroup g : LandmarkGroup.values()) {
            for (int i : g.indices()) if (i == landmark) return g;
        }
        return null;
    }

    /** "Mouth corner (right) · #61 · Lips", "Lips (40 points)" for a group, or "Landmark #200". */
    public static String describe(Target t) {
        if (t == null) return "";
        if (t.group() != null) return groupName(t.group()) + " (" + t.group().indices().length + " points)";
        LandmarkGroup g = groupOf(t.landmark());
        String name = NAMES.getOrDefault(t.landmark(), "Landmark");
        return name + " \u00b7 #" + t.landmark() + (g == null ? "" : " \u00b7 " + groupName(g));
    }

    static String groupName(LandmarkGroup g) {
        String s = g.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void setHover(Target t) {
        hovered.set(t);
        label.set(describe(t));
    }
}
