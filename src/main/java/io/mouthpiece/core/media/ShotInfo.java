package io.mouthpiece.core.media;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a filmed shot is, as the dubbing engine and the export need it: picture size, exact frame rate, frame count,
 * start timecode, colour description, scan, frame timing and sound.
 *
 * @param rate          the constant rate frames are numbered at (snapped to 24000/1001, 30000/1001 … where the
 *                      container's rate is within 0.1 % of one)
 * @param frameCount    pictures in the stream (counted, not estimated from the duration)
 * @param timecode      the start timecode as the file states it ("01:00:00:00", ";" before the frames when drop-frame),
 *                      or null when the file has none
 * @param timing        how regular the frame spacing is ({@link FrameTimes.Timing#variable()} for phone clips)
 * @param audioLayout   FFmpeg's name of the channel layout ("stereo", "5.1(side)"), or "" without sound
 */
public record ShotInfo(int width, int height, FrameRate rate, long frameCount, String timecode,
                       ColourDescription colour, FieldOrder fieldOrder, FrameTimes.Timing timing,
                       int audioChannels, int sampleRate, String audioLayout, String videoCodec) {

    public ShotInfo {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("picture size must be positive: " + width + "x" + height);
        if (frameCount < 0) throw new IllegalArgumentException("negative frame count");
        if (timecode != null) Timecode.parse(timecode, rate); // throws on a malformed timecode
        if (audioLayout == null) audioLayout = "";
    }

    /** Duration of the picture: frame count over the rate. */
    public Rational duration() { return rate.timeOf(frameCount); }

    public boolean hasTimecode() { return timecode != null; }

    /** True when the stated timecode counts drop-frame (HH:MM:SS;FF at 29.97 / 59.94). */
    public boolean dropFrame() { return timecode != null && timecode.indexOf(';') >= 0 && Timecode.dropFrameApplies(rate); }

    /** The start timecode as a frame count (0 without a timecode). */
    public long startFrame() { return timecode == null ? 0 : Timecode.parse(timecode, rate); }

    /** The timecode of frame {@code n} of the shot, counted from the start timecode. */
    public String timecodeOf(long n) { return Timecode.format(startFrame() + n, rate, dropFrame()); }

    /** What the user should be told on import; refuses (with the reason) what cannot be dubbed as it is. */
    public List<String> notices(VariableRatePolicy policy) throws MediaException {
        List<String> out = new ArrayList<>();
        if (timing.variable()) {
            String what = String.format("variable frame rate (%d of %d frame gaps off the nominal %s fps; gaps %.1f–%.1f ms)",
                    timing.irregular(), timing.gaps(), rate, timing.minGapMicros() / 1000.0, timing.maxGapMicros() / 1000.0);
            if (policy == VariableRatePolicy.REFUSE) {
                throw new MediaException("The shot has a " + what + "; convert it to a constant frame rate first");
            }
            out.add("The shot has a " + what + "; it is conformed to a constant " + rate
                    + " fps (frames held or skipped where the source's spacing differs)");
        }
        if (fieldOrder.interlaced()) {
            out.add("The shot is interlaced (" + (fieldOrder == FieldOrder.TOP_FIRST ? "top" : "bottom")
                    + " field first); the mouth is analysed and replaced per frame, not per field, so deinterlace it first for the best result");
        }
        if (colour.hdr()) out.add("The shot is HDR (" + colour.transfer() + "); its colour description is kept as it is");
        return out;
    }

    /** What to do with a variable-frame-rate source. */
    public enum VariableRatePolicy { CONFORM, REFUSE }
}
