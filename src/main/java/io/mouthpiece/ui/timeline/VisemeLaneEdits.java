package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.service.LipsyncService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Edits of a character's viseme lane. The generated mouth (and auto motion) curves are rebuilt from the edited lane
 * exactly as analysis builds them, so what the lane says is what the face does; the user's keys are untouched.
 * (These live here because core may not use lip sync; they could move to the service layer.)
 */
final class VisemeLaneEdits {
    private VisemeLaneEdits() {}

    /** Moves the boundary before segment {@code index} to {@code time}: both neighbours keep at least one instant. */
    static Edit retime(String takeId, String actorId, int index, Rational time) {
        return Edit.of("Retime Viseme", p -> update(p, takeId, actorId, v -> {
            List<VisemeSegment> segs = new ArrayList<>(v.segments());
            if (index <= 0 || index >= segs.size()) throw new IllegalArgumentException("no viseme boundary " + index);
            VisemeSegment a = segs.get(index - 1);
            VisemeSegment b = segs.get(index);
            if (!time.isAfter(a.start()) || !time.isBefore(b.end())) {
                throw new IllegalArgumentException("a viseme boundary must stay between " + a.start() + " and " + b.end());
            }
            segs.set(index - 1, new VisemeSegment(a.start(), time, a.viseme(), a.intensity()));
            segs.set(index, new VisemeSegment(time, b.end(), b.viseme(), b.intensity()));
            return new VisemeTrack(segs, v.duration());
        }));
    }

    /** Gives segment {@code index} another mouth shape; a shape replacing silence is spoken at a clear level. */
    static Edit change(String takeId, String actorId, int index, Viseme shape) {
        return Edit.of("Change Viseme to " + shape.id(), p -> update(p, takeId, actorId, v -> {
            List<VisemeSegment> segs = new ArrayList<>(v.segments());
            if (index < 0 || index >= segs.size()) throw new IllegalArgumentException("no viseme segment " + index);
            VisemeSegment s = segs.get(index);
            float intensity = shape.isSilence() ? 0 : s.viseme().isSilence() ? Math.max(s.intensity(), 0.7f) : s.intensity();
            segs.set(index, new VisemeSegment(s.start(), s.end(), shape, intensity));
            return new VisemeTrack(segs, v.duration());
        }));
    }

    private static Project update(Project p, String takeId, String actorId, UnaryOperator<VisemeTrack> f) {
        VisemeTrack old = p.take(takeId).motionOf(actorId).map(MotionTrack::visemes)
                .orElseThrow(() -> new IllegalArgumentException("the character has no viseme lane yet: analyse the take first"));
        VisemeTrack edited = f.apply(old);
        Map<Channel, SampledCurve> curves = LipsyncService.curves(edited, p.frameRate(), p.actor(actorId).dials());
        return MotionEdits.setGenerated(takeId, actorId, curves, edited).apply(p);
    }
}
