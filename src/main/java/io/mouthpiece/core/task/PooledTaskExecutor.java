package io.mouthpiece.core.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of daemon worker threads. */
public final class PooledTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;

    public PooledTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory f = r -> {
            Thread t = new Thread(r, "mouthpiece-job-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        pool = Executors.newFixedThreadPool(threads, f);
    }

    @Override
    public <T> JobHandle<T> submit(String title, Job<T> job) {
        JobHandle<T> h = new JobHandle<>(title);
        pool.execute(() -> h.run(job));
        return h;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
