package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

/**
 * The timeline's one time-to-x mapping, shared by the ruler and every lane: {@code pxPerFrame} pixels per frame,
 * with frame {@code firstFrame} (fractional while scrolling) at x = 0 of a lane. Clicks snap to whole frames, so
 * every time the timeline hands to an edit is exact ({@link FrameRate#timeOf}); doubles are only for pixels.
 */
public record TimeScale(FrameRate rate, double pxPerFrame, double firstFrame) {
    /** Below this a frame is too thin to hit; above, one frame fills a wide screen. */
    public static final double MIN_PX_PER_FRAME = 0.05;
    public static final double MAX_PX_PER_FRAME = 200;

    public TimeScale {
        if (!(pxPerFrame > 0)) throw new IllegalArgumentException("pixels per frame must be positive: " + pxPerFrame);
        pxPerFrame = Math.max(MIN_PX_PER_FRAME, Math.min(MAX_PX_PER_FRAME, pxPerFrame));
        firstFrame = Math.max(0, firstFrame);
    }

    /** Frames (fractional) at exact time {@code t}. */
    public static double frames(FrameRate rate, Rational t) { return t.multiply(rate.fps()).toDouble(); }

    public double x(Rational t) { return (frames(rate, t) - firstFrame) * pxPerFrame; }

    public double xOfFrame(double frame) { return (frame - firstFrame) * pxPerFrame; }

    /** The frame nearest to {@code x} (never before frame 0): where a click or a drag lands. */
    public long frameAt(double x) { return Math.max(0, Math.round(x / pxPerFrame + firstFrame)); }

    /** The exact start time of the frame nearest to {@code x}. */
    public Rational snap(double x) { return rate.timeOf(frameAt(x)); }

    /**
     * The time at pixel column {@code x} to 1/64 frame, for drawing a curve where frames are wider than a pixel.
     * Exact rational, never negative.
     */
    public Rational columnTime(double x) {
        long sixtyFourths = Math.max(0, Math.round((x / pxPerFrame + firstFrame) * 64));
        return Rational.of(sixtyFourths, 64).divide(rate.fps());
    }

    /** Zoomed by {@code factor}, keeping the instant under {@code anchorX} where it is. */
    public TimeScale zoomed(double factor, double anchorX) {
        double anchorFrame = anchorX / pxPerFrame + firstFrame;
        double px = Math.max(MIN_PX_PER_FRAME, Math.min(MAX_PX_PER_FRAME, pxPerFrame * factor));
        return new TimeScale(rate, px, anchorFrame - anchorX / px);
    }

    public TimeScale scrolledTo(double frame) { return new TimeScale(rate, pxPerFrame, frame); }

    /** Frames visible in a lane {@code width} pixels wide. */
    public double visibleFrames(double width) { return width / pxPerFrame; }
}
