package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.selection.StudioSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Editing dialogue clips on the timeline, as in Premiere or Resolve: move a clip along its lane, trim either edge,
 * delete it. The limits are worked out here so a drag can stop at them while it is drawn (a clip stops at its
 * neighbour, never goes before 0, never plays past its media, never gets shorter than a frame); each gesture's end is
 * ONE undoable edit, after which the take's lip sync is re-analysed in the background ({@code reanalyse}, the same
 * queueing pairing uses). Times are exact; pixels come in only for snapping.
 */
public final class DialogueClips {
    private final TimelineViewModel vm;
    private final Runnable reanalyse;

    DialogueClips(TimelineViewModel vm, Runnable reanalyse) {
        this.vm = vm;
        this.reanalyse = reanalyse;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public Optional<AudioClip> clip(String clipId) {
        return track(clipId).flatMap(d -> d.clips().stream().filter(c -> c.id().equals(clipId)).findFirst());
    }

    /** The clip of {@code actorId}'s lane that covers time {@code t}. */
    public Optional<AudioClip> clipAt(String actorId, Rational t) {
        Take take = vm.selection().take();
        if (take == null || actorId == null) return Optional.empty();
        return take.dialogueOf(actorId).map(DialogueTrack::clips).orElse(List.of()).stream()
                .filter(c -> c.range().contains(t)).findFirst();
    }

    /** The clips on {@code actorId}'s lane of the current take, in time order. */
    public List<AudioClip> clipsOf(String actorId) {
        Take take = vm.selection().take();
        if (take == null || actorId == null) return List.of();
        return take.dialogueOf(actorId).map(DialogueTrack::clips).orElse(List.of());
    }

    /** Where clip {@code clipId} is on its lane's list (the lane's spans come in the same order), or -1. */
    int indexOf(String clipId) {
        return track(clipId).map(d -> d.clips().stream().map(AudioClip::id).toList().indexOf(clipId)).orElse(-1);
    }

    // ---- limits ------------------------------------------------------------------------------------------------

    /** Where a move to {@code start} stops: not before 0 nor the clip before it, not into the clip after it. */
    public Rational clampMove(String clipId, Rational start) {
        AudioClip c = clip(clipId).orElse(null);
        if (c == null) return start;
        Rational lo = previousEnd(c);
        Rational hi = nextStart(c).map(n -> n.subtract(c.range().duration())).orElse(null);
        return clamp(start, lo, hi, c.range().start());
    }

    /** Where a trim of the left edge to {@code start} stops: the neighbour, the media's first sample, one frame. */
    public Rational clampTrimStart(String clipId, Rational start) {
        AudioClip c = clip(clipId).orElse(null);
        if (c == null) return start;
        Rational lo = previousEnd(c).max(c.range().start().subtract(c.sourceIn()));
        Rational hi = c.range().end().subtract(vm.rate().frameDuration());
        return clamp(start, lo, hi, c.range().start());
    }

    /** Where a trim of the right edge to {@code end} stops: the neighbour, the media's end, one frame. */
    public Rational clampTrimEnd(String clipId, Rational end) {
        AudioClip c = clip(clipId).orElse(null);
        if (c == null) return end;
        Rational lo = c.range().start().add(vm.rate().frameDuration());
        Rational hi = nextStart(c).orElse(null);
        Rational media = mediaLength(c);
        if (media != null) {
            Rational mediaEnd = c.range().start().add(media.subtract(c.sourceIn()));
            hi = hi == null ? mediaEnd : hi.min(mediaEnd);
        }
        return clamp(end, lo, hi, c.range().end());
    }

    // ---- snapping ----------------------------------------------------------------------------------------------

    /**
     * The start of a clip dragged so that its left edge is at lane x {@code startX}: a whole frame; with snapping on,
     * either edge lands on the playhead, a marker, in/out or another clip's edge within {@link TimelineViewModel#SNAP_PX}.
     * Not yet clamped ({@link #clampMove}).
     */
    public Rational snapMove(String clipId, double startX) {
        TimeScale s = vm.scaleProperty().get();
        AudioClip c = clip(clipId).orElse(null);
        if (c == null || !vm.snappingProperty().get()) return s.snap(startX);
        Rational dur = c.range().duration();
        double endX = startX + TimeScale.frames(vm.rate(), dur) * s.pxPerFrame();
        Rational best = null;
        double bestD = TimelineViewModel.SNAP_PX;
        for (Rational t : targets(c)) {
            double ds = Math.abs(s.x(t) - startX);
            double de = Math.abs(s.x(t) - endX);
            if (ds <= bestD) {
                best = t;
                bestD = ds;
            }
            if (de < bestD && !t.isBefore(dur)) {
                best = t.subtract(dur); // the right edge sits on the target
                bestD = de;
            }
        }
        return best != null ? best : s.snap(startX);
    }

    /** A dragged edge at lane x {@code x}: a whole frame, or a snap target nearby (snapping on). Not yet clamped. */
    public Rational snapEdge(String clipId, double x) {
        TimeScale s = vm.scaleProperty().get();
        AudioClip c = clip(clipId).orElse(null);
        if (c == null || !vm.snappingProperty().get()) return s.snap(x);
        Rational best = null;
        double bestD = TimelineViewModel.SNAP_PX;
        for (Rational t : targets(c)) {
            double d = Math.abs(s.x(t) - x);
            if (d <= bestD) {
                best = t;
                bestD = d;
            }
        }
        return best != null ? best : s.snap(x);
    }

    // ---- edits -------------------------------------------------------------------------------------------------

    /** The end of a body drag: one Move Dialogue Clip (clamped); nothing when it did not move. */
    public void move(String clipId, Rational start) {
        AudioClip c = clip(clipId).orElse(null);
        if (c == null) return;
        Rational to = clampMove(clipId, start);
        if (to.equals(c.range().start())) return;
        run(TakeEdits.moveClip(vm.selection().take().id(), clipId, to));
    }

    /** The end of a left-edge drag: the start moves, the end stays, the source in-point follows the edge. */
    public void trimStart(String clipId, Rational start) {
        AudioClip c = clip(clipId).orElse(null);
        if (c == null) return;
        Rational to = clampTrimStart(clipId, start);
        if (to.equals(c.range().start())) return;
        Rational sourceIn = c.sourceIn().add(to.subtract(c.range().start()));
        run(TakeEdits.trimClip(vm.selection().take().id(), clipId, TimeRange.between(to, c.range().end()), sourceIn));
    }

    /** The end of a right-edge drag: the end moves, the start and the source in-point stay. */
    public void trimEnd(String clipId, Rational end) {
        AudioClip c = clip(clipId).orElse(null);
        if (c == null) return;
        Rational to = clampTrimEnd(clipId, end);
        if (to.equals(c.range().end())) return;
        run(TakeEdits.trimClip(vm.selection().take().id(), clipId, TimeRange.between(c.range().start(), to), c.sourceIn()));
    }

    /** Delete on a focused clip: one edit; the focus goes with it. */
    public void delete(String clipId) {
        if (clip(clipId).isEmpty()) return;
        run(TakeEdits.removeClip(vm.selection().take().id(), clipId));
        if (clip(clipId).isEmpty() && vm.selection().focusProperty().get() instanceof StudioSelection.Focus.OfClip f
                && f.clipId().equals(clipId)) {
            vm.selection().focus(StudioSelection.NOTHING);
        }
    }

    /** The focused clip, if the focus is a clip of the current take. */
    public Optional<AudioClip> focused() {
        return vm.selection().focusProperty().get() instanceof StudioSelection.Focus.OfClip f ? clip(f.clipId()) : Optional.empty();
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    /** Runs the edit; a change the document took (not a refused one) queues the re-analysis of the take. */
    private void run(Edit e) {
        Project before = vm.selection().project();
        vm.executor().accept(e);
        if (vm.selection().project() != before) reanalyse.run();
    }

    private Optional<DialogueTrack> track(String clipId) {
        Take take = vm.selection().take();
        if (take == null || clipId == null) return Optional.empty();
        return take.dialogue().stream().filter(d -> d.clips().stream().anyMatch(c -> c.id().equals(clipId))).findFirst();
    }

    private List<AudioClip> neighbours(AudioClip c) {
        return track(c.id()).map(d -> d.clips().stream().filter(o -> !o.id().equals(c.id())).toList()).orElse(List.of());
    }

    private Rational previousEnd(AudioClip c) {
        Rational lo = Rational.ZERO;
        for (AudioClip o : neighbours(c)) {
            if (!o.range().start().isAfter(c.range().start())) lo = lo.max(o.range().end());
        }
        return lo;
    }

    private Optional<Rational> nextStart(AudioClip c) {
        return neighbours(c).stream().map(o -> o.range().start()).filter(t -> t.isAfter(c.range().start()))
                .min(Rational::compareTo);
    }

    private Rational mediaLength(AudioClip c) {
        Project p = vm.selection().project();
        return p == null ? null : p.mediaById(c.mediaId()).map(MediaRef::duration).orElse(null);
    }

    /** Snap targets for a clip: the timeline's (playhead, markers, in/out) and the other clips' edges on its lane. */
    private List<Rational> targets(AudioClip c) {
        List<Rational> out = new ArrayList<>(vm.snapTargets());
        for (AudioClip o : neighbours(c)) {
            out.add(o.range().start());
            out.add(o.range().end());
        }
        return out;
    }

    /** {@code t} within [lo, hi] (hi null: no upper limit); {@code keep} when the limits cross. */
    private static Rational clamp(Rational t, Rational lo, Rational hi, Rational keep) {
        if (hi != null && hi.isBefore(lo)) return keep;
        Rational r = t.max(lo);
        return hi == null ? r : r.min(hi);
    }
}
