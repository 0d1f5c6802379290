package io.mouthpiece.core.task;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A submitted job's observable state: progress, message, state, result. Listeners run on the job's thread; a UI
 * adapter moves them to its own thread.
 */
public final class JobHandle<T> implements Progress {
    private final String title;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final List<Consumer<JobHandle<T>>> listeners = new CopyOnWriteArrayList<>();
    private volatile JobState state = JobState.QUEUED;
    private volatile double fraction;
    private volatile String message = "";
    private volatile boolean cancelRequested;
    private volatile Throwable failure;

    JobHandle(String title) { this.title = title; }

    public String title() { return title; }

    public JobState state() { return state; }

    public double fraction() { return fraction; }

    public String message() { return message; }

    public Throwable failure() { return failure; }

    public CompletableFuture<T> result() { return result; }

    /** Asks the job to stop at its next check; a queued job never starts. */
    public void cancel() {
        cancelRequested = true;
        if (state == JobState.QUEUED) finish(JobState.CANCELLED, null, null);
    }

    public void addListener(Consumer<JobHandle<T>> l) { listeners.add(l); }

    @Override
    public void update(double f, String msg) {
        fraction = Math.max(0, Math.min(1, f));
        if (msg != null) message = msg;
        fire();
    }

    @Override
    public boolean isCancelled() { return cancelRequested; }

    void run(Job<T> job) {
        if (state != JobState.QUEUED) return;
        state = JobState.RUNNING;
        fire();
        try {
            checkCancelled();
            T value = job.run(this);
            if (cancelRequested) finish(JobState.CANCELLED, null, null);
            else {
                fraction = 1;
                finish(JobState.SUCCEEDED, value, null);
            }
        } catch (CancelledException e) {
            finish(JobState.CANCELLED, null, null);
        } catch (Exception | Error e) {
            finish(JobState.FAILED, null, e);
        }
    }

    private synchronized void finish(JobState s, T value, Throwable t) {
        if (state.isFinished()) return;
        failure = t;
        state = s;
        fire();
        switch (s) {
            case SUCCEEDED -> result.complete(value);
            case CANCELLED -> result.cancel(false);
            default -> result.completeExceptionally(t);
        }
    }

    private void fire() {
        for (Consumer<JobHandle<T>> l : listeners) l.accept(this);
    }
}
