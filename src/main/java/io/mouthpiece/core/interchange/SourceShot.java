package io.mouthpiece.core.interchange;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Timecode;

import java.util.Objects;

/**
 * The filmed shot as the camera wrote it: its file, exact frame rate, start timecode (as a frame count from
 * 00:00:00:00, so drop-frame gaps are already accounted for) and length. {@code dropFrame} only takes effect at
 * 29.97 and 59.94 fps, where timecode can drop.
 */
public record SourceShot(MediaFile media, FrameRate rate, long startFrame, boolean dropFrame, long frameCount) {
    public SourceShot {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(rate, "rate");
        if (startFrame < 0) throw new IllegalArgumentException("negative start timecode for " + media.name());
        if (frameCount <= 0) throw new IllegalArgumentException(media.name() + " has no frames");
        dropFrame = dropFrame && Timecode.dropFrameApplies(rate);
    }

    /** A shot whose start timecode is given as text: "01:00:00:00", or "01:00:00;00" for drop frame. */
    public static SourceShot of(MediaFile media, FrameRate rate, String startTimecode, long frameCount) {
        long start;
        try {
            start = Timecode.parse(startTimecode, rate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("start timecode of " + media.name() + ": " + e.getMessage(), e);
        }
        return new SourceShot(media, rate, start, startTimecode.indexOf(';') >= 0, frameCount);
    }

    /** The timecode of the shot's frame {@code frame} (0 = its first). */
    public String timecode(long frame) { return Timecode.format(startFrame + frame, rate, dropFrame); }

    public FrameSpan frames() { return new FrameSpan(0, frameCount); }
}
