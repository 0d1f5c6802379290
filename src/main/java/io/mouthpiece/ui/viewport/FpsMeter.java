package io.mouthpiece.ui.viewport;

/** Frames shown per second over the last whole second, from pulse timestamps (ns). */
final class FpsMeter {
    private long windowStart = -1;
    private int count;
    private double fps;

    void frame(long now) {
        if (windowStart < 0) windowStart = now;
        count++;
    }

    /** Closes the window once a second has passed; true when {@link #fps()} changed. */
    boolean update(long now) {
        if (windowStart < 0) windowStart = now;
        long dt = now - windowStart;
        if (dt < 1_000_000_000L) return false;
        fps = count * 1e9 / dt;
        count = 0;
        windowStart = now;
        return true;
    }

    double fps() { return fps; }
}
