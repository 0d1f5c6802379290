package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.time.Rational;

/**
 * Where the playhead is while playing: started at a take time and a speed, it answers the current take time (exact,
 * on any thread). The audio device's clock when sound plays, else the wall clock.
 */
public interface PlaybackClock {
    /** Starts counting from {@code from} at {@code speed} times real time (negative plays backwards). */
    void start(Rational from, int speed);

    /** The take time now; only meaningful between {@link #start} and {@link #stop}. */
    Rational now();

    void stop();
}
