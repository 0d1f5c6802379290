package io.mouthpiece.ui.selection;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the studio is looking at: the open project, the take shown in the viewer and timeline, and the object the
 * user last picked (the inspector's subject). Views read {@link #currentProperty()} rather than the project alone so
 * the project and its current take always change together. FX thread only.
 */
public final class StudioSelection {
    /** The project and the take the studio works on (the chosen take, else the first; null when there is none). */
    public record Current(Project project, Take take) {
        public static final Current NONE = new Current(null, null);
    }

    /** The object the user picked last; the inspector shows its properties. */
    public sealed interface Focus {
        /** Nothing picked: the inspector shows the project. */
        record None() implements Focus {}
        record OfTake(String takeId) implements Focus {}
        record OfCharacter(String actorId) implements Focus {}
        record OfClip(String clipId) implements Focus {}
        record OfMedia(String mediaId) implements Focus {}
        /** A keyframe on a character's channel lane. */
        record OfKey(String actorId, Channel channel, Rational time) implements Focus {}
    }

    public static final Focus NOTHING = new Focus.None();

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>(this, "project");
    private final ReadOnlyObjectWrapper<String> takeId = new ReadOnlyObjectWrapper<>(this, "takeId");
    private final ReadOnlyObjectWrapper<Current> current = new ReadOnlyObjectWrapper<>(this, "current", Current.NONE);
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>(this, "focus", NOTHING);

    public StudioSelection(ReadOnlyObjectProperty<Project> source) {
        project.bind(source);
        project.subscribe(p -> refresh());
    }

    public ReadOnlyObjectProperty<Current> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Project> projectProperty() { return project; }
    /** The id of the take the user chose (may name a take that an undo removed: {@link #take()} then falls back). */
    public ReadOnlyObjectProperty<String> takeIdProperty() { return takeId.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Focus> focusProperty() { return focus.getReadOnlyProperty(); }

    public Current current() { return current.get(); }
    public Project project() { return current.get().project(); }
    public Take take() { return current.get().take(); }

    /** Shows another take in the viewer and timeline. */
    public void selectTake(String id) {
        if (Objects.equals(id, takeId.get())) return;
        takeId.set(id);
        refresh();
    }

    public void focus(Focus f) { focus.set(f == null ? NOTHING : f); }

    /** The take with {@code id}, else the first take, else null. */
    public static Take resolve(Project p, String id) {
        if (p == null || p.takes().isEmpty()) return null;
        if (id != null) for (Take t : p.takes()) if (t.id().equals(id)) return t;
        return p.takes().getFirst();
    }

    private void refresh() {
        Project p = project.get();
        current.set(p == null ? Current.NONE : new Current(p, resolve(p, takeId.get())));
    }
}
