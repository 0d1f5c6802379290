package io.mouthpiece.core.edit;

import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.Marker;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/** Edits of takes: the timeline, its dialogue clips, markers and in/out points. */
public final class TakeEdits {
    private TakeEdits() {}

    public static Edit add(Take take) {
        return Edit.of("New Take", p -> {
            List<Take> t = new ArrayList<>(p.takes());
            t.add(take);
            return p.withTakes(t);
        });
    }

    public static Edit remove(String takeId) {
        return Edit.of("Delete Take", p -> {
            p.take(takeId);
            return p.withTakes(p.takes().stream().filter(t -> !t.id().equals(takeId)).toList());
        });
    }

    public static Edit rename(String takeId, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a take needs a name");
        return Edit.of("Rename Take", p -> p.updateTake(takeId, t -> t.withName(name.strip())));
    }

    public static Edit setDuration(String takeId, Rational duration) {
        return Edit.of("Change Take Duration", p -> p.updateTake(takeId, t -> t.withDuration(duration)));
    }

    public static Edit setInOut(String takeId, Rational in, Rational out) {
        return Edit.of("Set In/Out Points", p -> p.updateTake(takeId, t -> t.withInOut(in, out)));
    }

    public static Edit addMarker(String takeId, Marker marker) {
        return Edit.of("Add Marker", p -> p.updateTake(takeId, t -> {
            List<Marker> m = new ArrayList<>(t.markers());
            m.add(marker);
            return t.withMarkers(m);
        }));
    }

    public static Edit removeMarker(String takeId, String markerId) {
        return Edit.of("Delete Marker", p -> p.updateTake(takeId, t -> {
            List<Marker> m = new ArrayList<>(t.markers());
            if (!m.removeIf(x -> x.id().equals(markerId))) throw new NoSuchElementException("no marker '" + markerId + "'");
            return t.withMarkers(m);
        }));
    }

    /** Moves a marker to {@code time} (a drag on the ruler), keeping its id and name; never before the take's start. */
    public static Edit moveMarker(String takeId, String markerId, Rational time) {
        if (time.signum() < 0) throw new IllegalArgumentException("a marker cannot move before the start of the take");
        return Edit.of("Move Marker", p -> p.updateTake(takeId, t -> {
            if (t.markers().stream().noneMatch(x -> x.id().equals(markerId))) {
                throw new NoSuchElementException("no marker '" + markerId + "'");
            }
            return t.withMarkers(t.markers().stream()
                    .map(x -> x.id().equals(markerId) ? new Marker(x.id(), time, x.label()) : x).toList());
        }));
    }

    /** Renames a marker (a blank name is allowed: the ruler then shows only its flag). */
    public static Edit renameMarker(String takeId, String markerId, String label) {
        return Edit.of("Rename Marker", p -> p.updateTake(takeId, t -> {
            if (t.markers().stream().noneMatch(x -> x.id().equals(markerId))) {
                throw new NoSuchElementException("no marker '" + markerId + "'");
            }
            return t.withMarkers(t.markers().stream()
                    .map(x -> x.id().equals(markerId) ? new Marker(x.id(), x.time(), label == null ? "" : label.strip()) : x)
                    .toList());
        }));
    }

    /**
     * A copy of take {@code takeId} under a new id and name, placed right after it. Clips and markers get fresh ids
     * (from {@code newId}) so that an id still names one object in the project.
     */
    public static Edit duplicate(String takeId, String newId, String name) {
        return Edit.of("Duplicate Take", p -> {
            Take src = p.take(takeId);
            if (p.takes().stream().anyMatch(t -> t.id().equals(newId))) throw new IllegalArgumentException("take id in use: " + newId);
            List<DialogueTrack> dialogue = src.dialogue().stream().map(d -> d.withClips(d.clips().stream()
                    .map(c -> new AudioClip(c.id() + "-" + newId, c.mediaId(), c.range(), c.sourceIn(), c.transcript(), c.extra()))
                    .toList())).toList();
            List<Marker> markers = src.markers().stream().map(m -> new Marker(m.id() + "-" + newId, m.time(), m.label())).toList();
            Take copy = new Take(newId, name, src.duration(), src.pictureMediaId(), dialogue, src.motion(), markers,
                    src.inPoint(), src.outPoint(), src.extra());
            List<Take> t = new ArrayList<>(p.takes());
            t.add(t.indexOf(src) + 1, copy);
            return p.withTakes(t);
        });
    }

    /** Puts a dialogue clip on the character's track, growing the take to fit it. */
    public static Edit addClip(String takeId, String actorId, AudioClip clip) {
        return Edit.of("Add Dialogue Clip", p -> {
            if (p.mediaById(clip.mediaId()).isEmpty()) throw new IllegalArgumentException("no media '" + clip.mediaId() + "'");
            p.actor(actorId);
            return p.updateTake(takeId, t -> grow(t.updateDialogue(actorId, d -> {
                List<AudioClip> c = new ArrayList<>(d.clips());
                c.add(clip);
                return d.withClips(c);
            })));
        });
    }

    public static Edit removeClip(String takeId, String clipId) {
        return Edit.of("Delete Dialogue Clip", p -> updateTrackHolding(p, takeId, clipId, d -> d.withClips(
                d.clips().stream().filter(c -> !c.id().equals(clipId)).toList())));
    }

    /**
     * Moves a clip to start at {@code newStart}, keeping its length and source in-point; fails if it would overlap a
     * neighbour (DialogueTrack refuses) or start before 0 (AudioClip refuses). The take grows when the clip ends past it.
     */
    public static Edit moveClip(String takeId, String clipId, Rational newStart) {
        return Edit.of("Move Dialogue Clip", p -> updateClip(p, takeId, clipId,
                c -> c.withRange(new TimeRange(newStart, c.range().duration()))));
    }

    /**
     * Trims a clip: new timeline range and source in-point together (slip-safe). Refused when the clip would be
     * shorter than one frame of the project or would play past the end of its media (when the media's length is known).
     */
    public static Edit trimClip(String takeId, String clipId, TimeRange range, Rational sourceIn) {
        return Edit.of("Trim Dialogue Clip", p -> {
            if (range.duration().isBefore(p.frameRate().frameDuration())) {
                throw new IllegalArgumentException("a dialogue clip must last at least one frame");
            }
            return updateClip(p, takeId, clipId, c -> {
                Rational media = p.mediaById(c.mediaId()).map(m -> m.duration()).orElse(null);
                if (media != null && sourceIn.add(range.duration()).isAfter(media)) {
                    throw new IllegalArgumentException("the clip cannot play past the end of its media ("
                            + String.format(java.util.Locale.ROOT, "%.2f s", media.toDouble()) + ")");
                }
                return c.withRange(range).withSourceIn(sourceIn);
            });
        });
    }

    public static Edit setTranscript(String takeId, String clipId, String transcript) {
        return Edit.of("Edit Transcript", p -> updateClip(p, takeId, clipId, c -> c.withTranscript(transcript)));
    }

    private static Project updateClip(Project p, String takeId, String clipId, UnaryOperator<AudioClip> f) {
        return updateTrackHolding(p, takeId, clipId, d -> d.withClips(d.clips().stream()
                .map(c -> c.id().equals(clipId) ? f.apply(c) : c).toList()));
    }

    private static Project updateTrackHolding(Project p, String takeId, String clipId, UnaryOperator<DialogueTrack> f) {
        Take take = p.take(takeId);
        DialogueTrack track = take.dialogue().stream()
                .filter(d -> d.clips().stream().anyMatch(c -> c.id().equals(clipId))).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no clip '" + clipId + "' in take '" + take.name() + "'"));
        return p.updateTake(takeId, t -> grow(t.updateDialogue(track.actorId(), f)));
    }

    private static Take grow(Take t) {
        Rational end = t.contentEnd();
        return end.isAfter(t.duration()) ? t.withDuration(end) : t;
    }
}
