package io.mouthpiece.service;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.face.SixPoints;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.face.rig.LandmarkGroup;
import io.mouthpiece.face.rig.RigEdits;

import java.util.Locale;

/**
 * The user's face-rig corrections as undoable project edits: drag a landmark, drag a group (lips, eyes, brows, jaw),
 * place the six points of a manual fit, reset. Each reads the character's current corrections when applied, so a
 * sequence of drags accumulates and each undoes on its own.
 */
public final class RigCorrectionEdits {
    private RigCorrectionEdits() {}

    public static Edit movePoint(String actorId, int landmark, double dx, double dy) {
        if (landmark < 0 || landmark >= 468) throw new IllegalArgumentException("no landmark " + landmark);
        return Edit.of("Move Landmark", p -> update(p, actorId, r -> RigEdits.movePoint(r, landmark, dx, dy)));
    }

    public static Edit moveGroup(String actorId, LandmarkGroup group, double dx, double dy) {
        String name = group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Edit.of("Move " + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                p -> update(p, actorId, r -> RigEdits.moveGroup(r, group, dx, dy)));
    }

    /** Fits the canonical mesh to six user-placed points (for faces the detector misses). */
    public static Edit manualFit(String actorId, SixPoints points) {
        return Edit.of("Six-Point Face Fit", p -> update(p, actorId, r -> r.withManualFit(points)));
    }

    public static Edit reset(String actorId) {
        return Edit.of("Reset Face Rig", p -> update(p, actorId, r -> RigEdits.reset()));
    }

    private static Project update(Project p, String actorId,
                                  java.util.function.UnaryOperator<io.mouthpiece.core.face.RigCorrections> f) {
        return p.updateActor(actorId, a -> a.withRig(f.apply(a.rig())));
    }
}
