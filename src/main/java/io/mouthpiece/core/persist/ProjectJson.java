package io.mouthpiece.core.persist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.UnaryOperator;

/** The one Jackson configuration for project files, and the schema versions this app writes. */
public final class ProjectJson {
    /** Current version of each typed object. Bump one and register an upgrade from the previous version. */
    public static final Map<String, Integer> VERSIONS = Map.of(
            "Project", 1, "Media", 1, "Actor", 2, "Take", 1, "DialogueTrack", 1, "AudioClip", 1, "MotionTrack", 1);

    /** Upgrade functions "Name.N" → N+1. */
    public static final Map<String, UnaryOperator<ObjectNode>> UPGRADES = Map.of("Actor.1", ProjectJson::actorBrowAndBreathDials);

    private ProjectJson() {}

    public static ObjectMapper mapper() {
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();
        return JsonMapper.builder(factory)
                // records: only their components are data; derived isX() helpers must not become fields
                .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Actor.1 → 2: brows and breathing got dials of their own. Until then brow raises followed the head dial and
     * breathing was always on at 1, so the upgraded dials keep the motion the character had.
     */
    static ObjectNode actorBrowAndBreathDials(ObjectNode actor) {
        if (actor.get("dials") instanceof ObjectNode d) {
            if (!d.has("browMotion")) d.set("browMotion", d.path("headMotion").isNumber() ? d.get("headMotion") : d.numberNode(1.0));
            if (!d.has("breathing")) d.put("breathing", 1.0);
        }
        return actor;
    }

    public static SchemaUpgrader upgrader() { return new SchemaUpgrader(VERSIONS, UPGRADES); }
}
