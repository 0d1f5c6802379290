package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.Marker;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.selection.StudioSelection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current take's in/out points and markers, as the ruler shows them, and the edits that change them (each one
 * undoable through {@code execute}). In and out are inclusive frames for the user: O at frame 30 keeps frame 30, so
 * the stored out point (exclusive, as {@link Take#workRange()} reads it) is the end of that frame. FX thread only.
 */
public final class MarksViewModel {
    private final StudioSelection selection;
    private final Consumer<Edit> execute;
    /** The take's in point, or null when it is the take's start (nothing to draw). */
    private final ReadOnlyObjectWrapper<Rational> in = new ReadOnlyObjectWrapper<>(this, "in");
    /** The take's stored (exclusive) out point, or null when playback runs to the end. */
    private final ReadOnlyObjectWrapper<Rational> out = new ReadOnlyObjectWrapper<>(this, "out");
    private final ReadOnlyObjectWrapper<List<Marker>> markers = new ReadOnlyObjectWrapper<>(this, "markers", List.of());
    private final ReadOnlyObjectWrapper<String> selectedMarker = new ReadOnlyObjectWrapper<>(this, "selectedMarker");
    private Take take;
    private FrameRate rate = FrameRate.FPS_25;

    public MarksViewModel(StudioSelection selection, Consumer<Edit> execute) {
        this.selection = selection;
        this.execute = execute;
        selection.currentProperty().subscribe(this::show);
    }

    public ReadOnlyObjectProperty<Rational> inProperty() { return in.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Rational> outProperty() { return out.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Marker>> markersProperty() { return markers.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> selectedMarkerProperty() { return selectedMarker.getReadOnlyProperty(); }

    private void show(StudioSelection.Current c) {
        take = c.take();
        if (c.project() != null) rate = c.project().frameRate();
        in.set(take == null || take.inPoint().signum() == 0 ? null : take.inPoint());
        out.set(take == null ? null : take.outPoint());
        markers.set(take == null ? List.of() : take.markers());
        String sel = selectedMarker.get();
        if (sel != null && markers.get().stream().noneMatch(m -> m.id().equals(sel))) selectedMarker.set(null);
    }

    // ---- in and out --------------------------------------------------------------------------------------------

    /** I: the in point at the start of the playhead's frame; an out point at or before it is cleared. */
    public void markIn(Rational playhead) {
        if (take == null) return;
        Rational t = frameStart(playhead);
        Rational o = take.outPoint() != null && take.outPoint().isAfter(t) ? take.outPoint() : null;
        if (t.equals(take.inPoint()) && Objects.equals(o, take.outPoint())) return;
        execute.accept(TakeEdits.setInOut(take.id(), t, o));
    }

    /** O: the out point at the end of the playhead's frame (inclusive); an in point after it is cleared. */
    public void markOut(Rational playhead) {
        if (take == null) return;
        Rational o = frameStart(playhead).add(rate.frameDuration());
        Rational i = take.inPoint().isBefore(o) ? take.inPoint() : Rational.ZERO;
        if (o.equals(take.outPoint()) && i.equals(take.inPoint())) return;
        execute.accept(TakeEdits.setInOut(take.id(), i, o));
    }

    /** Alt+I: the in point back to the take's start. */
    public void clearIn() {
        if (take != null && take.inPoint().signum() != 0) execute.accept(TakeEdits.setInOut(take.id(), Rational.ZERO, take.outPoint()));
    }

    /** Alt+O: playback runs to the take's end again. */
    public void clearOut() {
        if (take != null && take.outPoint() != null) execute.accept(TakeEdits.setInOut(take.id(), take.inPoint(), null));
    }

    /** Both at once, as one undo step. */
    public void clearInOut() {
        if (take != null && (take.inPoint().signum() != 0 || take.outPoint() != null)) {
            execute.accept(TakeEdits.setInOut(take.id(), Rational.ZERO, null));
        }
    }

    /** The first frame of the in/out range (inclusive). */
    public Rational inFrameTime() { return take == null ? Rational.ZERO : take.inPoint(); }

    // ---- markers -----------------------------------------------------------------------------------------------

    /** M: a marker at the playhead's frame, named "Marker n"; it becomes the selected marker. Null if none. */
    public String addMarker(Rational playhead) {
        if (take == null) return null;
        Rational t = frameStart(playhead);
        Optional<Marker> there = take.markers().stream().filter(m -> m.time().equals(t)).findFirst();
        if (there.isPresent()) { // one marker per frame: M on a marker selects it
            selectedMarker.set(there.get().id());
            return there.get().id();
        }
        String id = Ids.next("mk");
        execute.accept(TakeEdits.addMarker(take.id(), new Marker(id, t, nextName())));
        selectedMarker.set(id);
        return id;
    }

    private String nextName() {
        int n = 1;
        for (Marker m : take.markers()) {
            if (m.label().matches("Marker \\d+")) n = Math.max(n, Integer.parseInt(m.label().substring(7)) + 1);
        }
        return "Marker " + n;
    }

    public void renameMarker(String id, String label) {
        if (take == null || id == null) return;
        Optional<Marker> m = marker(id);
        if (m.isEmpty() || m.get().label().equals(label == null ? "" : label.strip())) return;
        execute.accept(TakeEdits.renameMarker(take.id(), id, label));
    }

    /**
     * The end of a marker drag on the ruler: the marker moves to the start of {@code t}'s frame, one undoable edit. It
     * stays where it was when that frame already holds another marker (one marker per frame) or nothing moved.
     */
    public void moveMarker(String id, Rational t) {
        if (take == null || id == null || t == null) return;
        Optional<Marker> m = marker(id);
        Rational to = frameStart(t.max(Rational.ZERO));
        if (m.isEmpty() || m.get().time().equals(to)) return;
        if (take.markers().stream().anyMatch(x -> !x.id().equals(id) && x.time().equals(to))) return;
        execute.accept(TakeEdits.moveMarker(take.id(), id, to));
        selectedMarker.set(id);
    }

    public void selectMarker(String id) { selectedMarker.set(id); }

    /** Delete on a selected marker. True if one was removed. */
    public boolean removeSelectedMarker() {
        String id = selectedMarker.get();
        if (take == null || id == null || marker(id).isEmpty()) return false;
        execute.accept(TakeEdits.removeMarker(take.id(), id));
        selectedMarker.set(null);
        return true;
    }

    public Optional<Marker> marker(String id) {
        return markers.get().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The first marker after {@code t}; it becomes the selected one. */
    public Optional<Marker> next(Rational t) {
        Optional<Marker> m = markers.get().stream().filter(x -> x.time().isAfter(t)).findFirst();
        m.ifPresent(x -> selectedMarker.set(x.id()));
        return m;
    }

    /** The last marker before {@code t}; it becomes the selected one. */
    public Optional<Marker> previous(Rational t) {
        Optional<Marker> m = markers.get().reversed().stream().filter(x -> x.time().isBefore(t)).findFirst();
        m.ifPresent(x -> selectedMarker.set(x.id()));
        return m;
    }

    /** Times a drag can snap to: markers and the in/out points (out as its last frame's start and its end). */
    public List<Rational> snapTargets() {
        java.util.ArrayList<Rational> out = new java.util.ArrayList<>();
        for (Marker m : markers.get()) out.add(m.time());
        if (in.get() != null) out.add(in.get());
        if (this.out.get() != null) out.add(this.out.get());
        return out;
    }

    private Rational frameStart(Rational t) { return rate.timeOf(rate.frameAt(t)); }
}
