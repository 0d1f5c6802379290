package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.core.time.Timecode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The transport: a playhead that always sits on a whole frame of the take's work range at the project rate, and
 * play / pause / step / home / end / J-K-L shuttle. While playing, {@link #pulse()} (once per screen pulse) reads the
 * {@link PlaybackClock} and moves to the frame under its time; at the out point it loops to the in point (or stops
 * when {@link #loopProperty() loop} is off). Exact time only: the playhead is a frame index, its time a Rational.
 * FX thread only; touches no controls.
 */
public final class PlaybackViewModel {
    /** Shuttle speeds, as multiples of real time; J/L step through them, K stops. */
    static final int MAX_SPEED = 4;

    private final PlaybackClock clock;
    private FrameRate rate = FrameRate.FPS_25;
    private TimeRange range = new TimeRange(Rational.ZERO, Rational.ZERO);
    private long frames = 1;
    private final ReadOnlyLongWrapper frame = new ReadOnlyLongWrapper(this, "frame");
    private final ReadOnlyObjectWrapper<Rational> time = new ReadOnlyObjectWrapper<>(this, "time", Rational.ZERO);
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(this, "speed");
    private final ReadOnlyStringWrapper timecode = new ReadOnlyStringWrapper(this, "timecode", "00:00:00:00");
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", true);

    public PlaybackViewModel(PlaybackClock clock) { this.clock = clock; }

    /** The frame index in the work range, 0 = the in point. */
    public ReadOnlyLongProperty frameProperty() { return frame.getReadOnlyProperty(); }
    /** The take time of the playhead's frame (in point + frame / rate). */
    public ReadOnlyObjectProperty<Rational> timeProperty() { return time.getReadOnlyProperty(); }
    /** 0 paused, 1 playing, ±2 / ±4 shuttle, negative backwards. */
    public ReadOnlyIntegerProperty speedProperty() { return speed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timecodeProperty() { return timecode.getReadOnlyProperty(); }
    public BooleanProperty loopProperty() { return loop; }

    public FrameRate rate() { return rate; }
    public TimeRange range() { return range; }
    /** Frames in the work range (a partial last frame counts), at least 1. */
    public long frameCount() { return frames; }
    public boolean isPlaying() { return speed.get() != 0; }

    /** Takes a (new) take's rate and work range; the playhead keeps its time where it still can. */
    public void setTake(FrameRate rate, TimeRange range) {
        Rational keep = time.get();
        boolean playing = isPlaying();
        this.rate = rate;
        this.range = range;
        this.frames = Math.max(1, rate.framesCovering(range.duration()));
        showFrame(clamp(rate.frameAt(keep.subtract(range.start()))));
        if (playing) clock.start(time.get(), speed.get());
    }

    /** Moves to the frame that holds take time {@code t} (clamped to the range); playback goes on from there. */
    public void seek(Rational t) { seekFrame(rate.frameAt(t.subtract(range.start()))); }

    /** Moves to frame {@code f} of the range (clamped); playback goes on from there. */
    public void seekFrame(long f) {
        showFrame(clamp(f));
        if (isPlaying()) clock.start(time.get(), speed.get());
    }

    /** Pauses and moves {@code delta} frames (arrow keys). */
    public void step(int delta) {
        pause();
        showFrame(clamp(frame.get() + delta));
    }

    public void home() { seekFrame(0); }

    public void end() { seekFrame(frames - 1); }

    /** Space: plays forward at 1× (from the in point when parked on the last frame), or pauses. */
    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            if (frame.get() >= frames - 1) showFrame(0);
            play(1);
        }
    }

    /** L: forward; again for 2× and 4×. */
    public void shuttleForward() { play(speed.get() <= 0 ? 1 : Math.min(speed.get() * 2, MAX_SPEED)); }

    /** J: backward; again for 2× and 4×. */
    public void shuttleBackward() { play(speed.get() >= 0 ? -1 : Math.max(speed.get() * 2, -MAX_SPEED)); }

    /** K: stop on the current frame. */
    public void pause() {
        if (!isPlaying()) return;
        clock.stop();
        speed.set(0);
    }

    private void play(int s) {
        speed.set(s);
        clock.start(time.get(), s);
    }

    /** Once per screen pulse: follows the clock while playing. */
    public void pulse() {
        if (!isPlaying()) return;
        long f = rate.frameAt(clock.now().subtract(range.start()));
        if (f >= frames) {
            if (loop.get() && speed.get() > 0) {
                showFrame(Math.floorMod(f, frames));
                clock.start(range.start().add(rate.timeOf(frame.get())), speed.get());
            } else {
                showFrame(frames - 1);
                pause();
            }
        } else if (f < 0) {
            if (loop.get() && speed.get() < 0) {
                showFrame(Math.floorMod(f, frames));
                // Backwards the clock restarts at the end of the shown frame, so it stays on it for a whole frame.
                clock.start(range.start().add(rate.timeOf(frame.get() + 1)), speed.get());
            } else {
                showFrame(0);
                pause();
            }
        } else {
            showFrame(f);
        }
    }

    private long clamp(long f) { return Math.max(0, Math.min(frames - 1, f)); }

    private void showFrame(long f) {
        frame.set(f);
        time.set(range.start().add(rate.timeOf(f)));
        timecode.set(Timecode.format(time.get(), rate, Timecode.dropFrameApplies(rate)));
    }
}
