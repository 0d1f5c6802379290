package io.mouthpiece.service.dub;

import io.mouthpiece.core.cues.Cue;
import io.mouthpiece.core.cues.CueSheet;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.core.time.Timecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a dub's lines fall in the shot. Every line is frame-aligned: it covers whole frames of the shot, and its
 * audio is read from the dub audio at the time of its first frame, so lip sync frame k is shot frame first + k.
 */
public final class DubLines {
    /**
     * One line: shot frames {@code first .. first + frames − 1}; its sound is the dub audio from {@code audioIn}.
     *
     * @param cueLine the cue file's line number of the cue, or 0 without cues
     */
    public record Line(String id, long first, long frames, Rational audioIn, String transcript, int cueLine) {
        public long end() { return first + frames; }

        /** The line's time on the shot's timeline (from the shot's first frame). */
        public TimeRange range(FrameRate rate) { return TimeRange.between(rate.timeOf(first), rate.timeOf(end())); }
    }

    /** The output's frames [first, end) of the shot, and where the dub audio's first sample sits on the shot's timeline. */
    public record Plan(long first, long end, Rational audioAt, List<Line> lines, List<String> notices) {
        public long frames() { return end - first; }
    }

    private DubLines() {}

    /** The output range from the request's timecodes (whole shot when absent). */
    static long[] range(ShotInfo info, String from, String to) {
        long first = from == null ? 0 : frameOf(info, from, "--from");
        long end = to == null ? info.frameCount() : frameOf(info, to, "--to");
        if (end <= first) throw new IllegalArgumentException("--to (" + to + ") must come after --from (" + from + ")");
        return new long[] {first, end};
    }

    private static long frameOf(ShotInfo info, String tc, String option) {
        long n;
        try {
            n = Timecode.parse(tc.strip(), info.rate()) - info.startFrame();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + tc + " is not a timecode HH:MM:SS:FF (" + e.getMessage() + ")");
        }
        if (n < 0 || n > info.frameCount()) {
            throw new IllegalArgumentException(option + " " + tc + " lies outside the shot (" + info.timecodeOf(0) + " to "
                    + info.timecodeOf(info.frameCount()) + ")");
        }
        return n;
    }

    /** Without cues: the whole dub audio is one line from the output's first frame. */
    static Plan whole(ShotInfo info, long first, long end, Rational audioLength, String transcript, String audioName)
            throws MediaException {
        FrameRate rate = info.rate();
        long frames = rate.framesCovering(audioLength);
        Rational room = rate.timeOf(end - first);
        if (frames > end - first) {
            // less than half a frame over is rounding, not a dub too long
            if (audioLength.subtract(room).compareTo(rate.frameDuration().divide(2)) > 0) {
                throw new MediaException(String.format(Locale.ROOT, "The dub audio %s lasts %.2f s but the shot has only %.2f s "
                        + "(%d frames from %s); trim the audio or pick a longer range", audioName, audioLength.toDouble(),
                        room.toDouble(), end - first, info.timecodeOf(first)));
            }
            frames = end - first;
        }
        if (frames == 0) throw new MediaException("The dub audio " + audioName + " is empty");
        Line line = new Line("1", first, frames, Rational.ZERO, transcript, 0);
        return new Plan(first, end, rate.timeOf(first), List.of(line), List.of());
    }

    /** With cues: each cue is a line of one long dub audio laid on the shot's timeline. */
    static Plan cued(ShotInfo info, long first, long end, CueSheet cues, Rational audioLength, String audioName)
            throws MediaException {
        FrameRate rate = info.rate();
        List<Line> lines = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        long previousEnd = first;
        for (Cue c : cues.cues()) {
            long a = rate.frameAt(c.start()), b = c.end().multiply(rate.fps()).ceil();
            String where = cues.fileName() + " line " + c.line() + " (" + c.label() + ", "
                    + fmt(c.start()) + "–" + fmt(c.end()) + " s)";
            if (a < first || b > end) {
                throw new MediaException(where + " lies outside the dubbed range " + fmt(rate.timeOf(first)) + "–"
                        + fmt(rate.timeOf(end)) + " s of the shot");
            }
            if (a < previousEnd) a = previousEnd;   // two cues sharing a frame: the later one starts after it
            if (b <= a) {
                notices.add(where + " is shorter than a frame after its neighbour; skipped");
                continue;
            }
            if (c.end().isAfter(audioLength)) {
                throw new MediaException(where + " ends after the dub audio " + audioName + " (" + fmt(audioLength) + " s)");
            }
            lines.add(new Line(c.id().isEmpty() ? Integer.toString(c.number()) : c.id(), a, b - a, rate.timeOf(a),
                    c.transcript(), c.line()));
            previousEnd = b;
        }
        if (lines.isEmpty()) throw new MediaException(cues.fileName() + " holds no line to dub");
        Rational shotEnd = rate.timeOf(end);
        if (audioLength.isAfter(shotEnd.add(Rational.ONE))) {
            notices.add(String.format(Locale.ROOT, "The dub audio %s runs %.2f s past the dubbed range; the rest is left out",
                    audioName, audioLength.subtract(shotEnd).toDouble()));
        }
        return new Plan(first, end, Rational.ZERO, List.copyOf(lines), List.copyOf(notices));
    }

    private static String fmt(Rational t) { return String.format(Locale.ROOT, "%.3f", t.toDouble()); }
}
