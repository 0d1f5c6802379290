package io.mouthpiece.ui.importing;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.service.MediaImporter;
import io.mouthpiece.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * File → Import Media… and media dropped on the window: probes, copies and hashes the files in the background
 * ({@link MediaImporter}, progress and cancel in the status bar), then adds every good file as ONE undoable edit.
 * A project that was never saved has no folder to copy into: the user is asked to save it first. Files that cannot be
 * used are listed in one message and add nothing. Call on the FX thread.
 */
public final class ImportMediaAction {
    private final FxJobRunner runner;
    private final MediaImporter importer;
    private final Supplier<ProjectDocument> document;
    private final BooleanSupplier saveProject;
    private final Consumer<Edit> execute;
    private final MediaDialogs dialogs;
    private final BiConsumer<String, String> showError;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /**
     * @param saveProject saves the current document (asking for a folder when it has none); true when saved
     * @param execute runs the import edit on the current document (undoable)
     * @param showError shows a titled human message
     * @param status one line for the status bar
     */
    public ImportMediaAction(FxJobRunner runner, MediaImporter importer, Supplier<ProjectDocument> document,
                             BooleanSupplier saveProject, Consumer<Edit> execute, MediaDialogs dialogs,
                             BiConsumer<String, String> showError, Consumer<String> status) {
        this.runner = runner;
        this.importer = importer;
        this.document = document;
        this.saveProject = saveProject;
        this.execute = execute;
        this.dialogs = dialogs;
        this.showError = showError;
        this.status = status;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Asks for files, then imports them. */
    public void chooseAndImport() {
        if (document.get() == null) return;
        List<Path> files = dialogs.chooseMediaFiles();
        if (!files.isEmpty()) importFiles(files);
    }

    /** Imports {@code files} into the current project. */
    public void importFiles(List<Path> files) {
        importFiles(files, media -> { });
    }

    /**
     * As {@link #importFiles(List)}; {@code then} receives the media added (on the FX thread, after the edit ran),
     * e.g. to select them or pair them. It is not called when nothing was added.
     */
    public void importFiles(List<Path> files, Consumer<List<MediaRef>> then) {
        ProjectDocument doc = document.get();
        if (doc == null || files.isEmpty()) return;
        if (running.get()) {
            showError.accept("Import in progress", "Wait for the current import to finish, then try again.");
            return;
        }
        if (doc.folder().isEmpty()) {
            if (!dialogs.askSaveBeforeImport(doc.project().name()) || !saveProject.getAsBoolean()) {
                status.accept("Import cancelled: the project has no folder yet");
                return;
            }
            doc = document.get();
            if (doc == null || doc.folder().isEmpty()) return;
        }
        ProjectDocument target = doc;
        Path folder = doc.folder().get();
        var project = doc.project();
        running.set(true);
        runner.submit(files.size() == 1 ? "Importing " + files.getFirst().getFileName() : "Importing " + files.size() + " files",
                progress -> importer.importFiles(project, folder, List.copyOf(files), progress),
                result -> finish(target, result, then),
                e -> showError.accept("Cannot import media", e.getMessage() == null ? e.toString() : e.getMessage()),
                () -> running.set(false));
    }

    private void finish(ProjectDocument doc, MediaImporter.Result result, Consumer<List<MediaRef>> then) {
        if (document.get() != doc) return; // another project was opened meanwhile: the media belongs to the old one
        List<MediaRef> media = result.media();
        if (!media.isEmpty()) {
            long before = doc.revision();
            execute.accept(MediaImporter.edit(media));
            if (doc.revision() == before) return; // the edit was refused (and said why)
            String notices = result.noticeText(); // a giant picture read downscaled: said, not refused
            status.accept("Imported " + names(media) + (notices.isEmpty() ? "" : ". " + notices.replace('\n', ' ')));
        }
        if (!result.failures().isEmpty()) {
            showError.accept(media.isEmpty() ? "Nothing imported" : "Some files were not imported", result.failureText());
        }
        if (!media.isEmpty()) then.accept(media);
    }

    private static String names(List<MediaRef> media) {
        if (media.size() > 3) return media.size() + " files";
        return String.join(", ", media.stream().map(MediaRef::fileName).toList());
    }
}
