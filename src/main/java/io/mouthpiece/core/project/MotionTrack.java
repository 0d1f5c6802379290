package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.speech.VisemeTrack;

import java.util.Map;
import java.util.Objects;

/**
 * One character's motion on a take: generated layer + user keyframe layer, and the viseme lane (from time 0 of the
 * take; null until lip sync ran) that the generated mouth curves and the engine-track exports come from.
 */
@SchemaObject
@JsonTypeName("MotionTrack.1")
public record MotionTrack(String actorId, MotionLayers motion, VisemeTrack visemes, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public MotionTrack {
        Objects.requireNonNull(actorId, "actorId");
        motion = Objects.requireNonNullElse(motion, MotionLayers.EMPTY);
        extra = Extra.copy(extra);
    }

    public MotionTrack(String actorId) { this(actorId, MotionLayers.EMPTY, null, Map.of()); }

    public MotionTrack withMotion(MotionLayers m) { return new MotionTrack(actorId, m, visemes, extra); }

    public MotionTrack withVisemes(VisemeTrack v) { return new MotionTrack(actorId, motion, v, extra); }
}
