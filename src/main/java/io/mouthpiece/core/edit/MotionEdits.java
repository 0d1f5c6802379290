package io.mouthpiece.core.edit;

import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Edits of a character's motion on a take: user keyframes and the generated layer. */
public final class MotionEdits {
    private MotionEdits() {}

    /** Adds a key, or replaces the key at the same time. */
    public static Edit setKey(String takeId, String actorId, Channel channel, Keyframe key) {
        Keyframe k = key.withValue(channel.clamp(key.value()));
        return Edit.of("Set Keyframe", p -> updateCurve(p, takeId, actorId, channel, c -> c.with(k)));
    }

    public static Edit deleteKey(String takeId, String actorId, Channel channel, Rational time) {
        return Edit.of("Delete Keyframe", p -> updateCurve(p, takeId, actorId, channel, c -> c.without(time)));
    }

    /** Moves a key in time and/or value; refuses to land on another key or before 0. */
    public static Edit moveKey(String takeId, String actorId, Channel channel, Rational from, Rational to, double value) {
        if (to.signum() < 0) throw new IllegalArgumentException("a key cannot move before the start of the take");
        return Edit.of("Move Keyframe", p -> updateCurve(p, takeId, actorId, channel, c -> {
            Keyframe k = c.keyAt(from).orElseThrow(() -> new IllegalArgumentException("no key at " + from));
            KeyframeCurve rest = c.without(from);
            if (rest.keyAt(to).isPresent()) throw new IllegalArgumentException("another key already sits at " + to);
            return rest.with(k.withTime(to).withValue(channel.clamp(value)));
        }));
    }

    /** Shifts every given key by {@code delta} (e.g. one frame for a nudge) as one undo step. */
    public static Edit nudgeKeys(String takeId, String actorId, Channel channel, List<Rational> times, Rational delta) {
        return Edit.of("Nudge Keyframes", p -> updateCurve(p, takeId, actorId, channel, c -> {
            KeyframeCurve out = c;
            List<Keyframe> moved = new ArrayList<>();
            for (Rational t : times) {
                moved.add(out.keyAt(t).orElseThrow(() -> new IllegalArgumentException("no key at " + t)));
                out = out.without(t);
            }
            for (Keyframe k : moved) {
                Rational nt = k.time().add(delta);
                if (nt.signum() < 0) throw new IllegalArgumentException("a key cannot move before the start of the take");
                if (out.keyAt(nt).isPresent()) throw new IllegalArgumentException("another key already sits at " + nt);
                out = out.with(k.withTime(nt));
            }
            return out;
        }));
    }

    public static Edit setInterpolation(String takeId, String actorId, Channel channel, Rational time, Interpolation i) {
        return Edit.of("Set Interpolation", p -> updateCurve(p, takeId, actorId, channel, c -> c.with(
                c.keyAt(time).orElseThrow(() -> new IllegalArgumentException("no key at " + time)).withInterpolation(i))));
    }

    public static Edit setBlendMode(String takeId, String actorId, Channel channel, BlendMode mode) {
        return Edit.of("Set Blend Mode", p -> updateCurve(p, takeId, actorId, channel, c -> c.withMode(mode)));
    }

    /** Replaces the generated layer (lip sync + auto motion results); the user layer is untouched. */
    public static Edit setGenerated(String takeId, String actorId, Map<Channel, SampledCurve> generated) {
        return Edit.of("Update Generated Motion", p -> updateLayers(p, takeId, actorId, m -> m.withGenerated(generated)));
    }

    /** Replaces the generated layer and the viseme lane together, as lip sync produces them. */
    public static Edit setGenerated(String takeId, String actorId, Map<Channel, SampledCurve> generated, VisemeTrack visemes) {
        return Edit.of("Update Lip Sync", p -> {
            p.actor(actorId);
            return p.updateTake(takeId, t -> t.updateMotion(actorId, mt -> mt.withMotion(mt.motion().withGenerated(generated))
                    .withVisemes(visemes)));
        });
    }

    /** As below with the same ease in and out. */
    public static Edit applyPreset(String takeId, String actorId, ExpressionPreset preset, Rational start, Rational end,
                                   Rational ease) {
        return applyPreset(takeId, actorId, preset, start, end, ease, ease);
    }

    /**
     * Applies an expression preset as a keyframed block on [start, end]: each of its channels eases in from its value
     * at {@code start} over {@code easeIn}, holds the preset's value, and eases back out over {@code easeOut} to its
     * value at {@code end} (smooth keys, so each ramp is an S-curve). Existing keys inside the block on those channels
     * are replaced. A channel without user keys gets the block in ADD mode, so the generated motion (lip sync,
     * blinks, head motion) runs on under it and nothing changes outside the block; a channel with keys keeps its mode.
     * A zero ease is one frame; eases longer than the block are shortened in proportion.
     */
    public static Edit applyPreset(String takeId, String actorId, ExpressionPreset preset, Rational start, Rational end,
                                   Rational easeIn, Rational easeOut) {
        if (!end.isAfter(start)) throw new IllegalArgumentException("the preset block must have a positive length");
        if (start.signum() < 0) throw new IllegalArgumentException("the preset block cannot start before the take");
        if (easeIn.signum() < 0 || easeOut.signum() < 0) throw new IllegalArgumentException("ease lengths cannot be negative");
        return Edit.of("Apply Expression \"" + preset.name() + "\"", p -> {
            Rational frame = p.frameRate().frameDuration();
            Rational length = end.subtract(start);
            Rational in = easeIn.isZero() ? frame : easeIn;
            Rational out = easeOut.isZero() ? frame : easeOut;
            Rational sum = in.add(out);
            if (sum.isAfter(length)) {            // keep the proportions; the hold shrinks to an instant
                in = in.multiply(length).divide(sum);
                out = length.subtract(in);
            }
            Rational holdFrom = start.add(in);
            Rational holdTo = end.subtract(out);
            Project cur = p;
            for (Map.Entry<Channel, Double> en : preset.values().entrySet()) {
                Channel ch = en.getKey();
                double v = en.getValue();
                cur = updateCurve(cur, takeId, actorId, ch, c -> {
                    List<Keyframe> keep = c.keys().stream()
                            .filter(k -> k.time().isBefore(start) || k.time().isAfter(end)).toList();
                    KeyframeCurve out2 = new KeyframeCurve(keep, c.isEmpty() ? BlendMode.ADD : c.mode());
                    double before = c.isEmpty() ? ch.defaultValue() : c.evaluate(start);
                    double after = c.isEmpty() ? ch.defaultValue() : c.evaluate(end);
                    out2 = out2.with(new Keyframe(start, before, Interpolation.SMOOTH));
                    out2 = out2.with(new Keyframe(holdFrom, v, Interpolation.SMOOTH));
                    out2 = out2.with(new Keyframe(holdTo, v, Interpolation.SMOOTH));
                    return out2.with(new Keyframe(end, after, Interpolation.SMOOTH));
                });
            }
            return cur;
        });
    }

    private static Project updateCurve(Project p, String takeId, String actorId, Channel ch, UnaryOperator<KeyframeCurve> f) {
        return updateLayers(p, takeId, actorId, m -> m.withUser(ch, f.apply(m.userCurve(ch))));
    }

    private static Project updateLayers(Project p, String takeId, String actorId, UnaryOperator<MotionLayers> f) {
        p.actor(actorId);
        return p.updateTake(takeId, t -> t.updateMotion(actorId, mt -> mt.withMotion(f.apply(mt.motion()))));
    }
}
