package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.util.Map;
import java.util.Objects;

/**
 * A dialogue clip: {@code range} is where it sits on the take's timeline, {@code sourceIn} where playback starts in
 * the media; {@code transcript} (may be empty) helps lip-sync timing.
 */
@SchemaObject
@JsonTypeName("AudioClip.1")
public record AudioClip(String id, String mediaId, TimeRange range, Rational sourceIn, String transcript,
                        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public AudioClip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(range, "range");
        sourceIn = Objects.requireNonNullElse(sourceIn, Rational.ZERO);
        if (sourceIn.signum() < 0) throw new IllegalArgumentException("source in-point before the media start");
        if (range.start().signum() < 0) throw new IllegalArgumentException("clip starts before the take");
        transcript = Objects.requireNonNullElse(transcript, "");
        extra = Extra.copy(extra);
    }

    public AudioClip(String id, String mediaId, TimeRange range) { this(id, mediaId, range, Rational.ZERO, "", Map.of()); }

    public AudioClip withRange(TimeRange r) { return new AudioClip(id, mediaId, r, sourceIn, transcript, extra); }

    public AudioClip withSourceIn(Rational s) { return new AudioClip(id, mediaId, range, s, transcript, extra); }

    public AudioClip withTranscript(String t) { return new AudioClip(id, mediaId, range, sourceIn, t, extra); }
}
