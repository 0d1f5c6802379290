package io.mouthpiece.ui.export;

import io.mouthpiece.core.task.JobHandle;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.service.TakeScene;
import io.mouthpiece.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The render queue: exports run one at a time in the order queued, in the background (the status bar shows the running
 * one too), each on a snapshot of the project taken when it was queued, so the user keeps editing meanwhile.
 * Per job: cancel (a queued job is dropped, a running one stops and leaves no file), retry when failed; finished jobs
 * can be cleared. FX thread only.
 */
public final class ExportQueueViewModel {
    /** Renders one order on the calling (worker) thread. */
    public interface Renderer {
        ExportResult render(ExportOrder order, Progress progress) throws Exception;

        /** The queue ran dry: release what rendering holds (its own GL context). Called on the FX thread. */
        default void idle() { }
    }

    private final FxJobRunner runner;
    private final Executor fxThread;
    private final Renderer renderer;
    private final LongSupplier nanoTime;
    // The extractor makes a job's state change an update of the list, so counts and "Clear Finished" follow it.
    private final ObservableList<QueueJob> jobs = FXCollections.observableArrayList(j -> new javafx.beans.Observable[]{j.stateProperty()});
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private QueueJob running;

    /** @param fxThread the thread that owns this view model ({@code Platform::runLater}; a drained queue in tests) */
    public ExportQueueViewModel(FxJobRunner runner, Executor fxThread, Renderer renderer, LongSupplier nanoTime) {
        this.runner = runner;
        this.fxThread = fxThread;
        this.renderer = renderer;
        this.nanoTime = nanoTime;
    }

    public ObservableList<QueueJob> jobs() { return FXCollections.unmodifiableObservableList(jobs); }

    /** True while a job renders or waits. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Queues {@code spec} on a snapshot of {@code scene}; starts at once when nothing else runs. */
    public QueueJob enqueue(TakeScene scene, Path projectFolder, ExportSpec spec) {
        return enqueue(ExportOrder.snapshot(scene, projectFolder, spec));
    }

    public QueueJob enqueue(ExportOrder order) {
        QueueJob j = new QueueJob(order);
        jobs.add(j);
        startNext();
        return j;
    }

    /** Stops a running job (no output is left) or drops a queued one. Finished jobs are left as they are. */
    public void cancel(QueueJob j) {
        switch (j.state()) {
            case QUEUED -> {
                j.finished(QueueJob.State.CANCELLED, nanoTime.getAsLong());
                refresh();
            }
            case RENDERING -> j.cancelHandle.run();
            default -> { }
        }
    }

    /** Puts a failed or cancelled job back at the end of the queue. */
    public void retry(QueueJob j) {
        if (j.state() != QueueJob.State.FAILED && j.state() != QueueJob.State.CANCELLED) return;
        jobs.remove(j);
        j.reset();
        jobs.add(j);
        startNext();
    }

    /** Removes every done, failed and cancelled job from the list. */
    public void clearFinished() {
        jobs.removeIf(j -> j.state().isFinished());
    }

    private void startNext() {
        if (running != null) return;
        QueueJob next = jobs.stream().filter(j -> j.state() == QueueJob.State.QUEUED).findFirst().orElse(null);
        if (next == null) {
            refresh();
            renderer.idle();
            return;
        }
        running = next;
        refresh();
        next.setState(QueueJob.State.RENDERING);
        next.startedNanos = nanoTime.getAsLong();
        next.progress(0, "starting", next.startedNanos);
        JobHandle<ExportResult> h = runner.submit("Exporting " + next.name(),
                progress -> renderer.render(next.order(), new RowProgress(progress, next)),
                r -> next.done(r, nanoTime.getAsLong()),
                e -> next.failed(Failures.human(e), Failures.causes(e), nanoTime.getAsLong()),
                () -> {
                    if (next.state() == QueueJob.State.RENDERING) next.finished(QueueJob.State.CANCELLED, nanoTime.getAsLong());
                    running = null;
                    startNext();
                });
        next.cancelHandle = h::cancel;
    }

    private void refresh() {
        busy.set(running != null || jobs.stream().anyMatch(j -> j.state() == QueueJob.State.QUEUED));
    }

    /** Passes progress to the job's handle and, coalesced, to the row on the FX thread. */
    private final class RowProgress implements Progress {
        private final Progress handle;
        private final QueueJob row;
        private final AtomicReference<Runnable> pending = new AtomicReference<>();

        RowProgress(Progress handle, QueueJob row) {
            this.handle = handle;
            this.row = row;
        }

        @Override
        public void update(double fraction, String message) {
            handle.update(fraction, message);
            long now = nanoTime.getAsLong();
            Runnable show = () -> {
                if (row.state() == QueueJob.State.RENDERING) row.progress(fraction, message, now);
            };
            if (pending.getAndSet(show) == null) fxThread.execute(() -> pending.getAndSet(null).run());
        }

        @Override
        public boolean isCancelled() { return handle.isCancelled(); }
    }
}
