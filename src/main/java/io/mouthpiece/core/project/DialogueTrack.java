package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One character's dialogue lane: clips sorted by start, never overlapping. */
@SchemaObject
@JsonTypeName("DialogueTrack.1")
public record DialogueTrack(String id, String actorId, List<AudioClip> clips,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public DialogueTrack {
        Objects.requireNonNull(id, "id");
        List<AudioClip> sorted = new ArrayList<>(clips == null ? List.of() : clips);
        sorted.sort(Comparator.comparing(c -> c.range().start()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).range().overlaps(sorted.get(i).range())) {
                throw new IllegalArgumentException("clips '" + sorted.get(i - 1).id() + "' and '" + sorted.get(i).id()
                        + "' overlap on one dialogue track");
            }
        }
        clips = List.copyOf(sorted);
        extra = Extra.copy(extra);
    }

    public DialogueTrack(String id, String actorId) { this(id, actorId, List.of(), Map.of()); }

    public DialogueTrack withClips(List<AudioClip> c) { return new DialogueTrack(id, actorId, c, extra); }
}
