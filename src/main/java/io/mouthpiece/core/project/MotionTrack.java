package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.motion.MotionLayers;

import java.util.Map;
import java.util.Objects;

/** One character's motion on a take: generated layer + user keyframe layer. */
@SchemaObject
@JsonTypeName("MotionTrack.1")
public record MotionTrack(String actorId, MotionLayers motion, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public MotionTrack {
        Objects.requireNonNull(actorId, "actorId");
        motion = Objects.requireNonNullElse(motion, MotionLayers.EMPTY);
        extra = Extra.copy(extra);
    }

    public MotionTrack(String actorId) { this(actorId, MotionLayers.EMPTY, Map.of()); }

    public MotionTrack withMotion(MotionLayers m) { return new MotionTrack(actorId, m, extra); }
}
