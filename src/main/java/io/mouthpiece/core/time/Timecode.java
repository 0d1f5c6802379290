package io.mouthpiece.core.time;

/**
 * SMPTE timecode for display: HH:MM:SS:FF, or HH:MM:SS;FF drop-frame at 29.97 and 59.94 fps (frame numbers 0 and 1 —
 * 0..3 at 59.94 — are skipped at the start of every minute except each tenth, so the clock tracks real time).
 */
public final class Timecode {
    private Timecode() {}

    public static boolean dropFrameApplies(FrameRate rate) {
        return rate.isNtsc() && rate.nominal() % 30 == 0;
    }

    /** Timecode of frame {@code frame} (may be negative: shown with a leading '-'). */
    public static String format(long frame, FrameRate rate, boolean dropFrame) {
        if (frame < 0) return "-" + format(-frame, rate, dropFrame);
        int fps = rate.nominal();
        boolean drop = dropFrame && dropFrameApplies(rate);
        long f = drop ? dropFrameToDisplay(frame, fps) : frame;
        long ff = f % fps;
        long totalSeconds = f / fps;
        return String.format("%02d:%02d:%02d%c%02d", totalSeconds / 3600, (totalSeconds / 60) % 60, totalSeconds % 60,
                drop ? ';' : ':', ff);
    }

    /** Timecode of the frame containing time {@code t}. */
    public static String format(Rational t, FrameRate rate, boolean dropFrame) {
        return format(rate.frameAt(t), rate, dropFrame);
    }

    /** Parses HH:MM:SS:FF or HH:MM:SS;FF back to a frame number. */
    public static long parse(String tc, FrameRate rate) {
        String s = tc.strip();
        boolean negative = s.startsWith("-");
        if (negative) s = s.substring(1);
        boolean drop = s.indexOf(';') >= 0;
        String[] p = s.split("[:;]");
        if (p.length != 4) throw new IllegalArgumentException("not a timecode: '" + tc + "'");
        long hh;
        long mm;
        long ss;
        long ff;
        try {
            hh = Long.parseLong(p[0]);
            mm = Long.parseLong(p[1]);
            ss = Long.parseLong(p[2]);
            ff = Long.parseLong(p[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a timecode: '" + tc + "'", e);
        }
        int fps = rate.nominal();
        if (mm > 59 || ss > 59 || ff >= fps) throw new IllegalArgumentException("timecode out of range: '" + tc + "'");
        long frame = ((hh * 60 + mm) * 60 + ss) * fps + ff;
        if (drop && dropFrameApplies(rate)) {
            int dropPerMinute = fps / 15; // 2 at 30, 4 at 60
            long totalMinutes = hh * 60 + mm;
            if (mm % 10 != 0 && ss == 0 && ff < dropPerMinute) {
                throw new IllegalArgumentException("'" + tc + "' does not exist in drop-frame timecode");
            }
            frame -= dropPerMinute * (totalMinutes - totalMinutes / 10);
        }
        return negative ? -frame : frame;
    }

    private static long dropFrameToDisplay(long frame, int fps) {
        int dropPerMinute = fps / 15;
        long framesPer10Min = fps * 600L - dropPerMinute * 9L;
        long framesPerMinute = fps * 60L - dropPerMinute;
        long tens = frame / framesPer10Min;
        long rem = frame % framesPer10Min;
        long extra = rem < dropPerMinute ? 0 : dropPerMinute * ((rem - dropPerMinute) / framesPerMinute);
        return frame + 9L * dropPerMinute * tens + extra;
    }
}
