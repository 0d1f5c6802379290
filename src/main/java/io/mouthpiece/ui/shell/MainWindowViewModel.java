package io.mouthpiece.ui.shell;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.persist.ProjectFormatException;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.ui.dialog.Dialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the main window: the open document, the window title with its unsaved marker, undo/redo
 * availability and menu texts, the recent-projects list, and the file actions with the "save changes?" question.
 * Touches no controls: questions go through {@link Dialogs}, so it is tested without a screen. Call it on the FX
 * thread (the document's listeners update the properties synchronously).
 */
public final class MainWindowViewModel {
    static final String APP_NAME = "Mouthpiece";
    public static final String UNSAVED_MARKER = "\u2022";

    private final ProjectStore store;
    private final Dialogs dialogs;
    private final RecentProjects recents;
    private final Supplier<Project> newProject;

    private final ReadOnlyObjectWrapper<ProjectDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final Runnable documentListener = this::refresh;

    public MainWindowViewModel(ProjectStore store, Dialogs dialogs, RecentProjects recents, Supplier<Project> newProject) {
        this.store = store;
        this.dialogs = dialogs;
        this.recents = recents;
        this.newProject = newProject;
        recentProjects.setAll(recents.load());
    }

    // ---- properties -------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ProjectDocument> documentProperty() { return document.getReadOnlyProperty(); }
    /** The current project snapshot; changes on every edit, undo and redo. */
    public ReadOnlyObjectProperty<Project> projectProperty() { return project.getReadOnlyProperty(); }
    /** The project's folder, null for a new project that was never saved. */
    public ReadOnlyObjectProperty<Path> folderProperty() { return folder.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty projectNameProperty() { return projectName.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** Menu text, e.g. "Undo Rename Project", or plain "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    /** One line for the status bar about the last action. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ObservableList<Path> recentProjects() { return FXCollections.unmodifiableObservableList(recentProjects); }

    public String getTitle() { return title.get(); }
    public boolean isDirty() { return dirty.get(); }
    public ProjectDocument getDocument() { return document.get(); }

    // ---- actions ----------------------------------------------------------------------------------------

    /** Replaces the current project with a new, unsaved one, after asking to save changes. */
    public void newProject() {
        if (!confirmLeavingDocument()) return;
        show(new ProjectDocument(newProject.get(), null));
        status.set("New project");
    }

    /** Asks for a project folder and opens it, after asking to save changes. */
    public void open() {
        if (!confirmLeavingDocument()) return;
        dialogs.chooseProjectToOpen().ifPresent(this::load);
    }

    /** Opens a known folder (Open Recent, drag and drop, command line), after asking to save changes. */
    public boolean open(Path projectFolder) {
        if (!confirmLeavingDocument()) return false;
        return load(projectFolder);
    }

    /**
     * Puts an autosaved project back: opens its folder when it still exists (so Save goes there), then replaces the
     * content with the recovered snapshot, which leaves the document unsaved.
     */
    public void recover(Project recovered, Path folderOrNull) {
        if (!confirmLeavingDocument()) return;
        ProjectDocument doc = folderOrNull != null && Files.isRegularFile(folderOrNull.resolve(ProjectStore.FILE))
                && load(folderOrNull) ? document.get() : null;
        if (doc == null) {
            doc = new ProjectDocument(recovered, null);
            show(doc);
        }
        doc.replaceAll(recovered);
        status.set("Recovered unsaved changes of " + recovered.name());
    }

    /** Saves into the project's folder, or asks for one when the project was never saved. */
    public boolean save() {
        ProjectDocument doc = document.get();
        if (doc == null) return false;
        Optional<Path> dir = doc.folder();
        return dir.isPresent() ? writeTo(doc, dir.get()) : saveAs();
    }

    /** Asks for a new folder and saves the project there; the document then belongs to that folder. */
    public boolean saveAs() {
        ProjectDocument doc = document.get();
        if (doc == null) return false;
        Optional<Path> target = dialogs.chooseSaveLocation(doc.project().name());
        if (target.isEmpty()) return false;
        Path dir = target.get().toAbsolutePath().normalize();
        boolean sameFolder = doc.folder().map(f -> f.toAbsolutePath().normalize().equals(dir)).orElse(false);
        if (!sameFolder && (Files.isRegularFile(dir) || (Files.isDirectory(dir) && !isEmpty(dir)))) {
            // Never write into another project or someone's folder: a project owns its whole folder.
            dialogs.showError("Cannot save here",
                    "\"" + dir + "\" already holds other files. Choose a new or empty folder for the project.", null);
            return false;
        }
        return writeTo(doc, dir);
    }

    /**
     * Runs an edit on the current document (the inspector and later editors come through here). An edit that cannot
     * apply changes nothing and says why.
     */
    public void execute(Edit edit) {
        ProjectDocument doc = document.get();
        if (doc == null) return;
        try {
            doc.execute(edit);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            dialogs.showError("Cannot " + edit.description(), e.getMessage(), e);
        }
    }

    /** Shows one line in the status bar (results of background actions such as an export). */
    public void setStatus(String line) {
        status.set(line);
    }

    public void undo() {
        ProjectDocument doc = document.get();
        if (doc != null && doc.canUndo()) doc.undo();
    }

    public void redo() {
        ProjectDocument doc = document.get();
        if (doc != null && doc.canRedo()) doc.redo();
    }

    /**
     * The window is about to close (close button or Quit): asks to save unsaved changes.
     * @return whether closing may proceed
     */
    public boolean requestClose() {
        return confirmLeavingDocument();
    }

    /**
     * The project folder among dropped files: a folder holding a project.json, or a project.json itself.
     * Empty when the drop is anything else, so the window can refuse it before the drop happens.
     */
    public static Optional<Path> projectFolderIn(List<Path> dropped) {
        if (dropped.size() != 1) return Optional.empty();
        Path p = dropped.getFirst();
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(ProjectStore.FILE))) return Optional.of(p);
        if (Files.isRegularFile(p) && p.getFileName().toString().equals(ProjectStore.FILE)) {
            return Optional.ofNullable(p.toAbsolutePath().getParent());
        }
        return Optional.empty();
    }

    // ---- internals --------------------------------------------------------------------------------------

    /** true when there is nothing to lose, the user saved, or chose to discard; false when cancelled. */
    private boolean confirmLeavingDocument() {
        ProjectDocument doc = document.get();
        if (doc == null || !doc.isDirty()) return true;
        return switch (dialogs.askSaveChanges(doc.project().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Checks media files against the project (shared by the bin and the inspector; remembers what it hashed). */
    public io.mouthpiece.core.persist.MediaCheck mediaCheck() { return store.mediaCheck(); }

    private boolean load(Path projectFolder) {
        Path dir = projectFolder.toAbsolutePath().normalize();
        try {
            LoadedProject loaded = store.load(dir, false); // the bin verifies changed-looking media off this thread
            show(new ProjectDocument(loaded.project(), dir));
            remember(dir);
            status.set(loaded.warnings().isEmpty()
                    ? "Opened " + dir
                    : "Opened " + dir + " with " + loaded.warnings().size() + " warning(s): " + loaded.warnings().getFirst());
            return true;
        } catch (ProjectFormatException e) {
            dialogs.showError("Cannot open project", e.getMessage(), e);
        } catch (IOException e) {
            if (!Files.exists(dir)) {
                forget(dir);
                dialogs.showError("Cannot open project", "The folder \"" + dir + "\" no longer exists.", e);
            } else {
                dialogs.showError("Cannot open project", "Could not read \"" + dir + "\": " + e.getMessage(), e);
            }
        }
        return false;
    }

    private boolean writeTo(ProjectDocument doc, Path dir) {
        try {
            Optional<Path> from = doc.folder();
            if (from.isPresent() && !from.get().equals(dir)) MediaFiles.copyReferenced(doc.project(), from.get(), dir);
            store.save(dir, doc.project());
            doc.markSaved(dir);
            remember(dir);
            refresh();
            status.set("Saved " + dir);
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save project", "Could not write \"" + dir + "\": " + e.getMessage(), e);
            return false;
        }
    }

    private void show(ProjectDocument doc) {
        ProjectDocument old = document.get();
        if (old != null) old.removeListener(documentListener);
        doc.addListener(documentListener);
        document.set(doc);
        refresh();
    }

    private void refresh() {
        ProjectDocument doc = document.get();
        if (doc == null) return;
        Project p = doc.project();
        project.set(p);
        folder.set(doc.folder().orElse(null));
        projectName.set(p.name());
        dirty.set(doc.isDirty());
        canUndo.set(doc.canUndo());
        canRedo.set(doc.canRedo());
        undoText.set(doc.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(doc.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        title.set(titleFor(p.name(), doc.isDirty()));
    }

    static String titleFor(String name, boolean dirty) {
        return (dirty ? UNSAVED_MARKER + " " : "") + name + " \u2014 " + APP_NAME;
    }

    private void remember(Path dir) {
        List<Path> list = new ArrayList<>(recentProjects);
        list.remove(dir);
        list.addFirst(dir);
        while (list.size() > RecentProjects.MAX) list.removeLast();
        recentProjects.setAll(list);
        recents.store(List.copyOf(list));
    }

    private void forget(Path dir) {
        if (recentProjects.remove(dir)) recents.store(List.copyOf(recentProjects));
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
