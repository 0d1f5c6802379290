package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.ui.selection.StudioSelection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The transcript of the focused dialogue clip (Focus.OfClip), edited under the media bin: Apply stores it with
 * {@code TakeEdits.setTranscript} (one undo step) and re-runs the take's analysis, which force-aligns the words to
 * the sound for sharper lip timing. FX thread only; no controls, so it is tested without a screen.
 */
public final class ClipTranscriptViewModel {
    private final StudioSelection selection;
    private final Consumer<Edit> execute;
    private final Runnable reanalyse;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper clipLabel = new ReadOnlyStringWrapper(this, "clipLabel", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private String clipId;
    private String stored = "";

    public ClipTranscriptViewModel(StudioSelection selection, Consumer<Edit> execute, Runnable reanalyse) {
        this.selection = selection;
        this.execute = execute;
        this.reanalyse = reanalyse;
        selection.focusProperty().subscribe(f -> refresh());
        selection.currentProperty().subscribe(c -> refresh());
    }

    /** True while a dialogue clip is focused. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    /** "Clip: line.wav under Astronaut". */
    public ReadOnlyStringProperty clipLabelProperty() { return clipLabel.getReadOnlyProperty(); }
    /** The text being edited; Apply stores it. */
    public StringProperty textProperty() { return text; }

    /** Stores the edited transcript (when it changed) and recomputes the lip sync. */
    public void apply() {
        Take take = selection.take();
        if (clipId == null || take == null) return;
        String t = text.get() == null ? "" : text.get().strip();
        text.set(t);
        if (t.equals(stored)) return;
        execute.accept(TakeEdits.setTranscript(take.id(), clipId, t));
        if (transcriptNow().equals(t)) reanalyse.run(); // refused edits (shown by execute) change nothing
    }

    private String transcriptNow() {
        Take take = selection.take();
        return take == null ? "" : take.clip(clipId).map(AudioClip::transcript).orElse("");
    }

    private void refresh() {
        Take take = selection.take();
        String id = selection.focusProperty().get() instanceof StudioSelection.Focus.OfClip(String c) ? c : null;
        Optional<AudioClip> clip = id == null || take == null ? Optional.empty() : take.clip(id);
        if (clip.isEmpty()) {
            clipId = null;
            stored = "";
            active.set(false);
            clipLabel.set("");
            text.set("");
            return;
        }
        AudioClip c = clip.get();
        boolean sameClip = Objects.equals(clipId, id);
        String editing = text.get();
        boolean userEditing = sameClip && !Objects.equals(editing, stored);
        clipId = id;
        stored = c.transcript();
        var p = selection.project();
        String media = p.mediaById(c.mediaId()).map(MediaRef::fileName).orElse(c.mediaId());
        String who = take.dialogue().stream().filter(d -> d.clips().stream().anyMatch(x -> x.id().equals(id)))
                .findFirst().flatMap(d -> p.actors().stream().filter(a -> a.id().equals(d.actorId())).findFirst())
                .map(a -> " under " + a.name()).orElse("");
        clipLabel.set("Clip: " + media + who);
        if (!userEditing) text.set(stored); // an undo or another clip replaces the text; typing in progress stays
        active.set(true);
    }
}
