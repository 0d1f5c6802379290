package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A take: one timeline. The picture track shows {@code pictureMediaId} (a portrait or video); each character has a
 * dialogue track and a motion track. {@code inPoint}/{@code outPoint} bound playback loops and exports.
 */
@SchemaObject
@JsonTypeName("Take.1")
public record Take(String id, String name, Rational duration, String pictureMediaId, List<DialogueTrack> dialogue,
                   List<MotionTrack> motion, List<Marker> markers, Rational inPoint, Rational outPoint,
                   @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public Take {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "Take");
        duration = Objects.requireNonNullElse(duration, Rational.ZERO);
        if (duration.signum() < 0) throw new IllegalArgumentException("negative take duration");
        dialogue = dialogue == null ? List.of() : List.copyOf(dialogue);
        motion = motion == null ? List.of() : List.copyOf(motion);
        List<Marker> m = new ArrayList<>(markers == null ? List.of() : markers);
        m.sort(Comparator.comparing(Marker::time));
        markers = List.copyOf(m);
        inPoint = Objects.requireNonNullElse(inPoint, Rational.ZERO);
        if (outPoint != null && !outPoint.isAfter(inPoint)) {
            throw new IllegalArgumentException("out point " + outPoint + " must be after in point " + inPoint);
        }
        extra = Extra.copy(extra);
    }

    public Take(String id, String name, Rational duration, String pictureMediaId) {
        this(id, name, duration, pictureMediaId, List.of(), List.of(), List.of(), Rational.ZERO, null, Map.of());
    }

    /** The playback/export range: [in, out) or [in, duration). */
    public TimeRange workRange() {
        Rational end = outPoint == null ? duration : outPoint.min(duration);
        return TimeRange.between(inPoint.min(end), end);
    }

    public Optional<DialogueTrack> dialogueOf(String actorId) {
        return dialogue.stream().filter(t -> t.actorId().equals(actorId)).findFirst();
    }

    public Optional<MotionTrack> motionOf(String actorId) {
        return motion.stream().filter(t -> t.actorId().equals(actorId)).findFirst();
    }

    public Optional<AudioClip> clip(String clipId) {
        return dialogue.stream().flatMap(t -> t.clips().stream()).filter(c -> c.id().equals(clipId)).findFirst();
    }

    /** End of the last dialogue clip. */
    public Rational contentEnd() {
        return dialogue.stream().flatMap(t -> t.clips().stream()).map(c -> c.range().end())
                .max(Comparator.naturalOrder()).orElse(Rational.ZERO);
    }

    public Take withName(String n) { return new Take(id, n, duration, pictureMediaId, dialogue, motion, markers, inPoint, outPoint, extra); }

    public Take withDuration(Rational d) { return new Take(id, name, d, pictureMediaId, dialogue, motion, markers, inPoint, outPoint, extra); }

    public Take withPicture(String mediaId) { return new Take(id, name, duration, mediaId, dialogue, motion, markers, inPoint, outPoint, extra); }

    public Take withDialogue(List<DialogueTrack> d) { return new Take(id, name, duration, pictureMediaId, d, motion, markers, inPoint, outPoint, extra); }

    public Take withMotion(List<MotionTrack> m) { return new Take(id, name, duration, pictureMediaId, dialogue, m, markers, inPoint, outPoint, extra); }

    public Take withMarkers(List<Marker> m) { return new Take(id, name, duration, pictureMediaId, dialogue, motion, m, inPoint, outPoint, extra); }

    public Take withInOut(Rational in, Rational out) { return new Take(id, name, duration, pictureMediaId, dialogue, motion, markers, in, out, extra); }

    /** Replaces (or adds) the motion track of {@code actorId} with {@code f} applied to the current one. */
    public Take updateMotion(String actorId, UnaryOperator<MotionTrack> f) {
        List<MotionTrack> out = new ArrayList<>(motion);
        int i = indexOf(motion, t -> t.actorId().equals(actorId));
        if (i < 0) out.add(f.apply(new MotionTrack(actorId)));
        else out.set(i, f.apply(motion.get(i)));
        return withMotion(out);
    }

    /** Replaces (or adds) the dialogue track of {@code actorId}. */
    public Take updateDialogue(String actorId, UnaryOperator<DialogueTrack> f) {
        List<DialogueTrack> out = new ArrayList<>(dialogue);
        int i = indexOf(dialogue, t -> Objects.equals(t.actorId(), actorId));
        if (i < 0) out.add(f.apply(new DialogueTrack("dlg-" + actorId, actorId)));
        else out.set(i, f.apply(dialogue.get(i)));
        return withDialogue(out);
    }

    static <T> int indexOf(List<T> list, java.util.function.Predicate<T> p) {
        for (int i = 0; i < list.size(); i++) if (p.test(list.get(i))) return i;
        return -1;
    }
}
