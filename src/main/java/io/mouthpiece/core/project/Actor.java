package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.RigCorrections;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A character: a face in a portrait or video (media + which face), its consent record, presets and dials, the face
 * analysis of its source (null until analysed) and the user's rig corrections (dragged points, six-point fit).
 * Called Actor (as in Cartoon Animator) to keep clear of {@link java.lang.Character}.
 */
@SchemaObject
@JsonTypeName("Actor.2")
public record Actor(String id, String name, String sourceMediaId, int faceIndex, ConsentRecord consent,
                    List<ExpressionPreset> presets, MotionDials dials, FaceAnalysis face, RigCorrections rig,
                    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public Actor {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "Character");
        consent = Objects.requireNonNullElse(consent, ConsentRecord.NOT_RECORDED);
        presets = presets == null ? List.of() : List.copyOf(presets);
        dials = Objects.requireNonNullElse(dials, MotionDials.DEFAULT);
        rig = Objects.requireNonNullElse(rig, RigCorrections.NONE);
        if (faceIndex < 0) throw new IllegalArgumentException("face index must be >= 0");
        extra = Extra.copy(extra);
    }

    public Actor(String id, String name, String sourceMediaId) {
        this(id, name, sourceMediaId, 0, ConsentRecord.NOT_RECORDED, List.of(), MotionDials.DEFAULT, null, RigCorrections.NONE, Map.of());
    }

    public Actor withName(String n) { return new Actor(id, n, sourceMediaId, faceIndex, consent, presets, dials, face, rig, extra); }

    public Actor withConsent(ConsentRecord c) { return new Actor(id, name, sourceMediaId, faceIndex, c, presets, dials, face, rig, extra); }

    public Actor withDials(MotionDials d) { return new Actor(id, name, sourceMediaId, faceIndex, consent, presets, d, face, rig, extra); }

    public Actor withFace(FaceAnalysis f) { return new Actor(id, name, sourceMediaId, faceIndex, consent, presets, dials, f, rig, extra); }

    public Actor withRig(RigCorrections r) { return new Actor(id, name, sourceMediaId, faceIndex, consent, presets, dials, face, r, extra); }

    public Actor withPresets(List<ExpressionPreset> p) { return new Actor(id, name, sourceMediaId, faceIndex, consent, p, dials, face, rig, extra); }
}
