package io.mouthpiece.ui.shell;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.persist.Autosaver;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.ui.task.FxJobRunner;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic autosave of the open document. The snapshot is taken on the FX thread (projects are immutable, so that
 * is free) and written by a background job. Autosaves of a project are deleted once it is saved or closed cleanly,
 * so whatever remains at the next start came from a crash.
 */
public final class AutosaveScheduler {
    private static final Logger log = LoggerFactory.getLogger(AutosaveScheduler.class);

    private final Autosaver autosaver;
    private final FxJobRunner jobs;
    private final MainWindowViewModel vm;
    private Timeline timer;
    private ProjectDocument lastDocument;
    private long lastWrittenRevision = -1;

    public AutosaveScheduler(Autosaver autosaver, FxJobRunner jobs, MainWindowViewModel vm) {
        this.autosaver = autosaver;
        this.jobs = jobs;
        this.vm = vm;
        vm.documentProperty().subscribe((old, doc) -> {
            if (old != null) discard(old.project());
            lastDocument = doc;
            lastWrittenRevision = -1;
        });
        vm.dirtyProperty().subscribe(dirty -> {
            if (!dirty && lastDocument != null) discard(lastDocument.project()); // saved: snapshots are stale
        });
    }

    public void start(java.time.Duration interval) {
        timer = new Timeline(new KeyFrame(Duration.millis(interval.toMillis()), e -> autosaveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Writes a snapshot when the document changed since the last one. */
    public void autosaveNow() {
        ProjectDocument doc = vm.getDocument();
        if (doc == null || !doc.isDirty() || doc.revision() == lastWrittenRevision) return;
        Project snapshot = doc.project();
        Path folder = doc.folder().orElse(null);
        long revision = doc.revision();
        jobs.submit("Autosave", progress -> autosaver.save(snapshot, folder),
                path -> lastWrittenRevision = revision,
                error -> log.warn("autosave failed: {}", error.getMessage()));
    }

    /** A clean close: stop the timer and remove this session's snapshots. */
    public void stop() {
        if (timer != null) timer.stop();
        if (lastDocument != null) discard(lastDocument.project());
    }

    private void discard(Project p) {
        try {
            autosaver.discard(p.id());
        } catch (IOException e) {
            log.warn("cannot remove autosaves of {}: {}", p.name(), e.getMessage());
        }
    }
}
