package io.mouthpiece.ui.importing;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.MediaRelinker;
import io.mouthpiece.ui.task.FxJobRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The bin's Relink… (point a missing, moved or unwanted file's item at another file) and Use Changed File (take what
 * the item's own file holds now). The file is checked, copied and hashed in the background ({@link MediaRelinker});
 * when a portrait's picture really changed, the face of every character made from it is fitted again in the same job,
 * so the rig never keeps landmarks of the old picture. Everything lands as ONE undo step, then the take is re-analysed
 * (new audio, new lip sync). Call on the FX thread.
 */
public final class RelinkMediaAction {
    private final FxJobRunner runner;
    private final MediaRelinker relinker;
    private final Callable<FaceService> faces;
    private final Supplier<ProjectDocument> document;
    private final Consumer<Edit> execute;
    private final MediaDialogs dialogs;
    private final BiConsumer<String, String> showError;
    private final Consumer<String> status;
    private final Runnable reanalyse;

    /**
     * @param faces     the face service, made on first use (on the worker: it loads models)
     * @param reanalyse runs after the edit (the studio re-analyses the take; the result joins the relink's undo step)
     */
    public RelinkMediaAction(FxJobRunner runner, MediaRelinker relinker, Callable<FaceService> faces,
                             Supplier<ProjectDocument> document, Consumer<Edit> execute, MediaDialogs dialogs,
                             BiConsumer<String, String> showError, Consumer<String> status, Runnable reanalyse) {
        this.runner = runner;
        this.relinker = relinker;
        this.faces = faces;
        this.document = document;
        this.execute = execute;
        this.dialogs = dialogs;
        this.showError = showError;
        this.status = status;
        this.reanalyse = reanalyse;
    }

    /** Asks for the replacement file, then relinks. */
    public void chooseAndRelink(String mediaId) {
        item(mediaId).ifPresent(m -> dialogs.chooseReplacement(m.fileName(), m.kind()).ifPresent(f -> relink(mediaId, f)));
    }

    /** Points item {@code mediaId} at {@code file}. */
    public void relink(String mediaId, Path file) {
        start(mediaId, "Relinking ", (p, folder, m, progress) -> relinker.relink(p, folder, m, file, progress));
    }

    /** The item takes what its own file (overwritten since import) holds now. */
    public void useChangedFile(String mediaId) {
        start(mediaId, "Reading ", (p, folder, m, progress) -> relinker.refresh(p, folder, m, progress));
    }

    private interface Describe {
        MediaRef run(Project p, Path folder, MediaRef old, Progress progress) throws IOException;
    }

    private void start(String mediaId, String verb, Describe describe) {
        ProjectDocument doc = document.get();
        Optional<MediaRef> found = item(mediaId);
        if (doc == null || found.isEmpty()) return;
        Path folder = doc.folder().orElse(null);
        if (folder == null) {
            showError.accept("Cannot relink", "Save the project first: media lives in the project folder.");
            return;
        }
        MediaRef old = found.get();
        Project project = doc.project();
        runner.submit(verb + old.fileName(), progress -> {
                    MediaRef next = describe.run(project, folder, old, progress);
                    return edit(project, folder, old, next, progress);
                }, e -> finish(doc, old, e),
                e -> showError.accept("Cannot relink " + old.fileName(), e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** The relink plus, for a picture whose content changed, a new face fit for each character made from it. */
    private Edit edit(Project p, Path folder, MediaRef old, MediaRef next, Progress progress) throws Exception {
        List<Edit> steps = new ArrayList<>();
        steps.add(MediaRelinker.edit(next));
        boolean newPicture = old.kind() != MediaKind.AUDIO && !Objects.equals(old.sha256(), next.sha256());
        if (newPicture) {
            List<Actor> using = p.actors().stream().filter(a -> old.id().equals(a.sourceMediaId())).toList();
            FaceService face = using.isEmpty() ? null : faces.call();
            for (Actor a : using) {
                progress.update(0.7, "fitting the face of " + a.name());
                steps.add(ActorEdits.setFace(a.id(), face.face(folder, next, a.faceIndex(), progress)));
            }
        }
        return Edit.compose("Relink " + next.fileName(), steps);
    }

    private void finish(ProjectDocument doc, MediaRef old, Edit edit) {
        if (document.get() != doc || doc.project().mediaById(old.id()).isEmpty()) return;
        long before = doc.revision();
        execute.accept(edit);
        if (doc.revision() == before) return; // refused (and said why)
        status.accept(edit.description());
        reanalyse.run();
    }

    private Optional<MediaRef> item(String mediaId) {
        ProjectDocument doc = document.get();
        return doc == null ? Optional.empty() : doc.project().mediaById(mediaId);
    }
}
