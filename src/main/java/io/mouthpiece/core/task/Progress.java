package io.mouthpiece.core.task;

/**
 * What a long job reports to and asks of whoever runs it: progress in 0..1 with a message, and whether it should
 * stop. Jobs call {@link #checkCancelled()} between units of work; it throws {@link CancelledException}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override public void update(double fraction, String message) { }
        @Override public boolean isCancelled() { return false; }
    };

    void update(double fraction, String message);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) throw new CancelledException();
    }

    /** A view of this progress mapped into the sub-range [from, to], for a step of a larger job. */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override public void update(double fraction, String message) {
                parent.update(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }
            @Override public boolean isCancelled() { return parent.isCancelled(); }
        };
    }
}
