package io.mouthpiece.render.gl;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that owns an offscreen OpenGL 3.3 core context. Every GL call runs here: submit work with
 * {@link #submit(Callable)} (or {@link #call(Callable)} to wait). No GL call may run on any other thread.
 * Starting fails fast with a {@link GlUnavailableException} when no context can be made, so callers can show a
 * notice instead of crashing.
 */
public final class GlThread implements AutoCloseable {
    private final ExecutorService executor;
    private final GlContext context;
    private volatile Thread thread;
    private volatile boolean closed;

    private GlThread(String name) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        try {
            context = executor.submit(GlContext::createCurrent).get();
        } catch (ExecutionException e) {
            executor.shutdownNow();
            if (e.getCause() instanceof GlUnavailableException g) throw g;
            throw new GlUnavailableException("OpenGL start failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            throw new GlUnavailableException("interrupted while starting OpenGL", e);
        }
    }

    /** Starts the thread and creates its context; blocks until the context exists. */
    public static GlThread start(String name) {
        return new GlThread(name);
    }

    /** The context's platform, renderer and version. */
    public String description() { return context.description(); }

    /** True when called from this GL thread. */
    public boolean isGlThread() { return Thread.currentThread() == thread; }

    /** Runs {@code work} on the GL thread. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        if (closed) return CompletableFuture.failedFuture(new IllegalStateException("GL thread is closed"));
        CompletableFuture<T> f = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    f.complete(work.call());
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
        } catch (RuntimeException rejected) {
            f.completeExceptionally(new IllegalStateException("GL thread is closed", rejected));
        }
        return f;
    }

    /**
     * Runs {@code work} on the GL thread and waits for it; runs it directly when already on the GL thread.
     * Exceptions thrown by the work come back unwrapped when unchecked.
     */
    public <T> T call(Callable<T> work) {
        if (isGlThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GL thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Destroys the context on its own thread after the queued work, then stops the thread. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        executor.execute(context::close);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
