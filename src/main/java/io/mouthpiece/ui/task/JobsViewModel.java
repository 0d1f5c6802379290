package io.mouthpiece.ui.task;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Background jobs as the status bar shows them: the newest running job's title, progress and message, and a cancel
 * action. FX thread only; {@link FxJobRunner} feeds it.
 */
public final class JobsViewModel {
    /** One job while it runs. */
    public final class ActiveJob {
        private final String title;
        // Read by the worker thread; everything else here is FX-thread only.
        private final AtomicBoolean cancelRequested = new AtomicBoolean();
        private double fraction;
        private String message = "";
        private Runnable cancelHandle = () -> { };

        private ActiveJob(String title) { this.title = title; }

        public String title() { return title; }

        boolean cancelRequested() { return cancelRequested.get(); }

        void attach(Runnable handleCancel) {
            cancelHandle = handleCancel;
            if (cancelRequested.get()) handleCancel.run();
        }

        void cancel() {
            cancelRequested.set(true);
            cancelHandle.run(); // a queued job then never starts
        }

        void update(double f, String msg) {
            if (!active.contains(this)) return; // a late update after the end
            fraction = f;
            message = msg == null ? "" : msg;
            refresh();
        }

        void finished() {
            active.remove(this);
            refresh();
        }
    }

    private final ObservableList<ActiveJob> active = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");

    ActiveJob started(String title) {
        ActiveJob job = new ActiveJob(title);
        active.add(job);
        refresh();
        return job;
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** "Autosave — writing snapshot (+1 more)", empty when idle. */
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    /** Progress of the newest job in 0..1; 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ObservableList<ActiveJob> active() { return FXCollections.unmodifiableObservableList(active); }

    /** Asks the newest running job to stop. */
    public void cancelNewest() {
        if (!active.isEmpty()) active.getLast().cancel();
    }

    private void refresh() {
        busy.set(!active.isEmpty());
        if (active.isEmpty()) {
            text.set("");
            progress.set(0);
            return;
        }
        ActiveJob j = active.getLast();
        String more = active.size() > 1 ? " (+" + (active.size() - 1) + " more)" : "";
        text.set(j.title + (j.message.isEmpty() ? "" : " \u2014 " + j.message) + more);
        progress.set(j.fraction);
    }
}
