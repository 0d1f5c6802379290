package io.mouthpiece.core.edit;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Take;

import java.util.ArrayList;
import java.util.List;

/** Edits of characters. */
public final class ActorEdits {
    private ActorEdits() {}

    public static Edit add(Actor actor) {
        return Edit.of("Add Character", p -> {
            if (actor.sourceMediaId() != null && p.mediaById(actor.sourceMediaId()).isEmpty()) {
                throw new IllegalArgumentException("no media '" + actor.sourceMediaId() + "' for the character");
            }
            List<Actor> a = new ArrayList<>(p.actors());
            a.add(actor);
            return p.withActors(a);
        });
    }

    /** Removes the character and its dialogue and motion tracks from every take. */
    public static Edit remove(String actorId) {
        return Edit.of("Delete Character", p -> {
            p.actor(actorId);
            List<Actor> a = new ArrayList<>(p.actors());
            a.removeIf(x -> x.id().equals(actorId));
            List<Take> takes = p.takes().stream().map(t -> t
                    .withDialogue(t.dialogue().stream().filter(d -> !actorId.equals(d.actorId())).toList())
                    .withMotion(t.motion().stream().filter(m -> !actorId.equals(m.actorId())).toList())).toList();
            return p.withActors(a).withTakes(takes);
        });
    }

    public static Edit rename(String actorId, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a character needs a name");
        return Edit.of("Rename Character", p -> p.updateActor(actorId, a -> a.withName(name.strip())));
    }

    public static Edit setConsent(String actorId, ConsentRecord consent) {
        return Edit.of("Edit Consent", p -> p.updateActor(actorId, a -> a.withConsent(consent)));
    }

    public static Edit setDials(String actorId, MotionDials dials) {
        return Edit.of("Change Motion Dials", p -> p.updateActor(actorId, a -> a.withDials(dials)));
    }

    public static Edit setPresets(String actorId, List<ExpressionPreset> presets) {
        return Edit.of("Edit Expression Presets", p -> p.updateActor(actorId, a -> a.withPresets(presets)));
    }

    /** Stores the face analysis of the character's source (detection result or manual fit). */
    public static Edit setFace(String actorId, FaceAnalysis face) {
        return Edit.of("Analyse Face", p -> p.updateActor(actorId, a -> a.withFace(face)));
    }

    /** Replaces the rig corrections: dragged points or groups, or a six-point manual fit ({@code description} names it). */
    public static Edit setRig(String actorId, RigCorrections rig, String description) {
        return Edit.of(description, p -> p.updateActor(actorId, a -> a.withRig(rig)));
    }
}
