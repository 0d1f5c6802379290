package io.mouthpiece.core.task;

/** Runs long jobs (analysis, export) off the caller's thread, with progress and cancel. */
public interface TaskExecutor extends AutoCloseable {
    <T> JobHandle<T> submit(String title, Job<T> job);

    @Override
    default void close() { }
}
