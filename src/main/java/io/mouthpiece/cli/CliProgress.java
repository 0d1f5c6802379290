package io.mouthpiece.cli;

import io.mouthpiece.core.task.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A long job's progress on standard error: every 10 % for a person ("rendering  40%  Frame 61 of 152"), every 1 % as
 * {@code progress 0.41 stage:message} lines with {@code --machine-readable}. Commands cannot be cancelled from here.
 */
final class CliProgress {
    private CliProgress() {}

    static Progress printing(PrintWriter err, String stage, boolean machine) {
        return new Progress() {
            private long last = -1;

            @Override
            public void update(double fraction, String message) {
                long step = machine ? Math.round(fraction * 100) : Math.round(fraction * 10);
                if (step == last) return;
                last = step;
                if (machine) err.printf(Locale.ROOT, "progress %.2f %s%n", fraction, (stage + ":" + message).replace(' ', '_'));
                else err.printf(Locale.ROOT, "%s %3d%%  %s%n", stage, Math.round(fraction * 100), message);
                err.flush();
            }

            @Override public boolean isCancelled() { return false; }
        };
    }
}
