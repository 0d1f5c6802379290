package io.mouthpiece.ui.inspector;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.core.time.Timecode;

/**
 * Where "Apply expression" keys a preset, and the edit that does it: the take's in/out range when one is set, else a
 * block from the playhead (cut at the take's end). The inspector's Apply button and the Take menu both come here, so
 * the two give the same keys.
 */
public final class ExpressionBlock {
    /** The inspector's starting values, which the Take menu uses as they are. */
    public static final double SECONDS = 2.0;
    public static final double EASE_IN = 0.3;
    public static final double EASE_OUT = 0.5;

    private ExpressionBlock() {}

    /** The in/out range when the take has one, else [playhead, playhead + length) cut at the take's end; null if empty. */
    public static TimeRange range(Take take, Rational playhead, Rational length) {
        if (take.outPoint() != null || take.inPoint().signum() > 0) {
            TimeRange w = take.workRange();
            return w.end().isAfter(w.start()) ? w : null;
        }
        Rational start = playhead == null ? Rational.ZERO : playhead;
        Rational end = start.add(length).min(take.duration());
        return end.isAfter(start) ? TimeRange.between(start, end) : null;
    }

    /**
     * Preset {@code name} of character {@code actorId} keyed on {@code take}: one undoable edit. Lengths are seconds,
     * rounded to whole frames.
     *
     * @throws IllegalArgumentException with a sentence for the user when it cannot apply
     */
    public static Edit edit(Project p, Take take, String actorId, String name, Rational playhead, double seconds,
                            double easeInSeconds, double easeOutSeconds) {
        Actor actor = p.actor(actorId);
        ExpressionPreset preset = ExpressionPreset.find(actor, name)
                .orElseThrow(() -> new IllegalArgumentException("No expression called '" + name + "'"));
        FrameRate r = p.frameRate();
        TimeRange block = range(take, playhead, frames(r, seconds));
        if (block == null) throw new IllegalArgumentException("The playhead is at the end of the take: move it back to place the expression");
        return MotionEdits.applyPreset(take.id(), actor.id(), preset, block.start(), block.end(),
                frames(r, easeInSeconds), frames(r, easeOutSeconds));
    }

    /** "In/out 00:00:01:00 – 00:00:02:00" or "At playhead 00:00:00:12": where the next block goes. */
    public static String where(Project p, Take t, Rational playhead) {
        FrameRate r = p.frameRate();
        boolean drop = Timecode.dropFrameApplies(r);
        if (t.outPoint() != null || t.inPoint().signum() > 0) {
            TimeRange w = t.workRange();
            return "In/out " + Timecode.format(w.start(), r, drop) + " \u2013 " + Timecode.format(w.end(), r, drop);
        }
        return "At playhead " + Timecode.format(playhead == null ? Rational.ZERO : playhead, r, drop);
    }

    /** {@code seconds} as a whole number of frames of {@code r}. */
    public static Rational frames(FrameRate r, double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) throw new IllegalArgumentException("lengths must be 0 or more seconds");
        return r.timeOf(Math.round(seconds * r.toDouble()));
    }
}
