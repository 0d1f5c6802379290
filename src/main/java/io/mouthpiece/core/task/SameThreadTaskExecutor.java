package io.mouthpiece.core.task;

/** Runs each job to completion inside {@code submit}: deterministic, for tests and the command line. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> JobHandle<T> submit(String title, Job<T> job) {
        JobHandle<T> h = new JobHandle<>(title);
        h.run(job);
        return h;
    }
}
