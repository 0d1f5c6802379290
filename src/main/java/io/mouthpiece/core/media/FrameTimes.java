package io.mouthpiece.core.media;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

import java.util.Arrays;

/**
 * Every picture's presentation time in a video stream, in microseconds, sorted (presentation order): the index
 * that makes frame numbers exact. Eight bytes per frame and no pictures, so memory stays flat in shot length
 * (a 20-minute shot at 60 fps: 72,000 entries, 576 KB).
 */
public final class FrameTimes {
    private final long[] micros;

    public FrameTimes(long[] presentationMicros) {
        micros = presentationMicros.clone();
        Arrays.sort(micros);
    }

    public int count() { return micros.length; }

    public long micros(int frame) { return micros[frame]; }

    public long firstMicros() { return micros.length == 0 ? 0 : micros[0]; }

    /** The frame whose presentation time is nearest {@code t} (µs), or -1 for an empty stream. */
    public int nearest(long t) {
        if (micros.length == 0) return -1;
        int i = Arrays.binarySearch(micros, t);
        if (i >= 0) return i;
        int after = -i - 1;
        if (after == 0) return 0;
        if (after >= micros.length) return micros.length - 1;
        return t - micros[after - 1] <= micros[after] - t ? after - 1 : after;
    }

    /** The last frame shown at {@code t} µs (presentation time ≤ t), or 0 before the first. */
    public int shownAt(long t) {
        int i = Arrays.binarySearch(micros, t);
        if (i >= 0) return i;
        return Math.max(0, -i - 2);
    }

    /**
     * Checks the spacing against a nominal rate. A gap is irregular when it differs from the nominal frame duration
     * by over a quarter of a frame; a stream is variable-rate when more than 10 % of its gaps are, or more than 1 %
     * and more than two (a stray timestamp or two in a long constant-rate file does not count).
     */
    public Timing timing(FrameRate nominal) {
        double frame = 1e6 / nominal.toDouble();
        long min = Long.MAX_VALUE, max = 0;
        int irregular = 0;
        for (int i = 1; i < micros.length; i++) {
            long d = micros[i] - micros[i - 1];
            min = Math.min(min, d);
            max = Math.max(max, d);
            if (Math.abs(d - frame) > frame / 4) irregular++;
        }
        int gaps = Math.max(0, micros.length - 1);
        boolean variable = irregular * 10 > gaps || irregular > Math.max(2, gaps / 100);
        return new Timing(variable, irregular, gaps, gaps == 0 ? 0 : min, max);
    }

    /**
     * Output frame → source frame for a constant-rate conform: output frame n shows the source frame on screen at
     * {@code first + n / rate} (held when the source has a gap, skipped when it has extras).
     */
    public int conformedSource(long outputFrame, FrameRate rate) {
        Rational t = rate.timeOf(outputFrame).multiply(1_000_000);
        return shownAt(firstMicros() + t.round());
    }

    /** How regular the frame spacing is: {@code irregular} of {@code gaps} gaps off the nominal duration. */
    public record Timing(boolean variable, int irregular, int gaps, long minGapMicros, long maxGapMicros) {}
}
