package io.mouthpiece.ui.task;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Measures how responsive the FX thread stays while background jobs run: from when {@code busy} turns true until it
 * turns false it watches the gaps between pulses (60 a second when the thread is free) and reports the longest one.
 * It proves the "never block the FX thread" rule on real work, e.g. a 90 s take analysing; the studio logs it.
 */
public final class FxStallMeter {
    private final LongConsumer report;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) longest = Math.max(longest, now - last);
            last = now;
        }
    };
    private long last;
    private long longest;

    /** @param report receives the longest gap in nanoseconds each time the jobs end */
    public FxStallMeter(ObservableBooleanValue busy, LongConsumer report) {
        this.report = report;
        busy.subscribe(b -> {
            if (b) start();
            else stop();
        });
    }

    private void start() {
        last = 0;
        longest = 0;
        timer.start();
    }

    private void stop() {
        timer.stop();
        if (last != 0) report.accept(longest);
        last = 0;
    }
}
