package io.mouthpiece.ui.inspector;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;
import io.mouthpiece.service.DialEdits;
import io.mouthpiece.ui.inspector.InspectorPage.CharacterPage;
import io.mouthpiece.ui.inspector.InspectorPage.ClipPage;
import io.mouthpiece.ui.inspector.InspectorPage.KeyPage;
import io.mouthpiece.ui.inspector.InspectorPage.ProjectPage;
import io.mouthpiece.ui.inspector.InspectorPage.TakePage;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.selection.StudioSelection.Focus;
import io.mouthpiece.core.persist.MediaCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector: the properties of the selection's focus (project, take, character, clip, keyframe, media) as an
 * {@link InspectorPage}, and every change the user makes there as ONE undoable edit through {@code editor}. A value
 * that cannot apply (bad timecode, blank name) makes no edit and says why in {@link #errorProperty()}; the page is
 * re-published so fields snap back. FX thread only; touches no controls.
 */
public final class InspectorViewModel {
    /** A row of the inspector's outline (Project / takes / characters): picking one focuses it. */
    public record Entry(String label, String icon, Focus focus, boolean child) {}

    private final StudioSelection selection;
    private final ReadOnlyObjectProperty<Path> folder;
    private final ReadOnlyObjectProperty<Rational> playhead;
    private final Consumer<Edit> editor;
    private final Clock clock;
    /** Queues the take's re-analysis after a clip's start or end or the take's length changed here (as the timeline's clip edits do). */
    private final Runnable reanalyse;
    private final ReadOnlyObjectWrapper<InspectorPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper presetWhere = new ReadOnlyStringWrapper(this, "presetWhere", "");
    private final ObservableList<Entry> outline = FXCollections.observableArrayList();
    private final MediaCheck mediaCheck;

    /**
     * @param playhead the take time of the playhead (where presets go when the take has no in/out range)
     * @param clock    stamps consent records
     */
    public InspectorViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder,
                              ReadOnlyObjectProperty<Rational> playhead, Consumer<Edit> editor, Clock clock) {
        this(selection, folder, playhead, editor, clock, () -> { });
    }

    /** @param reanalyse runs after a clip's start or end or the take's length was edited here (the studio re-analyses the take) */
    public InspectorViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder,
                              ReadOnlyObjectProperty<Rational> playhead, Consumer<Edit> editor, Clock clock,
                              Runnable reanalyse) {
        this(selection, folder, playhead, editor, clock, reanalyse, new MediaCheck());
    }

    /** @param mediaCheck says whether a media file is missing or changed (the studio shares the project store's) */
    public InspectorViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder,
                              ReadOnlyObjectProperty<Rational> playhead, Consumer<Edit> editor, Clock clock,
                              Runnable reanalyse, MediaCheck mediaCheck) {
        this.mediaCheck = mediaCheck;
        this.reanalyse = reanalyse;
        this.selection = selection;
        this.folder = folder;
        this.playhead = playhead;
        this.editor = editor;
        this.clock = clock;
        selection.currentProperty().subscribe(c -> refresh());
        selection.focusProperty().subscribe(f -> refresh());
        folder.subscribe(f -> refresh());
        playhead.subscribe(t -> describePresetRange());
    }

    public ReadOnlyObjectProperty<InspectorPage> pageProperty() { return page.getReadOnlyProperty(); }
    public InspectorPage page() { return page.get(); }
    /** Why the last value typed was refused; empty when it was fine. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** Where "Apply expression" puts its block: the in/out range, or from the playhead. */
    public ReadOnlyStringProperty presetWhereProperty() { return presetWhere.getReadOnlyProperty(); }
    public ObservableList<Entry> outline() { return FXCollections.unmodifiableObservableList(outline); }

    /** Choices offered in the background field; any #rrggbb colour may also be typed. */
    public static List<String> backgroundChoices() { return List.of("keep", "transparent", "#00b140", "#000000"); }

    /** Picks an outline row: a take also becomes the current take. */
    public void pick(Entry e) {
        if (e.focus() instanceof Focus.OfTake t) selection.selectTake(t.takeId());
        selection.focus(e.focus());
    }

    // ---- project

    public void renameProject(String text) {
        String n = strip(text);
        if (n.isEmpty()) refuse("A project needs a name");
        else if (!n.equals(project().name())) run(ProjectEdits.rename(n));
        else refresh();
    }

    /** The user picked or typed a background: one undoable edit if it is valid and different. */
    public void commitBackground(String text) {
        String value;
        try {
            value = Project.normaliseBackground(text);
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        if (!value.equals(project().background())) run(ProjectEdits.setBackground(value));
        else refresh();
    }

    // ---- take

    public void renameTake(String text) {
        Take t = selection.take();
        String n = strip(text);
        if (t == null) return;
        if (n.isEmpty()) refuse("A take needs a name");
        else if (!n.equals(t.name())) run(TakeEdits.rename(t.id(), n));
        else refresh();
    }

    /**
     * A typed length for the take (timecode): one Change Take Duration edit, after which the take's motion is
     * recomputed for the new length (like a clip edit). Refused when it is not positive or would cut off dialogue;
     * in/out points beyond the new end are pulled in with it, in the same undo step.
     */
    public void setTakeDuration(String text) {
        Take t = selection.take();
        if (t == null || (page.get() instanceof TakePage p && strip(text).equals(p.duration()))) return; // untouched
        FrameRate r = project().frameRate();
        try {
            Rational d = r.timeOf(Timecode.parse(text, r));
            if (d.signum() <= 0) throw new IllegalArgumentException("a take needs a length above zero");
            if (d.isBefore(t.contentEnd())) {
                throw new IllegalArgumentException("the dialogue runs to "
                        + Timecode.format(t.contentEnd(), r, Timecode.dropFrameApplies(r))
                        + "; move or trim its clips first");
            }
            if (d.equals(t.duration())) {
                refresh();
                return;
            }
            List<Edit> steps = new java.util.ArrayList<>(List.of(TakeEdits.setDuration(t.id(), d)));
            Rational out = t.outPoint() == null ? null : t.outPoint().min(d);
            Rational in = t.inPoint().isBefore(d) ? t.inPoint() : Rational.ZERO;
            if (out != null && !out.isAfter(in)) out = null;
            if (!in.equals(t.inPoint()) || !java.util.Objects.equals(out, t.outPoint())) steps.add(TakeEdits.setInOut(t.id(), in, out));
            clipEdit(steps.size() == 1 ? steps.getFirst() : Edit.compose("Change Take Duration", steps));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    /** In and out points as timecodes; a blank out point means "to the end". */
    public void setInOut(String inText, String outText) {
        Take t = selection.take();
        if (t == null) return;
        FrameRate r = project().frameRate();
        try {
            Rational in = strip(inText).isEmpty() ? Rational.ZERO : r.timeOf(Timecode.parse(inText, r));
            Rational out = strip(outText).isEmpty() ? null : r.timeOf(Timecode.parse(outText, r));
            if (in.signum() < 0 || in.isAfter(t.duration())) throw new IllegalArgumentException("the in point must lie within the take");
            if (out != null && out.isAfter(t.duration())) out = t.duration();
            if (out != null && !out.isAfter(in)) throw new IllegalArgumentException("the out point must come after the in point");
            if (in.equals(t.inPoint()) && java.util.Objects.equals(out, t.outPoint())) {
                refresh();
                return;
            }
            run(TakeEdits.setInOut(t.id(), in, out));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    // ---- character

    public void renameCharacter(String text) {
        if (!(page.get() instanceof CharacterPage c)) return;
        String n = strip(text);
        if (n.isEmpty()) refuse("A character needs a name");
        else if (!n.equals(c.name())) run(ActorEdits.rename(c.actorId(), n));
        else refresh();
    }

    /** Records what the user states about the likeness, stamped with who and now. */
    public void setConsent(boolean realPerson, String statement, String recordedBy) {
        if (!(page.get() instanceof CharacterPage c)) return;
        ConsentRecord old = c.consent();
        String s = strip(statement), by = strip(recordedBy);
        if (old.realPerson() == realPerson && old.statement().equals(s) && old.recordedBy().equals(by)) {
            refresh();
            return;
        }
        try {
            run(ActorEdits.setConsent(c.actorId(), new ConsentRecord(realPerson, s, by, clock.instant().toString())));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    /** A dial was released (or typed): one edit that also rebuilds the character's generated motion. */
    public void commitDials(MotionDials dials) {
        if (!(page.get() instanceof CharacterPage c) || dials.equals(c.dials())) return;
        run(DialEdits.setDials(c.actorId(), dials));
    }

    /**
     * Applies preset {@code name} on the current take: over the take's in/out range when one is set, else for
     * {@code seconds} from the playhead (cut at the end of the take). Lengths are rounded to whole frames.
     */
    public void applyPreset(String name, double seconds, double easeInSeconds, double easeOutSeconds) {
        if (!(page.get() instanceof CharacterPage c)) return;
        Take take = selection.take();
        if (take == null) {
            refuse("There is no take to put the expression on");
            return;
        }
        try { // the placement is shared with the Take menu's Apply Expression
            run(ExpressionBlock.edit(project(), take, c.actorId(), name, playhead.get(), seconds, easeInSeconds, easeOutSeconds));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    // ---- clip

    public void setTranscript(String text) {
        if (!(page.get() instanceof ClipPage c)) return;
        String t = text == null ? "" : text.strip();
        if (!t.equals(c.transcript())) run(TakeEdits.setTranscript(c.takeId(), c.clipId(), t));
    }

    /**
     * A typed start timecode moves the clip there (its length and source in-point kept): one Move Dialogue Clip edit.
     * Refused with the reason when the text is no timecode or the clip would overlap a neighbour.
     */
    public void setClipStart(String text) {
        if (!(page.get() instanceof ClipPage c)) return;
        if (strip(text).equals(c.start())) return; // untouched (the shown frame may round a start between frames)
        FrameRate r = project().frameRate();
        try {
            Rational to = r.timeOf(Timecode.parse(text, r));
            clipEdit(TakeEdits.moveClip(c.takeId(), c.clipId(), to));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    /**
     * A typed end timecode trims the clip's right edge there (start and source in-point kept): one Trim Dialogue Clip
     * edit. Refused when it is not after the start, overlaps the next clip or runs past the end of the media.
     */
    public void setClipEnd(String text) {
        if (!(page.get() instanceof ClipPage c)) return;
        if (strip(text).equals(c.end())) return;
        FrameRate r = project().frameRate();
        try {
            Rational to = r.timeOf(Timecode.parse(text, r));
            io.mouthpiece.core.project.AudioClip clip = project().take(c.takeId()).clip(c.clipId()).orElseThrow();
            if (!to.isAfter(clip.range().start())) throw new IllegalArgumentException("the end must come after the start");
            clipEdit(TakeEdits.trimClip(c.takeId(), c.clipId(),
                    io.mouthpiece.core.time.TimeRange.between(clip.range().start(), to), clip.sourceIn()));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            refuse(e.getMessage());
        }
    }

    /** Runs a clip (or take length) edit; one the document took queues the re-analysis. */
    private void clipEdit(Edit e) {
        Project before = project();
        run(e);
        if (project() != before) reanalyse.run();
    }

    // ---- keyframe

    public void setKeyValue(double value) {
        if (!(page.get() instanceof KeyPage k)) return;
        if (!Double.isFinite(value)) {
            refuse("Not a number");
            return;
        }
        Rational t = keyTime();
        if (k.channel().clamp(value) != k.value()) run(MotionEdits.setKey(k.takeId(), k.actorId(), k.channel(), new Keyframe(t, value, k.interpolation())));
        else refresh();
    }

    public void setKeyInterpolation(Interpolation i) {
        if (!(page.get() instanceof KeyPage k) || i == null || i == k.interpolation()) return;
        run(MotionEdits.setInterpolation(k.takeId(), k.actorId(), k.channel(), keyTime(), i));
    }

    /** Moves the key to the frame of timecode {@code text}; the focus follows it. */
    public void setKeyTimecode(String text) {
        if (!(page.get() instanceof KeyPage k)) return;
        FrameRate r = project().frameRate();
        try {
            Rational to = r.timeOf(Timecode.parse(text, r));
            Rational from = keyTime();
            if (to.equals(from)) {
                refresh();
                return;
            }
            editor.accept(MotionEdits.moveKey(k.takeId(), k.actorId(), k.channel(), from, to, k.value()));
            error.set("");
            selection.focus(new Focus.OfKey(k.actorId(), k.channel(), to));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
        }
    }

    // ---- internals

    private Rational keyTime() { return ((Focus.OfKey) selection.focusProperty().get()).time(); }

    private Project project() { return selection.project(); }

    private void describePresetRange() {
        Take t = selection.take();
        Project p = project();
        if (t == null || p == null) {
            presetWhere.set("");
            return;
        }
        presetWhere.set(ExpressionBlock.where(p, t, playhead.get()));
    }

    private void run(Edit e) {
        try {
            editor.accept(e);
            error.set("");
        } catch (IllegalArgumentException | java.util.NoSuchElementException ex) {
            refuse(ex.getMessage());
        }
    }

    private void refuse(String why) {
        error.set(why);
        InspectorPage p = page.get();
        page.set(null);   // re-publish so fields show the model's value again
        page.set(p);
    }

    private static String strip(String s) { return s == null ? "" : s.strip(); }

    private void refresh() {
        Project p = selection.project();
        outline.setAll(outline(p));
        page.set(p == null ? null : InspectorPages.of(p, selection.take(), selection.focusProperty().get(), folder.get(), mediaCheck));
        describePresetRange();
    }

    private static List<Entry> outline(Project p) {
        List<Entry> out = new ArrayList<>();
        if (p == null) return out;
        out.add(new Entry(p.name(), "mdi2f-folder-outline", StudioSelection.NOTHING, false));
        for (Take t : p.takes()) out.add(new Entry(t.name(), "mdi2f-filmstrip", new Focus.OfTake(t.id()), true));
        for (Actor a : p.actors()) out.add(new Entry(a.name(), "mdi2a-account-voice", new Focus.OfCharacter(a.id()), true));
        return out;
    }
}
