package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.ChannelGroup;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import io.mouthpiece.ui.selection.StudioSelection;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current take as lanes for the timeline: picture, then for each character its dialogue, its motion header, the
 * viseme lane and one lane per motion channel under collapsible group headers. Every change the user makes here is
 * an {@link Edit} handed to {@code execute} (the open document, so it is undoable); the view only draws and forwards
 * gestures. Span positions are fractions of the take (layout only); key times are exact frame starts.
 */
public final class TimelineViewModel {
    public enum Lane { PICTURE, DIALOGUE, MOTION, VISEMES, GROUP, CHANNEL }

    /** A clip drawn from {@code start} to {@code end}, fractions of the take's duration. */
    public record Span(String label, double start, double end) {}

    /**
     * One lane. {@code version} changes whenever the project does, so list cells redraw even where the row's own
     * fields are unchanged (a key moved on its curve).
     */
    public record Row(Lane lane, String name, String detail, List<Span> spans, String actorId, Channel channel,
                      ChannelGroup group, boolean collapsed, long version) {
        public Row(Lane lane, String name, String detail, List<Span> spans) {
            this(lane, name, detail, spans, null, null, null, false, 0);
        }
    }

    /** The selected key: a channel lane of a character and a key time on it. */
    public record KeyRef(String actorId, Channel channel, Rational time) {}

    private final StudioSelection selection;
    private final Consumer<Edit> execute;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper takeName = new ReadOnlyStringWrapper(this, "takeName", "");
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper(this, "seconds");
    private final ReadOnlyDoubleWrapper framesPerSecond = new ReadOnlyDoubleWrapper(this, "framesPerSecond", 25);
    private final ReadOnlyObjectWrapper<TimeScale> scale =
            new ReadOnlyObjectWrapper<>(this, "scale", new TimeScale(FrameRate.FPS_25, 4, 0));
    private final ReadOnlyObjectWrapper<KeyRef> selectedKey = new ReadOnlyObjectWrapper<>(this, "selectedKey");
    /** Every selected key time on the selected key's lane (Shift+click adds and removes); holds the primary one. */
    private final ReadOnlyObjectWrapper<Set<Rational>> selectedTimes = new ReadOnlyObjectWrapper<>(this, "selectedTimes", Set.of());
    private final ReadOnlyObjectWrapper<Row> selectedLane = new ReadOnlyObjectWrapper<>(this, "selectedLane");
    private final Set<String> collapsed = new HashSet<>();
    private Keyframe clipboard;
    private Take take;
    private Rational length = Rational.ZERO;
    private long version;
    /** True until the user zooms: the take then fits the lanes' width. */
    private boolean fitting = true;
    private double laneWidth;

    /** A read-only timeline (no document to edit). */
    public TimelineViewModel(ReadOnlyObjectProperty<Project> project) { this(project, e -> {
        throw new IllegalStateException("this timeline cannot edit");
    }); }

    /** @param execute runs an edit on the open document (undoable); the project property then shows its result */
    public TimelineViewModel(ReadOnlyObjectProperty<Project> project, Consumer<Edit> execute) {
        this(new StudioSelection(project), execute);
    }

    /** The timeline of the selection's current take; picking a key focuses it for the inspector. */
    public TimelineViewModel(StudioSelection selection, Consumer<Edit> execute) {
        this.execute = execute;
        this.selection = selection;
        for (ChannelGroup g : List.of(ChannelGroup.EYES, ChannelGroup.BROWS, ChannelGroup.HEAD)) collapsed.add(g.name());
        selection.currentProperty().subscribe(c -> show(c.project(), c.take()));
        selectedKey.subscribe(k -> {
            if (k != null) selection.focus(new StudioSelection.Focus.OfKey(k.actorId(), k.channel(), k.time()));
        });
    }

    public StudioSelection selection() { return selection; }

    public ObservableList<Row> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ReadOnlyStringProperty takeNameProperty() { return takeName.getReadOnlyProperty(); }
    /** The take's length in seconds, for the ruler. */
    public ReadOnlyDoubleProperty secondsProperty() { return seconds.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty framesPerSecondProperty() { return framesPerSecond.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TimeScale> scaleProperty() { return scale.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<KeyRef> selectedKeyProperty() { return selectedKey.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Set<Rational>> selectedTimesProperty() { return selectedTimes.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Row> selectedLaneProperty() { return selectedLane.getReadOnlyProperty(); }
    public FrameRate rate() { return scale.get().rate(); }
    /** The take's length in frames (fractional), for the scroll bar. */
    public double lengthFrames() { return TimeScale.frames(rate(), length); }
    public Rational length() { return length; }

    // ---- zoom and scroll ---------------------------------------------------------------------------------------

    /** The lanes are {@code width} pixels wide; until the user zooms, the whole take fits. */
    public void setLaneWidth(double width) {
        laneWidth = width;
        if (fitting) fit();
    }

    public void fit() {
        fitting = true;
        double frames = Math.max(1, lengthFrames());
        if (laneWidth > 0) scale.set(new TimeScale(rate(), (laneWidth - 12) / frames, 0));
    }

    /** Ctrl+wheel and the zoom buttons: the instant under {@code anchorX} stays put. */
    public void zoom(double factor, double anchorX) {
        fitting = false;
        scale.set(clampScroll(scale.get().zoomed(factor, anchorX)));
    }

    public void scrollTo(double firstFrame) {
        fitting = false;
        scale.set(clampScroll(scale.get().scrolledTo(firstFrame)));
    }

    public void scrollBy(double pixels) { scrollTo(scale.get().firstFrame() + pixels / scale.get().pxPerFrame()); }

    private TimeScale clampScroll(TimeScale s) {
        double max = Math.max(0, lengthFrames() - s.visibleFrames(Math.max(1, laneWidth - 12)));
        return s.firstFrame() > max ? s.scrolledTo(max) : s;
    }

    // ---- groups and selection ----------------------------------------------------------------------------------

    public void toggleGroup(ChannelGroup g) {
        if (!collapsed.remove(g.name())) collapsed.add(g.name());
        show(selection.project(), selection.take());
    }

    public boolean isCollapsed(ChannelGroup g) { return collapsed.contains(g.name()); }

    public void selectLane(Row lane) {
        selectedLane.set(lane);
        if (lane == null || lane.channel() == null) setSelection(null, Set.of());
    }

    public void selectKey(Row lane, Rational time) {
        selectedLane.set(lane);
        setSelection(time == null ? null : new KeyRef(lane.actorId(), lane.channel(), time),
                time == null ? Set.of() : Set.of(time));
    }

    /** Shift+click: adds the key to the selection on its lane, or removes it (another lane starts afresh). */
    public void toggleKey(Row lane, Rational time) {
        KeyRef k = selectedKey.get();
        if (k == null || k.channel() != lane.channel() || !k.actorId().equals(lane.actorId())) {
            selectKey(lane, time);
            return;
        }
        Set<Rational> times = new java.util.TreeSet<>(selectedTimes.get());
        if (!times.remove(time)) times.add(time);
        Rational primary = times.contains(time) ? time : times.isEmpty() ? null : times.iterator().next();
        setSelection(primary == null ? null : new KeyRef(lane.actorId(), lane.channel(), primary), times);
    }

    public boolean isSelected(Row lane, Rational time) {
        KeyRef k = selectedKey.get();
        return k != null && k.channel() == lane.channel() && k.actorId().equals(lane.actorId())
                && selectedTimes.get().contains(time);
    }

    private void setSelection(KeyRef primary, Set<Rational> times) {
        selectedTimes.set(Set.copyOf(times));
        selectedKey.set(primary);
    }

    // ---- reading the curves ------------------------------------------------------------------------------------

    public MotionLayers layers(String actorId) {
        return take == null ? MotionLayers.EMPTY
                : take.motionOf(actorId).map(MotionTrack::motion).orElse(MotionLayers.EMPTY);
    }

    /** The channel's final value (generated + user) at {@code t}. */
    public double valueAt(Row lane, Rational t) { return layers(lane.actorId()).evaluate(lane.channel(), t); }

    /** The generated layer alone at {@code t} (rest where there is none). */
    public double generatedAt(Row lane, Rational t) {
        var g = layers(lane.actorId()).generated().get(lane.channel());
        double v = g == null ? Double.NaN : g.evaluate(t);
        return Double.isNaN(v) ? lane.channel().defaultValue() : v;
    }

    /**
     * The generated layer at pixel columns 0..n of a lane, for drawing: a double-precision walk over the samples
     * (pixels need no exact time, and an exact evaluation per column costs several times as much).
     */
    public double[] generatedColumns(Row lane, TimeScale s, int n) {
        double[] out = new double[n + 1];
        Channel c = lane.channel();
        var g = layers(lane.actorId()).generated().get(c);
        double rest = c.clamp(c.defaultValue());
        if (g == null || g.size() == 0) {
            java.util.Arrays.fill(out, rest);
            return out;
        }
        double fps = s.rate().toDouble();
        double gFps = g.rate().toDouble();
        double start = g.start().toDouble();
        int size = g.size();
        for (int x = 0; x <= n; x++) {
            double seconds = (x / s.pxPerFrame() + s.firstFrame()) / fps;
            double pos = (seconds - start) * gFps;
            if (pos < 0 || pos >= size) {
                out[x] = rest;
                continue;
            }
            int i = (int) pos;
            double a = g.valueAt(i);
            double b = i + 1 < size ? g.valueAt(i + 1) : a;
            out[x] = c.clamp(a + (b - a) * (pos - i));
        }
        return out;
    }

    /** The final value (generated + user) at pixel columns 0..n: exact evaluation only where the user keyed. */
    public double[] valueColumns(Row lane, TimeScale s, int n) {
        if (userCurve(lane).isEmpty()) return generatedColumns(lane, s, n);
        double[] out = new double[n + 1];
        MotionLayers m = layers(lane.actorId());
        for (int x = 0; x <= n; x++) out[x] = m.evaluate(lane.channel(), s.columnTime(x));
        return out;
    }

    public KeyframeCurve userCurve(Row lane) { return layers(lane.actorId()).userCurve(lane.channel()); }

    public Optional<VisemeTrack> visemes(String actorId) {
        return take == null ? Optional.empty() : take.motionOf(actorId).map(MotionTrack::visemes);
    }

    // ---- editing (each is one undoable Edit) -------------------------------------------------------------------

    /** Adds a key at {@code t} holding the curve's value there, so adding a key changes nothing you can see yet. */
    public void addKey(Row lane, Rational t) {
        KeyframeCurve user = userCurve(lane);
        double v = user.mode() == BlendMode.ADD ? (user.isEmpty() ? 0 : user.evaluate(t)) : valueAt(lane, t);
        Interpolation interp = user.keyAt(t).map(Keyframe::interpolation).orElse(Interpolation.SMOOTH);
        run(MotionEdits.setKey(take.id(), lane.actorId(), lane.channel(), new Keyframe(t, v, interp)));
        selectKey(lane, t);
    }

    /** Moves a key in one step (the end of a drag); nothing happens when it did not move. */
    public void moveKey(Row lane, Rational from, Rational to, double value) {
        Keyframe k = userCurve(lane).keyAt(from).orElse(null);
        if (k == null) return;
        if (from.equals(to) && lane.channel().clamp(value) == k.value()) return;
        if (!from.equals(to) && userCurve(lane).keyAt(to).isPresent()) return; // would land on another key
        run(MotionEdits.moveKey(take.id(), lane.actorId(), lane.channel(), from, to, value));
        selectKey(lane, to);
    }

    /** Delete: every selected key, as one undo step. */
    public void deleteSelected() {
        KeyRef k = selectedKey.get();
        if (k == null || take == null) return;
        List<Rational> times = List.copyOf(selectedTimes.get());
        run(times.size() == 1 ? MotionEdits.deleteKey(take.id(), k.actorId(), k.channel(), times.getFirst())
                : io.mouthpiece.core.edit.Edit.compose("Delete Keyframes", times.stream()
                        .map(t -> MotionEdits.deleteKey(take.id(), k.actorId(), k.channel(), t)).toList()));
        setSelection(null, Set.of());
    }

    /** Alt+Left/Right: the selected keys move by whole frames (refused before 0 or onto a key left behind). */
    public void nudgeSelected(int frames) {
        KeyRef k = selectedKey.get();
        if (k == null || take == null) return;
        Rational delta = rate().frameDuration().multiply(frames);
        Set<Rational> times = selectedTimes.get();
        KeyframeCurve curve = layers(k.actorId()).userCurve(k.channel());
        Set<Rational> moved = new java.util.TreeSet<>();
        for (Rational t : times) {
            Rational to = t.add(delta);
            if (to.signum() < 0 || (curve.keyAt(to).isPresent() && !times.contains(to))) return;
            moved.add(to);
        }
        run(MotionEdits.nudgeKeys(take.id(), k.actorId(), k.channel(), List.copyOf(times), delta));
        setSelection(new KeyRef(k.actorId(), k.channel(), k.time().add(delta)), moved);
    }

    public void setInterpolation(Row lane, Rational t, Interpolation i) {
        run(MotionEdits.setInterpolation(take.id(), lane.actorId(), lane.channel(), t, i));
    }

    public void setBlendMode(Row lane, BlendMode mode) {
        run(MotionEdits.setBlendMode(take.id(), lane.actorId(), lane.channel(), mode));
    }

    public boolean copySelected() {
        KeyRef k = selectedKey.get();
        Row lane = selectedLane.get();
        if (k == null || lane == null || lane.channel() == null) return false;
        clipboard = userCurve(lane).keyAt(k.time()).orElse(null);
        return clipboard != null;
    }

    /** Pastes the copied key's value and interpolation at {@code t} on {@code lane} (any channel lane). */
    public void paste(Row lane, Rational t) {
        if (clipboard == null || lane == null || lane.channel() == null || take == null) return;
        run(MotionEdits.setKey(take.id(), lane.actorId(), lane.channel(), clipboard.withTime(t)));
        selectKey(lane, t);
    }

    public boolean hasClipboard() { return clipboard != null; }

    /** Drags the boundary before viseme segment {@code index} to {@code t} (the mouth curves follow). */
    public void retimeViseme(Row lane, int index, Rational t) {
        var segs = visemes(lane.actorId()).map(VisemeTrack::segments).orElse(List.of());
        if (index <= 0 || index >= segs.size() || segs.get(index).start().equals(t)) return;
        if (!t.isAfter(segs.get(index - 1).start()) || !t.isBefore(segs.get(index).end())) return; // would swallow a shape
        run(VisemeLaneEdits.retime(take.id(), lane.actorId(), index, t));
    }

    /** Picks another mouth shape for viseme segment {@code index}. */
    public void changeViseme(Row lane, int index, io.mouthpiece.core.speech.Viseme shape) {
        var segs = visemes(lane.actorId()).map(VisemeTrack::segments).orElse(List.of());
        if (index < 0 || index >= segs.size() || segs.get(index).viseme() == shape) return;
        run(VisemeLaneEdits.change(take.id(), lane.actorId(), index, shape));
    }

    private void run(Edit e) {
        if (take == null) return;
        execute.accept(e);
    }

    // ---- rows --------------------------------------------------------------------------------------------------

    private void show(Project p, Take current) {
        version++;
        if (p == null || current == null) {
            rows.clear();
            take = null;
            length = Rational.ZERO;
            takeName.set("");
            seconds.set(0);
            return;
        }
        take = current;
        length = take.duration().max(take.contentEnd());
        takeName.set(take.name() + " \u00b7 " + p.frameRate() + " fps");
        seconds.set(length.toDouble());
        framesPerSecond.set(p.frameRate().toDouble());
        if (!scale.get().rate().equals(p.frameRate())) {
            TimeScale s = scale.get();
            scale.set(new TimeScale(p.frameRate(), s.pxPerFrame(), 0));
        }
        if (fitting) fit();
        List<Row> out = new ArrayList<>();
        String picture = p.mediaById(take.pictureMediaId()).map(TimelineViewModel::fileName).orElse("no picture");
        out.add(new Row(Lane.PICTURE, "Picture", picture,
                take.pictureMediaId() == null ? List.of() : List.of(new Span(picture, 0, 1)), null, null, null, false, version));
        for (Actor actor : p.actors()) {
            List<Span> clips = take.dialogueOf(actor.id()).map(DialogueTrack::clips).orElse(List.of()).stream()
                    .map(c -> span(p, c, length)).toList();
            out.add(new Row(Lane.DIALOGUE, actor.name(), clips.size() + " dialogue clip" + (clips.size() == 1 ? "" : "s"),
                    clips, actor.id(), null, null, false, version));
            Optional<MotionTrack> motion = take.motionOf(actor.id());
            out.add(new Row(Lane.MOTION, "Motion", motion.isPresent() ? "motion track" : "not analysed yet", List.of(),
                    actor.id(), null, null, false, version));
            if (motion.isEmpty()) continue;
            VisemeTrack v = motion.get().visemes();
            if (v != null) {
                out.add(new Row(Lane.VISEMES, "Visemes", v.segments().size() + " mouth shapes", visemeSpans(v, length),
                        actor.id(), null, null, false, version));
            }
            MotionLayers layers = motion.get().motion();
            for (ChannelGroup g : ChannelGroup.values()) {
                List<Channel> channels = Channel.inGroup(g);
                long keyed = channels.stream().filter(c -> !layers.userCurve(c).isEmpty()).count();
                boolean closed = collapsed.contains(g.name());
                out.add(new Row(Lane.GROUP, title(g), channels.size() + (keyed > 0 ? " \u00b7 " + keyed + " keyed" : ""),
                        List.of(), actor.id(), null, g, closed, version));
                if (closed) continue;
                for (Channel c : channels) {
                    KeyframeCurve u = layers.userCurve(c);
                    String detail = u.isEmpty() ? (layers.generated().containsKey(c) ? "generated" : "rest")
                            : u.keys().size() + " key" + (u.keys().size() == 1 ? "" : "s") + " \u00b7 " + u.mode().id();
                    out.add(new Row(Lane.CHANNEL, c.id(), detail, List.of(), actor.id(), c, g, false, version));
                }
            }
        }
        rows.setAll(out);
        // the selected lane is the same lane in the new rows (its version changed)
        Row sel = selectedLane.get();
        if (sel != null) {
            selectedLane.set(out.stream().filter(r -> r.lane() == sel.lane() && java.util.Objects.equals(r.actorId(), sel.actorId())
                    && r.channel() == sel.channel()).findFirst().orElse(null));
        }
        KeyRef k = selectedKey.get();
        if (k != null) {
            KeyframeCurve c = layers(k.actorId()).userCurve(k.channel());
            Set<Rational> kept = new java.util.TreeSet<>();
            for (Rational t : selectedTimes.get()) if (c.keyAt(t).isPresent()) kept.add(t);
            // an undo can take selected keys away: keep those that remain
            if (kept.isEmpty()) setSelection(null, Set.of());
            else setSelection(kept.contains(k.time()) ? k : new KeyRef(k.actorId(), k.channel(), kept.iterator().next()), kept);
        }
    }

    private static String title(ChannelGroup g) {
        String n = g.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static List<Span> visemeSpans(VisemeTrack v, Rational length) {
        double total = length.signum() == 0 ? 1 : length.toDouble();
        List<Span> out = new ArrayList<>(v.segments().size());
        for (VisemeSegment s : v.segments()) {
            out.add(new Span(s.viseme().id(), s.start().toDouble() / total, s.end().toDouble() / total));
        }
        return out;
    }

    private static Span span(Project p, AudioClip c, Rational length) {
        String label = !c.transcript().isBlank() ? c.transcript()
                : p.mediaById(c.mediaId()).map(TimelineViewModel::fileName).orElse(c.mediaId());
        double total = length.signum() == 0 ? 1 : length.toDouble();
        return new Span(label, c.range().start().toDouble() / total, c.range().end().toDouble() / total);
    }

    private static String fileName(MediaRef m) {
        return m.path().substring(m.path().lastIndexOf('/') + 1);
    }
}
