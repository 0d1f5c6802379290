package io.mouthpiece.core.library;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.SchemaObject;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a character library entry's {@code character.json}: the character exactly as it was in its project
 * (face analysis, rig corrections, presets, dials, consent), and the media it needs with paths relative to the entry
 * folder and their SHA-256 (its portrait, {@code actor.sourceMediaId()}, and the voice clips it spoke in the project,
 * {@code voiceMediaIds}). Media ids are the source project's; adding the character to a project maps them.
 */
@SchemaObject
@JsonTypeName("Character.1")
public record LibraryCharacter(String name, String savedAt, String appVersion, String sourceProject, Actor actor,
                               List<MediaRef> media, List<String> voiceMediaIds,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public static final String SCHEMA = "Character";
    public static final int VERSION = 1;

    public LibraryCharacter {
        Objects.requireNonNull(actor, "actor");
        name = Objects.requireNonNullElse(name, actor.name());
        savedAt = Objects.requireNonNullElse(savedAt, "");
        appVersion = Objects.requireNonNullElse(appVersion, "");
        sourceProject = Objects.requireNonNullElse(sourceProject, "");
        media = media == null ? List.of() : List.copyOf(media);
        voiceMediaIds = voiceMediaIds == null ? List.of() : List.copyOf(voiceMediaIds);
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        if (actor.sourceMediaId() != null && media.stream().noneMatch(m -> m.id().equals(actor.sourceMediaId()))) {
            throw new IllegalArgumentException("the character's portrait '" + actor.sourceMediaId() + "' is not among its media");
        }
        for (String v : voiceMediaIds) {
            if (media.stream().noneMatch(m -> m.id().equals(v))) {
                throw new IllegalArgumentException("voice clip '" + v + "' is not among the character's media");
            }
        }
    }

    /** The portrait (or video) the character's face is in, or null for a character without one. */
    public MediaRef portrait() {
        return actor.sourceMediaId() == null ? null
                : media.stream().filter(m -> m.id().equals(actor.sourceMediaId())).findFirst().orElse(null);
    }
}
