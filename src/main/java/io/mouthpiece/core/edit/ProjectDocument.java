package io.mouthpiece.core.edit;

import io.mouthpiece.core.project.Project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An open project: the current snapshot, its undo/redo history and its folder. Not thread-safe: one owner thread
 * (the FX thread in the studio, the main thread in the CLI) executes edits; workers compute results and hand an
 * Edit back to that thread. A revision counter tells whether the document differs from what was last saved.
 */
public final class ProjectDocument {
    private record Step(Edit edit, Project before, Project after, long revisionBefore, long revisionAfter) {}

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int historyLimit;
    private Project project;
    private Path folder;
    private long revision;
    private long nextRevision = 1;
    private long savedRevision;
    private boolean executing;

    public ProjectDocument(Project project, Path folder) {
        this(project, folder, 500);
    }

    public ProjectDocument(Project project, Path folder, int historyLimit) {
        this.project = Objects.requireNonNull(project);
        this.folder = folder;
        this.historyLimit = historyLimit;
    }

    public Project project() { return project; }

    public Optional<Path> folder() { return Optional.ofNullable(folder); }

    /** Applies {@code edit}, records it for undo and clears redo. An edit that throws leaves everything unchanged. */
    public void execute(Edit edit) {
        Project after = applyToCurrent(edit);
        if (after.equals(project)) return; // a no-op edit is not an undo step
        long r = nextRevision++;
        undo.push(new Step(edit, project, after, revision, r));
        if (undo.size() > historyLimit) undo.removeLast();
        redo.clear();
        project = after;
        revision = r;
        fire();
    }

    /**
     * Folds {@code followUp} into the last undo step, so that one undo reverts both: a background result that
     * belongs to a user's edit (the lip sync recomputed after a dialogue clip moved) must not be a separate step,
     * or a single undo would leave the moved clip with curves analysed for it. Only done while the document is
     * still at {@code expectedRevision} (nothing happened since the edit); otherwise nothing changes.
     *
     * @return whether it was folded in (false: the document moved on, or there is no step to amend)
     */
    public boolean amend(Edit followUp, long expectedRevision) {
        if (revision != expectedRevision || undo.isEmpty() || undo.peek().revisionAfter != revision) return false;
        Project after = applyToCurrent(followUp);
        if (after.equals(project)) return true;
        Step top = undo.pop();
        long r = nextRevision++;
        undo.push(new Step(top.edit, top.before, after, top.revisionBefore, r));
        redo.clear();
        project = after;
        revision = r;
        fire();
        return true;
    }

    /**
     * Adds derived content to a document that was just opened and is untouched — the analysis of a take saved without
     * it — with no undo step, and a clean document stays clean: closing it loses nothing the next open cannot compute
     * again (from the analysis cache), and Undo does not strip the face and curves the user never asked to remove.
     *
     * @return false when the document is no longer as opened (an edit, an undo, unsaved recovered content): the caller
     *         then executes the edit as usual
     */
    public boolean completeOpened(Edit derived, long expectedRevision) {
        if (revision != expectedRevision || !undo.isEmpty() || !redo.isEmpty() || isDirty()) return false;
        Project after = applyToCurrent(derived);
        if (after.equals(project)) return true;
        project = after;
        revision = nextRevision++;
        savedRevision = revision;
        fire();
        return true;
    }

    private Project applyToCurrent(Edit edit) {
        if (executing) throw new IllegalStateException("an edit may not execute another edit; compose them instead");
        executing = true;
        try {
            return Objects.requireNonNull(edit.apply(project), "edit returned null");
        } finally {
            executing = false;
        }
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    public Optional<String> undoDescription() { return Optional.ofNullable(undo.peek()).map(s -> s.edit.description()); }

    public Optional<String> redoDescription() { return Optional.ofNullable(redo.peek()).map(s -> s.edit.description()); }

    public void undo() {
        Step s = undo.pop();
        redo.push(s);
        project = s.before;
        revision = s.revisionBefore;
        fire();
    }

    public void redo() {
        Step s = redo.pop();
        undo.push(s);
        project = s.after;
        revision = s.revisionAfter;
        fire();
    }

    /** Identifies the content state: equal revisions mean equal projects within this document's history. */
    public long revision() { return revision; }

    public boolean isDirty() { return revision != savedRevision; }

    /** Call after a successful save to {@code savedTo}. */
    public void markSaved(Path savedTo) {
        folder = savedTo;
        savedRevision = revision;
        fire();
    }

    /** Replaces the whole content without history (e.g. after recovery), marking it unsaved. */
    public void replaceAll(Project p) {
        project = Objects.requireNonNull(p);
        undo.clear();
        redo.clear();
        revision = nextRevision++;
        fire();
    }

    public void addListener(Runnable l) { listeners.add(l); }

    public void removeListener(Runnable l) { listeners.remove(l); }

    private void fire() {
        for (Runnable l : listeners) l.run();
    }
}
