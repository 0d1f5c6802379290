package io.mouthpiece.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.task.JobState;
import io.mouthpiece.core.task.PooledTaskExecutor;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FxJobRunnerTest {
    final JobsViewModel jobs = new JobsViewModel();
    final List<String> seen = new ArrayList<>();

    @Test
    void progressShowsWhileRunningAndTheResultArrivesOnce() {
        FxJobRunner runner = new FxJobRunner(new SameThreadTaskExecutor(), Runnable::run, jobs);
        AtomicReference<Integer> result = new AtomicReference<>();
        runner.submit("Analyse", p -> {
            p.update(0.5, "half way");
            seen.add(jobs.textProperty().get() + " @" + jobs.progressProperty().get());
            return 42;
        }, result::set, e -> seen.add("failed"));
        assertEquals(List.of("Analyse \u2014 half way @0.5"), seen);
        assertEquals(42, result.get());
        assertFalse(jobs.busyProperty().get());
        assertEquals("", jobs.textProperty().get());
    }

    @Test
    void failuresReachTheFailureCallbackAndCancellationReachesNeither() {
        FxJobRunner runner = new FxJobRunner(new SameThreadTaskExecutor(), Runnable::run, jobs);
        var failed = runner.submit("Broken", p -> { throw new IllegalStateException("no face found"); },
                v -> seen.add("ok"), e -> seen.add("failed: " + e.getMessage()));
        var cancelled = runner.submit("Long", p -> {
            jobs.cancelNewest();          // the user presses the status bar's cancel button
            p.checkCancelled();
            return "never";
        }, v -> seen.add("ok"), e -> seen.add("failed"));
        assertEquals(List.of("failed: no face found"), seen);
        assertEquals(JobState.FAILED, failed.state());
        assertEquals(JobState.CANCELLED, cancelled.state());
        assertTrue(jobs.active().isEmpty());
    }

    @Test
    void callbacksRunOnTheGivenThreadNotTheWorker() throws Exception {
        LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        try (PooledTaskExecutor pool = new PooledTaskExecutor(1)) {
            FxJobRunner runner = new FxJobRunner(pool, fxQueue::add, jobs);
            AtomicReference<String> callbackThread = new AtomicReference<>();
            runner.submit("Work", p -> Thread.currentThread().getName(),
                    worker -> callbackThread.set(Thread.currentThread().getName() + " after " + worker), e -> { });
            // Drain like the FX thread would until the success callback has run.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (callbackThread.get() == null && System.nanoTime() < deadline) {
                Runnable r = fxQueue.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) r.run();
            }
            assertTrue(callbackThread.get().startsWith(Thread.currentThread().getName() + " after mouthpiece-job-"),
                    callbackThread.get());
        }
    }
}
