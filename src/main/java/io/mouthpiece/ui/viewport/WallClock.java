package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.time.Rational;
import java.util.function.LongSupplier;

/** Playback against a monotonic nanosecond clock: take time = start + elapsed × speed, exact in nanoseconds. */
public final class WallClock implements PlaybackClock {
    private static final long NANOS = 1_000_000_000L;
    private final LongSupplier nanoTime;
    private volatile Rational from = Rational.ZERO;
    private volatile long startNanos;
    private volatile int speed;

    public WallClock(LongSupplier nanoTime) { this.nanoTime = nanoTime; }

    public static WallClock system() { return new WallClock(System::nanoTime); }

    @Override
    public void start(Rational from, int speed) {
        this.from = from;
        this.speed = speed;
        this.startNanos = nanoTime.getAsLong();
    }

    @Override
    public Rational now() {
        long elapsed = nanoTime.getAsLong() - startNanos;
        return from.add(Rational.of(Math.multiplyExact(elapsed, (long) speed), NANOS));
    }

    @Override
    public void stop() { speed = 0; }
}
