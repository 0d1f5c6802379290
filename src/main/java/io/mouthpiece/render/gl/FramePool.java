package io.mouthpiece.render.gl;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small fixed set of same-sized direct frame buffers (one ARGB int per pixel, rows top-down). A frame goes
 * renderer → mailbox → consumer → back here; with three buffers the renderer never waits unless the consumer
 * keeps more than one. {@link #acquire()} blocks while all are out.
 */
public final class FramePool {
    private final int width;
    private final int height;
    private final Deque<Frame> free = new ArrayDeque<>();
    private final int capacity;

    public FramePool(int width, int height, int capacity) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
        if (capacity < 1) throw new IllegalArgumentException("pool capacity must be at least 1");
        this.width = width;
        this.height = height;
        this.capacity = capacity;
        for (int i = 0; i < capacity; i++) free.add(new Frame(width, height, this));
    }

    public int width() { return width; }

    public int height() { return height; }

    public int capacity() { return capacity; }

    /** Takes a free frame, waiting while all are in use. */
    public synchronized Frame acquire() throws InterruptedException {
        while (free.isEmpty()) wait();
        return free.pop();
    }

    /** Takes a free frame, or null when all are in use. */
    public synchronized Frame tryAcquire() {
        return free.poll();
    }

    synchronized void release(Frame f) {
        if (free.contains(f)) throw new IllegalStateException("frame released twice");
        free.push(f);
        notifyAll();
    }

    public synchronized int available() { return free.size(); }
}
