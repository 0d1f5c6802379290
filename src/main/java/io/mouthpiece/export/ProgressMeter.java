package io.mouthpiece.export;

import io.mouthpiece.core.task.Progress;

import java.util.Locale;
import java.util.function.LongSupplier;

/** Reports "frame N/M, X fps, Y s left" at most ten times a second, and checks for cancel on every frame. */
final class ProgressMeter {
    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final Progress progress;
    private final long total;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastReport = Long.MIN_VALUE;

    ProgressMeter(Progress progress, long total, LongSupplier nanoTime) {
        this.progress = progress;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** Call after each finished frame; throws CancelledException when the job was cancelled. */
    void frameDone(long done) {
        progress.checkCancelled();
        long now = nanoTime.getAsLong();
        if (done < total && lastReport != Long.MIN_VALUE && now - lastReport < MIN_INTERVAL_NANOS) return;
        lastReport = now;
        progress.update(total == 0 ? 1 : (double) done / total, message(done, now - start));
    }

    String message(long done, long elapsedNanos) {
        double secs = elapsedNanos / 1e9;
        double fps = secs > 0 ? done / secs : 0;
        String left = fps > 0 ? String.format(Locale.ROOT, "%.0f s left", (total - done) / fps) : "time left unknown";
        return String.format(Locale.ROOT, "frame %d/%d, %.1f fps, %s", done, total, fps, left);
    }
}
