package io.mouthpiece.service;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;

/**
 * A character's motion dials as one undoable edit that also rebuilds the generated layer of every take where the
 * character has a viseme lane, exactly as analysis builds it ({@link LipsyncService#curves}). Without the rebuild a
 * dial would only take effect at the next analysis and the preview would not follow it. User keys are untouched;
 * takes never analysed keep their (empty) generated layer.
 */
public final class DialEdits {
    private DialEdits() {}

    public static Edit setDials(String actorId, MotionDials dials) {
        Edit store = ActorEdits.setDials(actorId, dials);
        return Edit.of(store.description(), p -> {
            Project cur = store.apply(p);
            for (Take t : p.takes()) {
                MotionTrack m = t.motionOf(actorId).orElse(null);
                if (m == null || m.visemes() == null) continue;
                cur = MotionEdits.setGenerated(t.id(), actorId, LipsyncService.curves(m.visemes(), p.frameRate(), dials),
                        m.visemes()).apply(cur);
            }
            return cur;
        });
    }
}
