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
 * The transport: a playhead that always sits on a whole frame of the take at the project rate, and play / pause /
 * step / home / end / J-K-L shuttle. The playhead may go anywhere in the take; the <em>loop range</em> (the take's
 * in/out points) bounds looped playback: with {@link #loopProperty() loop} on, playing forward past the out point
 * returns to the in point (and Space starts at the in point when the playhead is outside the range); with loop off,
 * playback runs to the end of the take and stops. While playing, {@link #pulse()} (once per screen pulse) reads the
 * {@link PlaybackClock} and moves to the frame under its time. Exact time only: the playhead is a frame index, its
 * time a Rational. FX thread only; touches no controls.
 */
public final class PlaybackViewModel {
    /** Shuttle speeds, as multiples of real time; J/L step through them, K stops. */
    static final int MAX_SPEED = 4;

    private final PlaybackClock clock;
    private FrameRate rate = FrameRate.FPS_25;
    private TimeRange range = new TimeRange(Rational.ZERO, Rational.ZERO);
    private TimeRange loopRange = range;
    private long frames = 1;
    /** The loop range as frames of the take range: [loopFirst, loopEnd). */
    private long loopFirst;
    private long loopEnd = 1;
    private final ReadOnlyLongWrapper frame = new ReadOnlyLongWrapper(this, "frame");
    private final ReadOnlyObjectWrapper<Rational> time = new ReadOnlyObjectWrapper<>(this, "time", Rational.ZERO);
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(this, "speed");
    private final ReadOnlyStringWrapper timecode = new ReadOnlyStringWrapper(this, "timecode", "00:00:00:00");
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", true);

    public PlaybackViewModel(PlaybackClock clock) { this.clock = clock; }

    /** The frame index in the take's range (0 = the range's start; the whole take in the studio). */
    public ReadOnlyLongProperty frameProperty() { return frame.getReadOnlyProperty(); }
    /** The take time of the playhead's frame (range start + frame / rate). */
    public ReadOnlyObjectProperty<Rational> timeProperty() { return time.getReadOnlyProperty(); }
    /** 0 paused, 1 playing, ±2 / ±4 shuttle, negative backwards. */
    public ReadOnlyIntegerProperty speedProperty() { return speed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timecodeProperty() { return timecode.getReadOnlyProperty(); }
    public BooleanProperty loopProperty() { return loop; }

    public FrameRate rate() { return rate; }
    public TimeRange range() { return range; }
    /** The in/out range that looped playback stays in. */
    public TimeRange loopRange() { return loopRange; }
    /** Frames in the range (a partial last frame counts), at least 1. */
    public long frameCount() { return frames; }
    public boolean isPlaying() { return speed.get() != 0; }

    /** Takes a (new) take's rate and a range that is both where the playhead goes and the loop range. */
    public void setTake(FrameRate rate, TimeRange range) { setTake(rate, range, range); }

    /**
     * Takes a (new) take's rate, its whole range (where the playhead can go) and its in/out range (where looped
     * playback stays, clipped to the whole range); the playhead keeps its time where it still can.
     */
    public void setTake(FrameRate rate, TimeRange range, TimeRange loop) {
        Rational keep = time.get();
        boolean playing = isPlaying();
        this.rate = rate;
        this.range = range;
        this.frames = Math.max(1, rate.framesCovering(range.duration()));
        this.loopRange = loop;
        this.loopFirst = clamp(rate.frameAt(loop.start().subtract(range.start())));
        this.loopEnd = Math.max(loopFirst + 1, Math.min(frames, rate.framesCovering(loop.end().subtract(range.start()))));
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

    /**
     * Space: plays forward at 1×, or pauses. With loop on it starts at the in point when the playhead is outside
     * the in/out range; with loop off, from the in point when parked on the last frame.
     */
    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            long f = frame.get();
            if (loop.get() ? !inLoop(f) || f == loopEnd - 1 && loopEnd - loopFirst > 1 : f >= frames - 1) showFrame(loopFirst);
            play(1);
        }
    }

    private boolean inLoop(long f) { return f >= loopFirst && f < loopEnd; }

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

    /** Once per screen pulse: follows the clock while playing; wraps inside the in/out range when looping. */
    public void pulse() {
        if (!isPlaying()) return;
        long f = rate.frameAt(clock.now().subtract(range.start()));
        long was = frame.get();
        boolean looping = loop.get() && inLoop(was);
        long first = looping ? loopFirst : 0;
        long end = looping ? loopEnd : frames;
        if (f >= end) {
            if (loop.get() && speed.get() > 0) {
                showFrame(first + Math.floorMod(f - end, end - first));
                clock.start(range.start().add(rate.timeOf(frame.get())), speed.get());
            } else {
                showFrame(end - 1);
                pause();
            }
        } else if (f < first) {
            if (loop.get() && speed.get() < 0) {
                showFrame(end - 1 - Math.floorMod(first - 1 - f, end - first));
                // Backwards the clock restarts at the end of the shown frame, so it stays on it for a whole frame.
                clock.start(range.start().add(rate.timeOf(frame.get() + 1)), speed.get());
            } else {
                showFrame(first);
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
