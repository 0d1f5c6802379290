package io.mouthpiece.service;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.rig.RigEdits;
import io.mouthpiece.face.rig.SixPointFit;
import io.mouthpiece.render.RigGeometry;

import java.util.Optional;

/**
 * A character's render rig: its stored analysis (or six-point fit) with the user's point corrections applied
 * ({@link RigEdits}), then {@link RigGeometry#fromLandmarks}, which keeps the fade rings (and so every pixel that can
 * move) inside 1.6x the face box. Thread-safe (no mutable state).
 */
public final class CharacterRigs {
    private final RigEdits edits;
    private final int[] triangles;

    public CharacterRigs(FaceTopology topology) {
        this.edits = new RigEdits(new SixPointFit(topology));
        this.triangles = topology.triangles();
    }

    /** Whether the character can be animated: analysed, or placed by hand. */
    public static boolean isRigged(Actor a) {
        return a.face() != null || a.rig().manualFit() != null;
    }

    /** The corrected landmarks in the coordinates of a {@code width}×{@code height} picture; empty when not rigged. */
    public Optional<FaceLandmarks> landmarks(Actor a, int width, int height) {
        if (!isRigged(a)) return Optional.empty();
        FaceLandmarks detected = a.face() == null ? null : a.face().landmarks();
        FaceLandmarks lm = edits.apply(detected, a.rig(), width, height);
        if (lm.imageWidth() != width || lm.imageHeight() != height) {
            // analysed on a different-size copy of the same picture: map the points onto this one
            lm = lm.scaled((double) width / lm.imageWidth(), width, height);
        }
        return Optional.of(lm);
    }

    public Optional<RigGeometry> rig(Actor a, int width, int height) {
        return landmarks(a, width, height).map(lm -> RigGeometry.fromLandmarks(lm.xyz(), triangles));
    }
}
