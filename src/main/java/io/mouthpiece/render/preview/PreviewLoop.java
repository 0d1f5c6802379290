package io.mouthpiece.render.preview;

import io.mouthpiece.render.FrameRenderer;
import io.mouthpiece.render.gl.Frame;
import io.mouthpiece.render.gl.FramePool;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A paced live preview, independent of any UI toolkit. The consumer (e.g. a JavaFX {@code AnimationTimer}) calls
 * {@link #requestFrame()} once per screen pulse; the loop thread then asks {@code source} what to show, renders
 * one frame into a pooled buffer and {@link FrameMailbox#publish publishes} it. Unpaced, a CPU GL renders
 * hundreds of frames per second nobody sees. An unchanged request is not rendered again (a paused playhead costs
 * nothing). Three pooled frames suffice: one rendering, one in the mailbox, one on screen.
 *
 * <pre>{@code
 * // FX thread, each pulse (AnimationTimer.handle):
 * Frame f = loop.mailbox().take();
 * if (f != null) {
 *     // size the PixelBuffer<IntBuffer> (IntArgbPre) to f.width() x f.height(), then copy with an ABSOLUTE put:
 *     pixelBuffer.updateBuffer(pb -> { pb.getBuffer().put(0, f.ints(), 0, f.width() * f.height()); return null; });
 *     f.release();
 * }
 * loop.requestFrame();
 * }</pre>
 * Errors from the renderer go to {@code onError} (on the loop thread) and the loop keeps running; when GL cannot
 * start at all, {@code GlThread.start} throws {@code GlUnavailableException} before a loop exists, and the UI
 * shows a notice instead of a viewport.
 */
public final class PreviewLoop implements AutoCloseable {
    private static final int POOL_FRAMES = 3;

    private final FrameRenderer renderer;
    private final Supplier<PreviewRequest> source;
    private final Consumer<Throwable> onError;
    private final FrameMailbox mailbox = new FrameMailbox();
    private final Semaphore permits = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;
    private FramePool pool;              // loop thread only
    private PreviewRequest last;         // loop thread only
    private volatile long rendered;

    /**
     * @param source  called on the loop thread; returns what to show now, or null for nothing
     */
    public PreviewLoop(FrameRenderer renderer, Supplier<PreviewRequest> source, Consumer<Throwable> onError) {
        this.renderer = renderer;
        this.source = source;
        this.onError = onError;
        thread = new Thread(this::run, "preview-loop");
        thread.setDaemon(true);
        thread.start();
    }

    public FrameMailbox mailbox() { return mailbox; }

    /** Lets the loop render one more frame (call once per display pulse). Extra calls coalesce. */
    public void requestFrame() {
        if (permits.availablePermits() == 0) permits.release();
    }

    /** Forgets the last request so the next permit renders even if nothing changed (e.g. after a resize). */
    public void invalidate() {
        invalidated = true;
        requestFrame();
    }

    private volatile boolean invalidated;

    /** Frames rendered so far (for tests and a frame-rate readout). */
    public long renderedFrames() { return rendered; }

    private void run() {
        while (running) {
            try {
                permits.acquire();
                permits.drainPermits();
                if (!running) break;
                PreviewRequest req = source.get();
                if (req == null) continue;
                if (!invalidated && req.samePicture(last)) continue;
                invalidated = false;
                if (pool == null || pool.width() != req.width() || pool.height() != req.height()) {
                    pool = new FramePool(req.width(), req.height(), POOL_FRAMES);
                }
                Frame f = pool.acquire();
                try {
                    renderer.render(req.scene(), req.poses(), f);
                } catch (RuntimeException e) {
                    f.release();
                    throw e;
                }
                last = req;
                rendered++;
                mailbox.publish(f);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }
    }

    /** Stops the loop thread (the renderer and its GL thread stay open; their owner closes them). */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mailbox.clear();
    }
}
