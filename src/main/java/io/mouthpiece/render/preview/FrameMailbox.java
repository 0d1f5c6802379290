package io.mouthpiece.render.preview;

import io.mouthpiece.render.gl.Frame;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A one-slot, newest-wins hand-over from the render thread to the UI: publishing replaces (and recycles) a frame
 * the consumer has not taken yet, so the UI always shows the latest frame and never queues stale ones.
 */
public final class FrameMailbox {
    private final AtomicReference<Frame> slot = new AtomicReference<>();

    /** Puts {@code frame} in the slot; a frame still waiting there goes back to its pool. */
    public void publish(Frame frame) {
        Frame old = slot.getAndSet(frame);
        if (old != null) old.release();
    }

    /** Takes the newest frame, or null when none arrived since the last take. The caller must release it. */
    public Frame take() {
        return slot.getAndSet(null);
    }

    /** Recycles a waiting frame, if any. */
    public void clear() {
        Frame old = slot.getAndSet(null);
        if (old != null) old.release();
    }
}
