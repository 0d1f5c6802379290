package io.mouthpiece.ui.task;

import io.mouthpiece.core.task.CancelledException;
import io.mouthpiece.core.task.Job;
import io.mouthpiece.core.task.JobHandle;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.task.TaskExecutor;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one adapter between background jobs and the FX thread. Jobs run on the core {@link TaskExecutor}; their
 * progress and outcome are handed to {@code fxThread} ({@code Platform::runLater} in the studio, {@code Runnable::run}
 * in tests), so callbacks and {@link JobsViewModel} are only ever touched on that thread.
 */
public final class FxJobRunner {
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final JobsViewModel jobs;

    public FxJobRunner(TaskExecutor executor, Executor fxThread, JobsViewModel jobs) {
        this.executor = executor;
        this.fxThread = fxThread;
        this.jobs = jobs;
    }

    /**
     * Runs {@code job} in the background and shows it in the status bar. Call on the FX thread.
     * @param onSuccess runs on the FX thread with the result
     * @param onFailure runs on the FX thread with the error (not for cancellation)
     */
    public <T> JobHandle<T> submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(title, job, onSuccess, onFailure, () -> { });
    }

    /** As {@link #submit(String, Job, Consumer, Consumer)}; {@code onEnd} runs on the FX thread after any outcome, cancel included. */
    public <T> JobHandle<T> submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                   Runnable onEnd) {
        JobsViewModel.ActiveJob active = jobs.started(title);
        // The job reports through this wrapper rather than handle listeners, which may be attached too late
        // (a same-thread executor finishes inside submit).
        JobHandle<T> handle = executor.submit(title, progress -> job.run(new Reporter(progress, active)));
        active.attach(handle::cancel);
        handle.result().whenComplete((value, error) -> fxThread.execute(() -> {
            active.finished();
            try {
                switch (handle.state()) {
                    case SUCCEEDED -> onSuccess.accept(value);
                    case FAILED -> onFailure.accept(handle.failure());
                    default -> { } // cancelled: the user asked for it, nothing to report
                }
            } finally {
                onEnd.run();
            }
        }));
        return handle;
    }

    /** Forwards progress to the job's handle and, coalesced, to the FX thread; adds the status bar's cancel. */
    private final class Reporter implements Progress {
        private final Progress handle;
        private final JobsViewModel.ActiveJob active;
        private final AtomicReference<Runnable> pending = new AtomicReference<>();

        Reporter(Progress handle, JobsViewModel.ActiveJob active) {
            this.handle = handle;
            this.active = active;
            if (active.cancelRequested()) throw new CancelledException();
        }

        @Override
        public void update(double fraction, String message) {
            handle.update(fraction, message);
            // Only the newest update matters; post at most one at a time so a chatty job cannot flood the FX queue.
            Runnable show = () -> active.update(fraction, message);
            if (pending.getAndSet(show) == null) {
                fxThread.execute(() -> pending.getAndSet(null).run());
            }
        }

        @Override
        public boolean isCancelled() {
            return handle.isCancelled() || active.cancelRequested();
        }
    }
}
