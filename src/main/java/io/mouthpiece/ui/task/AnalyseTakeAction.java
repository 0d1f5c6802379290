package io.mouthpiece.ui.task;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.service.CharacterRigs;
import io.mouthpiece.service.TakeAnalysis;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Take → Analyse: runs {@link TakeAnalysis} (faces not yet analysed, lip sync of every speaker) as a background job
 * with progress and cancel in the status bar, then executes its edit on the FX thread, so it is one undo step.
 * Also decides whether a freshly opened project needs it ({@link #needed}).
 */
public final class AnalyseTakeAction {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnalyseTakeAction.class);
    private final FxJobRunner runner;
    private final Callable<TakeAnalysis> analysis;
    private final Supplier<ProjectDocument> document;
    private final Consumer<Edit> execute;
    private final Consumer<Throwable> onError;
    /** The take the studio shows in the given project (the user's chosen take). */
    private final java.util.function.Function<Project, Take> currentTake;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** A follow-up is owed: asked for while an analysis ran, or its result came back stale. Runs when this one ends. */
    private boolean rerun;

    /**
     * @param analysis the service, made on first use (on the worker: it loads models)
     * @param execute runs the finished edit on the current document (undoable)
     */
    public AnalyseTakeAction(FxJobRunner runner, Callable<TakeAnalysis> analysis, Supplier<ProjectDocument> document,
                             java.util.function.Function<Project, Take> currentTake, Consumer<Edit> execute,
                             Consumer<Throwable> onError) {
        this.runner = runner;
        this.currentTake = currentTake;
        this.analysis = analysis;
        this.document = document;
        this.execute = execute;
        this.onError = onError;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** True when take {@code t} has a picture and some character on it lacks a face or generated motion. */
    public static boolean needed(Project p, Take t) {
        if (t == null || t.pictureMediaId() == null) return false;
        for (Actor a : p.actors()) {
            if (!Objects.equals(a.sourceMediaId(), t.pictureMediaId())) continue;
            if (!CharacterRigs.isRigged(a) || t.motionOf(a.id()).isEmpty()) return true;
        }
        return false;
    }

    /** Starts the analysis of the current take (FX thread); ignored while one runs. Errors go to the dialog. */
    public void run() { run(onError); }

    /** As {@link #run()}, reporting errors to {@code errors} (the automatic run on open uses the status bar). */
    public void run(Consumer<Throwable> errors) { start(errors, Mode.ASKED); }

    /**
     * Analyses the current take of a project just opened without its analysis: the result completes the document as
     * opened ({@link ProjectDocument#completeOpened}: no undo step, no unsaved marker), unless the user changed it
     * meanwhile, when it becomes an undo step as usual.
     */
    public void runOnOpen(Consumer<Throwable> errors) { start(errors, Mode.ON_OPEN); }

    /**
     * The analysis that follows the user's own edit (pairing a clip, moving, trimming or deleting one, a transcript,
     * a new character): its result joins that edit's undo step, so one Ctrl+Z takes back the edit and the curves
     * computed for it together. Asked for while an analysis runs, it waits for that one to end (which would miss the
     * edit). When the document changes while it runs (another edit, an undo) the result is stale: it is dropped and
     * the analysis runs again on what is there then.
     */
    public void runFollowUp() {
        if (running.get()) rerun = true;
        else start(onError, Mode.FOLLOW_UP);
    }

    private enum Mode { ASKED, ON_OPEN, FOLLOW_UP }

    private void start(Consumer<Throwable> errors, Mode mode) {
        ProjectDocument doc = document.get();
        if (running.get() || doc == null) return;
        Project p = doc.project();
        Take take = currentTake.apply(p);
        if (take == null || take.pictureMediaId() == null) {
            errors.accept(new IllegalArgumentException("This project has no take with a picture to analyse yet."));
            return;
        }
        Path folder = doc.folder().orElse(null);
        if (folder == null) {
            errors.accept(new IllegalArgumentException("Save the project first: the analysis reads its media from the project folder."));
            return;
        }
        running.set(true);
        long began = System.nanoTime();
        long revision = doc.revision();
        runner.submit("Analysing " + take.name(),
                progress -> analysis.call().analyseTake(p, folder, take.id(), progress),
                edit -> {
                    log.info("analysed take '{}' in {} ms", take.name(), (System.nanoTime() - began) / 1_000_000);
                    // The user may have opened another project meanwhile: the edit belongs to this document only.
                    if (document.get() != doc) return;
                    if (mode == Mode.ON_OPEN) {
                        if (!doc.completeOpened(edit, revision)) execute.accept(edit);
                    } else if (mode == Mode.ASKED) {
                        execute.accept(edit);
                    } else if (doc.revision() != revision) {
                        rerun = true;
                    } else {
                        amend(doc, edit, revision, errors);
                    }
                },
                errors,
                () -> {
                    running.set(false);
                    if (rerun) {
                        rerun = false;
                        runFollowUp();
                    }
                });
    }

    private void amend(ProjectDocument doc, Edit edit, long revision, Consumer<Throwable> errors) {
        try {
            if (!doc.amend(edit, revision)) execute.accept(edit); // nothing to join (a fresh document): its own step
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            errors.accept(e);
        }
    }
}
