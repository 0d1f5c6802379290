package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.time.FrameRate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The root of the model: an immutable tree. Every change is an {@link io.mouthpiece.core.edit.Edit} producing a new
 * Project, which makes undo a snapshot swap and lets unchanged subtrees be shared between snapshots.
 */
@SchemaObject
@JsonTypeName("Project.1")
public record Project(String id, String name, FrameRate frameRate, int width, int height, List<MediaRef> media,
                      List<Actor> actors, List<Take> takes, String background,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public static final String SCHEMA = "Project";
    public static final int VERSION = 1;
    /** The default export background: keep the picture as it is. */
    public static final String KEEP_BACKGROUND = "keep";

    public Project {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "Untitled");
        frameRate = Objects.requireNonNullElse(frameRate, FrameRate.FPS_25);
        if (width <= 0 || height <= 0 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("output size " + width + "x" + height + " is outside 1..16384");
        }
        media = media == null ? List.of() : List.copyOf(media);
        actors = actors == null ? List.of() : List.copyOf(actors);
        takes = takes == null ? List.of() : List.copyOf(takes);
        background = normaliseBackground(background);
        unique("media", media, MediaRef::id);
        unique("character", actors, Actor::id);
        unique("take", takes, Take::id);
        extra = Extra.copy(extra);
    }

    /** Files written before the export background existed: the same project with the default background. */
    public Project(String id, String name, FrameRate frameRate, int width, int height, List<MediaRef> media,
                   List<Actor> actors, List<Take> takes, Map<String, Object> extra) {
        this(id, name, frameRate, width, height, media, actors, takes, KEEP_BACKGROUND, extra);
    }

    /** An empty project at 25 fps, 1280×720. */
    public static Project empty(String id, String name) {
        return new Project(id, name, FrameRate.FPS_25, 1280, 720, List.of(), List.of(), List.of(), KEEP_BACKGROUND, Map.of());
    }

    /**
     * The export background as stored: "keep", "transparent" or "#rrggbb" (lower case); null or blank means "keep".
     * Checked here because core cannot see the export package's parser; the grammar is the same.
     */
    public static String normaliseBackground(String text) {
        if (text == null || text.isBlank()) return KEEP_BACKGROUND;
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.equals(KEEP_BACKGROUND) || s.equals("transparent") || s.matches("#[0-9a-f]{6}")) return s;
        throw new IllegalArgumentException("the export background must be keep, transparent or #rrggbb, not '" + text + "'");
    }

    private static <T> void unique(String what, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T t : items) {
            if (!seen.add(id.apply(t))) throw new IllegalArgumentException("duplicate " + what + " id '" + id.apply(t) + "'");
        }
    }

    public Optional<MediaRef> mediaById(String mediaId) { return media.stream().filter(m -> m.id().equals(mediaId)).findFirst(); }

    public Optional<Actor> actorById(String actorId) { return actors.stream().filter(a -> a.id().equals(actorId)).findFirst(); }

    public Optional<Take> takeById(String takeId) { return takes.stream().filter(t -> t.id().equals(takeId)).findFirst(); }

    public Optional<Take> takeByName(String takeName) { return takes.stream().filter(t -> t.name().equals(takeName)).findFirst(); }

    public Take take(String takeId) {
        return takeById(takeId).orElseThrow(() -> new NoSuchElementException("no take '" + takeId + "'"));
    }

    public Actor actor(String actorId) {
        return actorById(actorId).orElseThrow(() -> new NoSuchElementException("no character '" + actorId + "'"));
    }

    public Project withName(String n) { return new Project(id, n, frameRate, width, height, media, actors, takes, background, extra); }

    public Project withFormat(FrameRate rate, int w, int h) { return new Project(id, name, rate, w, h, media, actors, takes, background, extra); }

    public Project withMedia(List<MediaRef> m) { return new Project(id, name, frameRate, width, height, m, actors, takes, background, extra); }

    public Project withActors(List<Actor> a) { return new Project(id, name, frameRate, width, height, media, a, takes, background, extra); }

    public Project withBackground(String b) { return new Project(id, name, frameRate, width, height, media, actors, takes, b, extra); }

    public Project withTakes(List<Take> t) { return new Project(id, name, frameRate, width, height, media, actors, t, background, extra); }

    public Project updateTake(String takeId, UnaryOperator<Take> f) { return withTakes(replace(takes, take(takeId), f)); }

    public Project updateActor(String actorId, UnaryOperator<Actor> f) { return withActors(replace(actors, actor(actorId), f)); }

    public Project updateMedia(String mediaId, UnaryOperator<MediaRef> f) {
        MediaRef m = mediaById(mediaId).orElseThrow(() -> new NoSuchElementException("no media '" + mediaId + "'"));
        return withMedia(replace(media, m, f));
    }

    private static <T> List<T> replace(List<T> list, T old, UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(list);
        out.set(list.indexOf(old), f.apply(old));
        return out;
    }
}
