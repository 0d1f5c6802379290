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
    private final DialogueClips clips;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper takeName = new ReadOnlyStringWrapper(this, "takeName", "");
    private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper(this, "seconds");
    private final ReadOnlyDoubleWrapper framesPerSecond = new ReadOnlyDoubleWrapper(this, "framesPerSecond", 25);
    private final ReadOnlyObjectWrapper<TimeScale> scale =
            new ReadOnlyObjectWrapper<>(this, "scale", new TimeScale(FrameRate.FPS_25, 4, 0));
    private final ReadOnlyObjectWrapper<KeyRef> selectedKey = new ReadOnlyObjectWrapper<>(this, "selectedKey");
    /**
     * Every selected key, on any channel lanes of one character (Shift+click and the rubber band add); holds the
     * primary one ({@link #selectedKeyProperty()}).
     */
    private final ReadOnlyObjectWrapper<Set<KeyRef>> selectedKeys = new ReadOnlyObjectWrapper<>(this, "selectedKeys", Set.of());
    /** The selected key times on the primary key's lane (the selection as one lane sees it). */
    private final ReadOnlyObjectWrapper<Set<Rational>> selectedTimes = new ReadOnlyObjectWrapper<>(this, "selectedTimes", Set.of());
    /** Drags snap to the playhead, markers, in/out and other keys within {@link #SNAP_PX} (S toggles). */
    private final javafx.beans.property.BooleanProperty snapping = new javafx.beans.property.SimpleBooleanProperty(this, "snapping", true);
    private Rational playhead = Rational.ZERO;
    private java.util.function.Supplier<? extends java.util.Collection<Rational>> markTargets = List::of;
    private List<Keyframe> clipboardKeys = List.of();
    private List<Channel> clipboardChannels = List.of();
    private final ReadOnlyObjectWrapper<Row> selectedLane = new ReadOnlyObjectWrapper<>(this, "selectedLane");
    private final Set<String> collapsed = new HashSet<>();
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
    public TimelineViewModel(StudioSelection selection, Consumer<Edit> execute) { this(selection, execute, () -> { }); }

    /**
     * @param reanalyse queues the take's re-analysis after a dialogue clip was moved, trimmed or deleted (the studio
     *                  passes the media branch's {@code MediaWorkflow::reanalyse}, which pairing uses too)
     */
    public TimelineViewModel(StudioSelection selection, Consumer<Edit> execute, Runnable reanalyse) {
        this.clips = new DialogueClips(this, reanalyse);
        this.execute = execute;
        this.selection = selection;
        for (ChannelGroup g : List.of(ChannelGroup.EYES, ChannelGroup.BROWS, ChannelGroup.HEAD)) collapsed.add(g.name());
        selection.currentProperty().subscribe(c -> show(c.project(), c.take()));
        selectedKey.subscribe(k -> {
            if (k != null) selection.focus(new StudioSelection.Focus.OfKey(k.actorId(), k.channel(), k.time()));
        });
    }

    public StudioSelection selection() { return selection; }

    /** Moving, trimming and deleting the dialogue clips (clips branch). */
    public DialogueClips clips() { return clips; }

    /** Runs an edit on the open document (the timeline's other view models share it). */
    public Consumer<Edit> executor() { return execute; }

    public ObservableList<Row> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ReadOnlyStringProperty takeNameProperty() { return takeName.getReadOnlyProperty(); }
    /** The take's length in seconds, for the ruler. */
    public ReadOnlyDoubleProperty secondsProperty() { return seconds.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty framesPerSecondProperty() { return framesPerSecond.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TimeScale> scaleProperty() { return scale.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<KeyRef> selectedKeyProperty() { return selectedKey.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Set<Rational>> selectedTimesProperty() { return selectedTimes.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Set<KeyRef>> selectedKeysProperty() { return selectedKeys.getReadOnlyProperty(); }
    public javafx.beans.property.BooleanProperty snappingProperty() { return snapping; }

    /** Where the playhead is (clips: Move Clip to Playhead). */
    Rational playhead() { return playhead; }

    /** Where the playhead is (a snap target). */
    public void setPlayhead(Rational t) { playhead = t == null ? Rational.ZERO : t; }

    /** More snap targets (markers, in/out), asked at each drag step. */
    public void setMarkTargets(java.util.function.Supplier<? extends java.util.Collection<Rational>> targets) {
        markTargets = targets == null ? List::of : targets;
    }
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
        KeyRef k = time == null ? null : new KeyRef(lane.actorId(), lane.channel(), time);
        setSelection(k, k == null ? Set.of() : Set.of(k));
    }

    /**
     * Shift+click: adds the key to the selection, or removes it. Keys on any channel lanes of the same character
     * select together; another character's key starts afresh.
     */
    public void toggleKey(Row lane, Rational time) {
        KeyRef k = selectedKey.get();
        if (k == null || !k.actorId().equals(lane.actorId())) {
            selectKey(lane, time);
            return;
        }
        KeyRef ref = new KeyRef(lane.actorId(), lane.channel(), time);
        Set<KeyRef> keys = new java.util.LinkedHashSet<>(selectedKeys.get());
        boolean added = keys.add(ref);
        if (!added) keys.remove(ref);
        selectedLane.set(lane);
        setSelection(added ? ref : keys.isEmpty() ? null : keys.contains(k) ? k : keys.iterator().next(), keys);
    }

    /**
     * The rubber band: every user key from {@code from} to {@code to} (inclusive) on the given channel lanes of one
     * character; {@code add} (Shift) keeps the keys already selected on that character.
     */
    public void selectRange(String actorId, java.util.Collection<Channel> channels, Rational from, Rational to, boolean add) {
        Set<KeyRef> keys = new java.util.LinkedHashSet<>();
        KeyRef k = selectedKey.get();
        if (add && k != null && k.actorId().equals(actorId)) keys.addAll(selectedKeys.get());
        MotionLayers m = layers(actorId);
        for (Channel c : channels) {
            for (Keyframe key : m.userCurve(c).keys()) {
                if (!key.time().isBefore(from) && !key.time().isAfter(to)) keys.add(new KeyRef(actorId, c, key.time()));
            }
        }
        KeyRef primary = keys.isEmpty() ? null : keys.contains(k) ? k : keys.iterator().next();
        if (primary != null) {
            selectedLane.set(rows.stream().filter(r -> r.lane() == Lane.CHANNEL && r.actorId().equals(actorId)
                    && r.channel() == primary.channel()).findFirst().orElse(selectedLane.get()));
        }
        setSelection(primary, keys);
    }

    public boolean isSelected(Row lane, Rational time) {
        return lane.channel() != null && selectedKeys.get().contains(new KeyRef(lane.actorId(), lane.channel(), time));
    }

    private void setSelection(KeyRef primary, Set<KeyRef> keys) {
        Set<KeyRef> all = new java.util.LinkedHashSet<>(keys);
        if (primary != null) all.add(primary);
        selectedKeys.set(java.util.Collections.unmodifiableSet(all));
        Set<Rational> times = new java.util.TreeSet<>();
        if (primary != null) {
            for (KeyRef r : all) if (r.channel() == primary.channel()) times.add(r.time());
        }
        selectedTimes.set(Set.copyOf(times));
        selectedKey.set(primary);
    }

    // ---- snapping ----------------------------------------------------------------------------------------------

    /** How near (pixels) a drag must come to a target to snap to it. */
    public static final double SNAP_PX = 6;

    /**
     * Where a drag at lane x lands: always a whole frame; with snapping on, the nearest of the playhead, markers,
     * in/out and the character's other keys within {@link #SNAP_PX} wins. {@code moving} are keys being dragged
     * (never targets of themselves); {@code actorId} may be null (no keys as targets).
     */
    public Rational snapTime(double x, String actorId, Set<KeyRef> moving) {
        TimeScale s = scale.get();
        if (!snapping.get()) return s.snap(x);
        List<Rational> targets = snapTargets();
        if (actorId != null) {
            MotionLayers m = layers(actorId);
            for (Channel c : Channel.values()) {
                for (Keyframe k : m.userCurve(c).keys()) {
                    if (!moving.contains(new KeyRef(actorId, c, k.time()))) targets.add(k.time());
                }
            }
        }
        return snap(s, x, targets, SNAP_PX);
    }

    /** The playhead, markers and in/out: what any drag snaps to (clips add their neighbours' edges). */
    List<Rational> snapTargets() {
        List<Rational> targets = new ArrayList<>(markTargets.get());
        targets.add(playhead);
        return targets;
    }

    /** The target within {@code radius} pixels of {@code x} nearest to it (on its frame), else the frame at x. */
    static Rational snap(TimeScale s, double x, java.util.Collection<Rational> targets, double radius) {
        Rational best = null;
        double bestD = radius;
        for (Rational t : targets) {
            double d = Math.abs(s.x(t) - x);
            if (d <= bestD) {
                best = t;
                bestD = d;
            }
        }
        if (best == null) return s.snap(x);
        return s.rate().timeOf(Math.max(0, Math.round(TimeScale.frames(s.rate(), best))));
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
    public double[] valueColumns(Row lane, TimeScale s, int n) { return valueColumns(lane, s, n, userCurve(lane)); }

    /** As {@link #valueColumns(Row, TimeScale, int)} with the lane's keys replaced by {@code user} (a drag in progress). */
    public double[] valueColumns(Row lane, TimeScale s, int n, KeyframeCurve user) {
        if (user.isEmpty()) return generatedColumns(lane, s, n);
        double[] out = new double[n + 1];
        MotionLayers m = layers(lane.actorId()).withUser(lane.channel(), user);
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

    /**
     * The end of a drag on a selected key: every selected key (on all the character's lanes) moves by the grabbed
     * key's time delta, as one undo step; only the grabbed key takes the new {@code value} (the others keep theirs,
     * as in Blender's dope sheet and Resolve's keyframe editor). Nothing happens when a key would go before 0 or onto
     * a key left behind on its lane. A single selected key is an ordinary Move Keyframe.
     */
    public void moveSelected(Row lane, Rational from, Rational to, double value) {
        KeyRef grabbed = new KeyRef(lane.actorId(), lane.channel(), from);
        Set<KeyRef> keys = selectedKeys.get();
        if (take == null || !keys.contains(grabbed) || keys.size() == 1) {
            moveKey(lane, from, to, value);
            return;
        }
        Rational delta = to.subtract(from);
        if (delta.isZero()) {
            moveKey(lane, from, to, value); // a value change on the grabbed key alone
            return;
        }
        Shift shift = shift(lane.actorId(), keys, delta);
        if (shift == null) return;
        List<Edit> steps = new ArrayList<>(shift.steps());
        steps.add(MotionEdits.moveKey(take.id(), lane.actorId(), lane.channel(), to, to, value));
        run(Edit.compose("Move Keyframes", steps));
        selectedLane.set(lane);
        setSelection(new KeyRef(lane.actorId(), lane.channel(), to), shift.moved());
    }

    /**
     * How far the selected keys may move from where they are: {@code delta} limited so that none goes before the
     * take's start (a drag past 0 stops there instead of being refused at the release).
     */
    public Rational clampSelectionDelta(Rational delta) {
        Rational earliest = null;
        for (KeyRef k : selectedKeys.get()) earliest = earliest == null ? k.time() : earliest.min(k.time());
        return earliest == null ? delta : delta.max(earliest.negate());
    }

    /**
     * A key drag in progress: how far the selected keys are drawn from where they are (null when none is dragged),
     * so every lane shows the whole selection following the pointer.
     */
    private final ReadOnlyObjectWrapper<Rational> dragDelta = new ReadOnlyObjectWrapper<>(this, "dragDelta");

    public ReadOnlyObjectProperty<Rational> dragDeltaProperty() { return dragDelta.getReadOnlyProperty(); }

    /** The drawing state of a key drag (null: none); no edit. */
    public void previewDrag(Rational delta) { dragDelta.set(delta); }

    /** Delete: every selected key (on all its lanes), as one undo step. */
    public void deleteSelected() {
        if (selectedKey.get() == null || take == null) return;
        List<KeyRef> keys = List.copyOf(selectedKeys.get());
        run(keys.size() == 1 ? MotionEdits.deleteKey(take.id(), keys.getFirst().actorId(), keys.getFirst().channel(), keys.getFirst().time())
                : Edit.compose("Delete Keyframes", keys.stream()
                        .map(k -> MotionEdits.deleteKey(take.id(), k.actorId(), k.channel(), k.time())).toList()));
        setSelection(null, Set.of());
    }

    /**
     * Alt+Left/Right: the selected keys on every lane move by whole frames, one undo step (refused when one would go
     * before 0 or onto a key left behind on its lane).
     */
    public void nudgeSelected(int frames) {
        KeyRef primary = selectedKey.get();
        if (primary == null || take == null) return;
        Rational delta = rate().frameDuration().multiply(frames);
        Shift shift = shift(primary.actorId(), selectedKeys.get(), delta);
        if (shift == null) return;
        List<Edit> steps = shift.steps();
        run(steps.size() == 1 ? steps.getFirst() : Edit.compose("Nudge Keyframes", steps));
        setSelection(new KeyRef(primary.actorId(), primary.channel(), primary.time().add(delta)), shift.moved());
    }

    /** The nudges that move {@code keys} by {@code delta} (one per channel) and where the keys end up. */
    private record Shift(List<Edit> steps, Set<KeyRef> moved) {}

    /** {@code keys} of {@code actorId} moved by {@code delta}; null when one would go before 0 or onto a key left behind. */
    private Shift shift(String actorId, Set<KeyRef> keys, Rational delta) {
        Set<KeyRef> moved = new java.util.LinkedHashSet<>();
        List<Edit> steps = new ArrayList<>();
        for (var e : byChannel(keys).entrySet()) {
            KeyframeCurve curve = layers(actorId).userCurve(e.getKey());
            Set<Rational> times = Set.copyOf(e.getValue());
            for (Rational t : times) {
                Rational to = t.add(delta);
                if (to.signum() < 0 || (curve.keyAt(to).isPresent() && !times.contains(to))) return null;
                moved.add(new KeyRef(actorId, e.getKey(), to));
            }
            steps.add(MotionEdits.nudgeKeys(take.id(), actorId, e.getKey(), e.getValue(), delta));
        }
        return new Shift(steps, moved);
    }

    /** The selected keys grouped by channel (one character), in time order. */
    private static java.util.Map<Channel, List<Rational>> byChannel(Set<KeyRef> keys) {
        java.util.Map<Channel, List<Rational>> out = new java.util.EnumMap<>(Channel.class);
        for (KeyRef k : keys) out.computeIfAbsent(k.channel(), c -> new ArrayList<>()).add(k.time());
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    public void setInterpolation(Row lane, Rational t, Interpolation i) {
        run(MotionEdits.setInterpolation(take.id(), lane.actorId(), lane.channel(), t, i));
    }

    public void setBlendMode(Row lane, BlendMode mode) {
        run(MotionEdits.setBlendMode(take.id(), lane.actorId(), lane.channel(), mode));
    }

    /** Ctrl+C: the selected keys (of one or several lanes). */
    public boolean copySelected() {
        KeyRef k = selectedKey.get();
        if (k == null) return false;
        List<Keyframe> keys = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        for (KeyRef r : selectedKeys.get()) {
            layers(r.actorId()).userCurve(r.channel()).keyAt(r.time()).ifPresent(key -> {
                keys.add(key);
                channels.add(r.channel());
            });
        }
        clipboardKeys = List.copyOf(keys);
        clipboardChannels = List.copyOf(channels);
        return !keys.isEmpty();
    }

    /**
     * Pastes the copied keys with the earliest at {@code t}, keeping their spacing: keys of one lane go onto
     * {@code lane} (any channel lane), keys of several lanes onto their own channels of {@code lane}'s character.
     */
    public void paste(Row lane, Rational t) {
        if (clipboardKeys.isEmpty() || lane == null || lane.channel() == null || take == null) return;
        Rational first = clipboardKeys.stream().map(Keyframe::time).min(Rational::compareTo).orElseThrow();
        boolean oneLane = clipboardChannels.stream().distinct().count() == 1;
        List<Edit> steps = new ArrayList<>();
        Set<KeyRef> pasted = new java.util.LinkedHashSet<>();
        for (int i = 0; i < clipboardKeys.size(); i++) {
            Keyframe key = clipboardKeys.get(i);
            Channel c = oneLane ? lane.channel() : clipboardChannels.get(i);
            Rational at = t.add(key.time().subtract(first));
            steps.add(MotionEdits.setKey(take.id(), lane.actorId(), c, key.withTime(at)));
            pasted.add(new KeyRef(lane.actorId(), c, at));
        }
        run(steps.size() == 1 ? steps.getFirst() : Edit.compose("Paste Keyframes", steps));
        selectedLane.set(lane);
        setSelection(oneLane ? new KeyRef(lane.actorId(), lane.channel(), t) : pasted.iterator().next(), pasted);
    }

    public boolean hasClipboard() { return !clipboardKeys.isEmpty(); }

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
        if (take != null && !take.id().equals(current.id())) setSelection(null, Set.of()); // another take's keys
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
        String picture = p.mediaById(take.pictureMediaId()).map(MediaRef::fileName).orElse("no picture");
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
            // an undo can take selected keys away: keep those that remain
            Set<KeyRef> kept = new java.util.LinkedHashSet<>();
            for (KeyRef r : selectedKeys.get()) if (layers(r.actorId()).userCurve(r.channel()).keyAt(r.time()).isPresent()) kept.add(r);
            if (kept.isEmpty()) setSelection(null, Set.of());
            else setSelection(kept.contains(k) ? k : kept.iterator().next(), kept);
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
                : p.mediaById(c.mediaId()).map(MediaRef::fileName).orElse(c.mediaId());
        double total = length.signum() == 0 ? 1 : length.toDouble();
        return new Span(label, c.range().start().toDouble() / total, c.range().end().toDouble() / total);
    }
}
