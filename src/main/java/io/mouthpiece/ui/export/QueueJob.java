package io.mouthpiece.ui.export;

import io.mouthpiece.export.ExportResult;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the render queue. FX thread only; {@link ExportQueueViewModel} moves it through its states. */
public final class QueueJob {
    public enum State {
        QUEUED("Queued"), RENDERING("Rendering"), DONE("Done"), FAILED("Failed"), CANCELLED("Cancelled");
        private final String label;
        State(String label) { this.label = label; }
        public boolean isFinished() { return this == DONE || this == FAILED || this == CANCELLED; }
        @Override public String toString() { return label; }
    }

    private final ExportOrder order;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.QUEUED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper(this, "timing", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String details = "";
    private ExportResult result;
    long startedNanos;
    Runnable cancelHandle = () -> { };

    QueueJob(ExportOrder order) { this.order = order; }

    public ExportOrder order() { return order; }

    public String name() { return order.name(); }

    public String preset() { return order.spec().presetLabel(); }

    /** The file (or PNG folder) this job writes. */
    public Path output() { return order.spec().output().toAbsolutePath(); }

    public State state() { return state.get(); }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    /** 0..1 while rendering, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** "0:03 elapsed · 0:05 left" while rendering, "took 0:08" when done. */
    public ReadOnlyStringProperty timingProperty() { return timing.getReadOnlyProperty(); }

    /** The renderer's line while running; the error's human message when failed. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The error's causes, one per line (no stack trace), for an expandable details area. */
    public String details() { return details; }

    /** What was written (null until done). */
    public ExportResult result() { return result; }

    void setState(State s) { state.set(s); }

    void progress(double f, String msg, long now) {
        progress.set(f);
        if (msg != null) message.set(msg);
        double secs = (now - startedNanos) / 1e9;
        String left = f > 0.01 && f < 1 ? " \u00b7 " + clock(secs * (1 - f) / f) + " left" : "";
        timing.set(clock(secs) + " elapsed" + left);
    }

    void finished(State s, long now) {
        state.set(s);
        if (s == State.DONE) progress.set(1);
        if (startedNanos != 0) timing.set("took " + clock((now - startedNanos) / 1e9));
    }

    void done(ExportResult r, long now) {
        result = r;
        message.set(String.format(Locale.ROOT, "%d frames, %.1f fps", r.frames(), r.fps()));
        finished(State.DONE, now);
    }

    void failed(String human, String causes, long now) {
        message.set(human);
        details = causes;
        finished(State.FAILED, now);
    }

    void reset() {
        state.set(State.QUEUED);
        progress.set(0);
        timing.set("");
        message.set("");
        details = "";
        result = null;
        startedNanos = 0;
        cancelHandle = () -> { };
    }

    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
