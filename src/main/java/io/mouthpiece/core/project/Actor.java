package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A character: a face in a portrait or video (media + which face), its consent record, presets and dials.
 * Called Actor (as in Cartoon Animator) to keep clear of {@link java.lang.Character}.
 */
@SchemaObject
@JsonTypeName("Actor.1")
public record Actor(String id, String name, String sourceMediaId, int faceIndex, ConsentRecord consent,
                    List<ExpressionPreset> presets, MotionDials dials,
                    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public Actor {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "Character");
        consent = Objects.requireNonNullElse(consent, ConsentRecord.NOT_RECORDED);
        presets = presets == null ? List.of() : List.copyOf(presets);
        dials = Objects.requireNonNullElse(dials, MotionDials.DEFAULT);
        if (faceIndex < 0) throw new IllegalArgumentException("face index must be >= 0");
        extra = Extra.copy(extra);
    }

    public Actor(String id, String name, String sourceMediaId) {
        this(id, name, sourceMediaId, 0, ConsentRecord.NOT_RECORDED, List.of(), MotionDials.DEFAULT, Map.of());
    }

    public Actor withName(String n) { return new Actor(id, n, sourceMediaId, faceIndex, consent, presets, dials, extra); }

    public Actor withConsent(ConsentRecord c) { return new Actor(id, name, sourceMediaId, faceIndex, c, presets, dials, extra); }

    public Actor withDials(MotionDials d) { return new Actor(id, name, sourceMediaId, faceIndex, consent, presets, d, extra); }

    public Actor withPresets(List<ExpressionPreset> p) { return new Actor(id, name, sourceMediaId, faceIndex, consent, p, dials, extra); }
}
