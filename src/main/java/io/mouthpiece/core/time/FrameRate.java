package io.mouthpiece.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Frames per second as an exact rational (24000/1001, not 23.976). Converts between frame numbers and exact
 * time; time → frame always floors, so a frame owns the half-open interval [start, start + duration).
 */
public record FrameRate(Rational fps) {
    public static final FrameRate FPS_24 = new FrameRate(Rational.of(24));
    public static final FrameRate FPS_25 = new FrameRate(Rational.of(25));
    public static final FrameRate FPS_30 = new FrameRate(Rational.of(30));
    public static final FrameRate FPS_60 = new FrameRate(Rational.of(60));
    public static final FrameRate NTSC_FILM = new FrameRate(Rational.of(24000, 1001));
    public static final FrameRate NTSC = new FrameRate(Rational.of(30000, 1001));
    public static final FrameRate NTSC_60 = new FrameRate(Rational.of(60000, 1001));

    public FrameRate {
        if (fps.signum() <= 0) throw new IllegalArgumentException("frame rate must be positive: " + fps);
        if (fps.compareTo(Rational.of(1000)) > 0) throw new IllegalArgumentException("frame rate above 1000 fps: " + fps);
    }

    public static FrameRate of(long num, long den) { return new FrameRate(Rational.of(num, den)); }

    /** Accepts "25", "24000/1001", and the common decimal spellings "23.976", "29.97", "59.94". */
    @JsonCreator
    public static FrameRate parse(String text) {
        return switch (text.strip()) {
            case "23.976", "23.98" -> NTSC_FILM;
            case "29.97" -> NTSC;
            case "59.94" -> NTSC_60;
            default -> new FrameRate(Rational.parse(text));
        };
    }

    /** The rates film and broadcast use, which a container's approximate rate is snapped to. */
    public static final java.util.List<FrameRate> STANDARD = java.util.List.of(NTSC_FILM, FPS_24, FPS_25, NTSC, FPS_30,
            of(48, 1), FrameRate.of(50, 1), NTSC_60, FPS_60, of(120000, 1001), of(120, 1));

    /**
     * The standard rate within 0.02 % of {@code approx} (a container's 2997/100 or 23976/1000 becomes 30000/1001 or
     * 24000/1001; 24 and 24000/1001 are 0.1 % apart, so neither swallows the other), else {@code approx} itself.
     */
    public static FrameRate snapped(Rational approx) {
        for (FrameRate r : STANDARD) {
            if (r.fps().equals(approx) || Math.abs(approx.toDouble() / r.toDouble() - 1) < 2e-4) return r;
        }
        return new FrameRate(approx);
    }

    public Rational frameDuration() { return fps.reciprocal(); }

    /** Start time of frame {@code n}. */
    public Rational timeOf(long frame) { return Rational.of(frame).divide(fps); }

    /** The frame whose interval contains {@code t} (floor). */
    public long frameAt(Rational t) { return t.multiply(fps).floor(); }

    /** Number of frames needed to cover a duration (ceil). */
    public long framesCovering(Rational duration) { return duration.multiply(fps).ceil(); }

    /** Nominal integer rate used by timecode: 30 for 30000/1001, 24 for 24000/1001. */
    public int nominal() { return (int) fps.round(); }

    /** True for the 1001-denominator NTSC rates. */
    public boolean isNtsc() { return fps.den() == 1001; }

    public double toDouble() { return fps.toDouble(); }

    @JsonValue
    @Override
    public String toString() { return fps.toString(); }
}
