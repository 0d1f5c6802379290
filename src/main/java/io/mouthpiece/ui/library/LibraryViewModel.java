package io.mouthpiece.ui.library;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.service.CharacterLibrary;
import io.mouthpiece.ui.dialog.Dialogs;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The character library as the studio shows it, without controls: the entries (damaged ones included), the
 * selection, and the actions Save to Library (the focused character, else the first), Add to Project (copies run as
 * a background job; the project change is one undoable edit), Delete (after asking) and Reveal Folder. FX thread.
 */
public final class LibraryViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final CharacterLibrary library;
    private final FxJobRunner runner;
    private final StudioSelection selection;
    private final Supplier<Path> folder;
    private final Consumer<Edit> execute;
    private final Dialogs dialogs;
    private final Predicate<CharacterLibrary.Entry> confirmDelete;
    private final Consumer<Path> reveal;
    private final ObservableList<CharacterLibrary.Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<CharacterLibrary.Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param folder the open project's folder (null while it was never saved)
     * @param execute runs an edit on the open document
     * @param confirmDelete asks "delete this entry?"
     * @param reveal shows a folder in the system's file manager
     */
    public LibraryViewModel(CharacterLibrary library, FxJobRunner runner, StudioSelection selection, Supplier<Path> folder,
                            Consumer<Edit> execute, Dialogs dialogs, Predicate<CharacterLibrary.Entry> confirmDelete,
                            Consumer<Path> reveal) {
        this.library = library;
        this.runner = runner;
        this.selection = selection;
        this.folder = folder;
        this.execute = execute;
        this.dialogs = dialogs;
        this.confirmDelete = confirmDelete;
        this.reveal = reveal;
    }

    public ObservableList<CharacterLibrary.Entry> entries() { return entries; }
    public ObjectProperty<CharacterLibrary.Entry> selectedProperty() { return selected; }
    /** One line about the last action ("Added Astronaut to the project"). */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public Path libraryFolder() { return library.root(); }

    /** Whether Add to Project can run: a readable entry is selected and a project is open. */
    public BooleanBinding canAddProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().isDamaged()
                && selection.project() != null, selected, selection.currentProperty());
    }

    /** Re-reads the library folder (a few small JSON files), keeping the selection where it still exists. */
    public void refresh() {
        Path was = selected.get() == null ? null : selected.get().folder();
        List<CharacterLibrary.Entry> list = library.list();
        entries.setAll(list);
        selected.set(list.stream().filter(e -> e.folder().equals(was)).findFirst().orElse(list.isEmpty() ? null : list.getFirst()));
    }

    /** The character Save to Library saves: the focused one, else the first of the project; empty without any. */
    public Optional<Actor> characterToSave() {
        Project p = selection.project();
        if (p == null || p.actors().isEmpty()) return Optional.empty();
        if (selection.focusProperty().get() instanceof StudioSelection.Focus.OfCharacter(String id)) {
            Optional<Actor> a = p.actorById(id);
            if (a.isPresent()) return a;
        }
        return Optional.of(p.actors().getFirst());
    }

    /** Saves {@link #characterToSave()} into the library in the background; {@code onDone} gets the new entry. */
    public void saveCharacter(Consumer<CharacterLibrary.Entry> onDone) {
        Optional<Actor> actor = characterToSave();
        if (actor.isEmpty()) {
            dialogs.showError("Nothing to save", "This project has no character to save to the library.", null);
            return;
        }
        Project p = selection.project();
        Path f = folder.get();
        if (f == null) {
            dialogs.showError("Cannot save to the library", "Save the project first: the character's portrait and voice "
                    + "clips are copied from the project folder.", null);
            return;
        }
        String id = actor.get().id();
        runner.submit("Saving " + actor.get().name() + " to the library", progress -> library.save(p, f, id, progress),
                entry -> {
                    status.set("Saved " + entry.name() + " to the character library");
                    refresh();
                    selected.set(entries.stream().filter(e -> e.folder().equals(entry.folder())).findFirst().orElse(null));
                    onDone.accept(entry);
                },
                e -> dialogs.showError("Cannot save to the library", e.getMessage(), e));
    }

    /** Copies the selected character's media into the project (background), then adds it as one undoable edit. */
    public void addSelected(Consumer<String> onAdded) {
        CharacterLibrary.Entry e = selected.get();
        Project p = selection.project();
        if (e == null || p == null) return;
        if (e.isDamaged()) {
            dialogs.showError("Cannot add " + e.name(), "This library entry is damaged: " + e.problem() + ".", null);
            return;
        }
        Path f = folder.get();
        if (f == null) {
            dialogs.showError("Cannot add " + e.name(), "Save the project first: the character's media are copied into "
                    + "its folder.", null);
            return;
        }
        runner.submit("Adding " + e.name() + " to the project", progress -> library.prepareAdd(e, p, f, progress),
                added -> {
                    execute.accept(added.edit());
                    Project now = selection.project();
                    if (now != null && now.actorById(added.actorId()).isPresent()) {
                        status.set("Added " + added.actorName() + " to the project");
                        onAdded.accept(added.actorId());
                    }
                },
                x -> dialogs.showError("Cannot add " + e.name(), x.getMessage(), x));
    }

    /** Deletes the selected entry after {@code confirmDelete} agrees. */
    public void deleteSelected() {
        CharacterLibrary.Entry e = selected.get();
        if (e == null || !confirmDelete.test(e)) return;
        try {
            library.delete(e);
            status.set("Deleted " + e.name() + " from the library");
        } catch (java.io.IOException x) {
            dialogs.showError("Cannot delete " + e.name(), x.getMessage(), x);
        }
        refresh();
    }

    /** Shows the selected entry's folder (or the library folder) in the file manager. */
    public void revealSelected() {
        CharacterLibrary.Entry e = selected.get();
        reveal.accept(e == null ? library.root() : e.folder());
    }

    /** "Saved 2026-11-22 09:30 · from Astronaut sample · 1 voice clip" (local time), or the damage. */
    public static String details(CharacterLibrary.Entry e, ZoneId zone) {
        if (e.isDamaged()) return "Damaged: " + e.problem();
        StringBuilder b = new StringBuilder();
        String at = e.character().savedAt();
        try {
            b.append("Saved ").append(DATE.format(Instant.parse(at).atZone(zone)));
        } catch (RuntimeException x) {
            b.append("Saved ").append(at.isBlank() ? "(unknown date)" : at);
        }
        if (!e.character().sourceProject().isBlank()) b.append(" \u00b7 from ").append(e.character().sourceProject());
        int voices = e.character().voiceMediaIds().size();
        b.append(" \u00b7 ").append(voices).append(voices == 1 ? " voice clip" : " voice clips");
        if (!e.character().actor().rig().isEmpty()) b.append(" \u00b7 rig corrected");
        return b.toString();
    }
}
