package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.inspector.ExpressionBlock;
import io.mouthpiece.ui.selection.StudioSelection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's takes for the timeline header's take selector, and Take → New / Duplicate / Rename / Delete (each an
 * undoable edit through {@code execute}; the new or remaining take becomes the current one). FX thread only.
 */
public final class TakesViewModel {
    private final StudioSelection selection;
    private final Consumer<Edit> execute;
    private final ObservableList<Take> takes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Take> current = new ReadOnlyObjectWrapper<>(this, "current");

    public TakesViewModel(StudioSelection selection, Consumer<Edit> execute) {
        this.selection = selection;
        this.execute = execute;
        selection.currentProperty().subscribe(c -> {
            List<Take> now = c.project() == null ? List.of() : c.project().takes();
            if (!now.equals(takes)) takes.setAll(now);
            current.set(c.take());
        });
    }

    public ObservableList<Take> takes() { return FXCollections.unmodifiableObservableList(takes); }
    public ReadOnlyObjectProperty<Take> currentProperty() { return current.getReadOnlyProperty(); }

    /** Shows another take (the selector). */
    public void select(String takeId) {
        if (takeId != null) selection.selectTake(takeId);
    }

    /** A new empty take with the current take's picture and length; it becomes current. */
    public String newTake() {
        Project p = selection.project();
        if (p == null) return null;
        Take cur = selection.take();
        String id = Ids.next("tk");
        execute.accept(TakeEdits.add(new Take(id, freeName("Take"), cur == null ? null : cur.duration(),
                cur == null ? null : cur.pictureMediaId())));
        selection.selectTake(id);
        return id;
    }

    /** A copy of the current take (dialogue, motion, markers, in/out) right after it; it becomes current. */
    public String duplicate() {
        Take cur = selection.take();
        if (cur == null) return null;
        String id = Ids.next("tk");
        execute.accept(TakeEdits.duplicate(cur.id(), id, copyName(cur.name())));
        selection.selectTake(id);
        return id;
    }

    public void rename(String name) {
        Take cur = selection.take();
        if (cur == null || name == null || name.isBlank() || name.strip().equals(cur.name())) return;
        execute.accept(TakeEdits.rename(cur.id(), name));
    }

    /** Deletes the current take; its neighbour (the next one, else the previous) becomes current. */
    public void delete() {
        Project p = selection.project();
        Take cur = selection.take();
        if (p == null || cur == null) return;
        int i = p.takes().indexOf(cur);
        String neighbour = p.takes().size() < 2 ? null : p.takes().get(i + 1 < p.takes().size() ? i + 1 : i - 1).id();
        execute.accept(TakeEdits.remove(cur.id()));
        if (neighbour != null) selection.selectTake(neighbour);
    }

    // ---- Take → Apply Expression ------------------------------------------------------------------------------

    /**
     * The character Take → Apply Expression keys: the focused one (its page, one of its keys or dialogue clips), else
     * the project's first. Empty without a take or a character.
     */
    public Optional<Actor> expressionActor() {
        Project p = selection.project();
        Take t = selection.take();
        if (p == null || t == null || p.actors().isEmpty()) return Optional.empty();
        String id = switch (selection.focusProperty().get()) {
            case StudioSelection.Focus.OfCharacter c -> c.actorId();
            case StudioSelection.Focus.OfKey k -> k.actorId();
            case StudioSelection.Focus.OfClip c -> t.dialogue().stream()
                    .filter(d -> d.clips().stream().anyMatch(x -> x.id().equals(c.clipId())))
                    .map(DialogueTrack::actorId).findFirst().orElse(null);
            case null, default -> null;
        };
        return p.actors().stream().filter(a -> a.id().equals(id)).findFirst().or(() -> Optional.of(p.actors().getFirst()));
    }

    /** The expressions that character offers (built-ins, then its own), by name. */
    public List<String> expressions() {
        return expressionActor().map(a -> ExpressionPreset.available(a).stream().map(ExpressionPreset::name).toList())
                .orElse(List.of());
    }

    /** Where the next block goes ("At playhead …" / "In/out …"), or empty when nothing can be keyed there. */
    public Optional<String> expressionWhere(Rational playhead) {
        Take t = selection.take();
        if (t == null || expressionActor().isEmpty()) return Optional.empty();
        Rational length = ExpressionBlock.frames(selection.project().frameRate(), ExpressionBlock.SECONDS);
        if (ExpressionBlock.range(t, playhead, length) == null) return Optional.empty();
        return Optional.of(ExpressionBlock.where(selection.project(), t, playhead));
    }

    /**
     * Keys expression {@code name} on the current take for {@link #expressionActor()}, exactly as the inspector's
     * Apply does with its starting lengths (one undoable edit). False when it cannot (no take, nothing after the
     * playhead, an unknown name).
     */
    public boolean applyExpression(String name, Rational playhead) {
        Take t = selection.take();
        Optional<Actor> a = expressionActor();
        if (t == null || a.isEmpty()) return false;
        Edit e;
        try {
            e = ExpressionBlock.edit(selection.project(), t, a.get().id(), name, playhead,
                    ExpressionBlock.SECONDS, ExpressionBlock.EASE_IN, ExpressionBlock.EASE_OUT);
        } catch (IllegalArgumentException ex) {
            return false;
        }
        execute.accept(e);
        return true;
    }

    private String freeName(String base) {
        int n = takes.size() + 1;
        while (nameTaken(base + " " + n)) n++;
        return base + " " + n;
    }

    private String copyName(String name) {
        String candidate = name + " copy";
        for (int n = 2; nameTaken(candidate); n++) candidate = name + " copy " + n;
        return candidate;
    }

    private boolean nameTaken(String name) { return takes.stream().anyMatch(t -> t.name().equals(name)); }
}
