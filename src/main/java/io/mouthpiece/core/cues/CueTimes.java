package io.mouthpiece.core.cues;

import io.mouthpiece.core.time.Rational;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cue timestamps: SRT {@code HH:MM:SS,mmm} and WebVTT {@code [HH:]MM:SS.mmm}, read exactly as milliseconds. */
final class CueTimes {
    /** SRT: hours required; a dot instead of the comma is accepted (many tools write one). */
    private static final Pattern SRT = Pattern.compile("(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})");
    /** WebVTT: hours optional (the spec asks for two digits; one is accepted), exactly three millisecond digits. */
    private static final Pattern VTT = Pattern.compile("(?:(\\d{1,3}):)?(\\d{2}):(\\d{2})\\.(\\d{3})");
    private static final Pattern ARROW = Pattern.compile("\\s*-->\\s*");

    private CueTimes() {}

    /** A parsed timing line: start, end and the settings after the end time (WebVTT; "" for SRT). */
    record Timing(Rational start, Rational end, String settings) {}

    static boolean isTimingLine(String line) { return line.contains("-->"); }

    /**
     * Reads "start --> end [settings]" at {@code lineNo}; malformed timestamps and an end not after the start are
     * errors naming the line.
     */
    static Timing timing(String line, CueSheet.Format format, String file, int lineNo) throws CueParseException {
        String[] parts = ARROW.split(line.strip(), 2);
        if (parts.length != 2) throw new CueParseException(file, lineNo, "expected a timing line '" + example(format) + "'");
        String rest = parts[1];
        int ws = indexOfWhitespace(rest);
        String endText = ws < 0 ? rest : rest.substring(0, ws);
        String settings = ws < 0 ? "" : rest.substring(ws).strip();
        Rational start = parse(parts[0], format, file, lineNo);
        Rational end = parse(endText, format, file, lineNo);
        if (!end.isAfter(start)) {
            throw new CueParseException(file, lineNo, "the cue ends at " + format(end, format) + ", not after its start at "
                    + format(start, format));
        }
        return new Timing(start, end, settings);
    }

    static Rational parse(String text, CueSheet.Format format, String file, int lineNo) throws CueParseException {
        String s = text.strip();
        Matcher m = (format == CueSheet.Format.SRT ? SRT : VTT).matcher(s);
        if (!m.matches()) {
            throw new CueParseException(file, lineNo, "malformed timestamp '" + s + "' (expected " + pattern(format) + ")");
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2)), sec = Long.parseLong(m.group(3));
        String fraction = m.group(4);
        long ms = Long.parseLong(fraction) * (fraction.length() == 1 ? 100 : fraction.length() == 2 ? 10 : 1);
        if (min > 59 || sec > 59) {
            throw new CueParseException(file, lineNo, "malformed timestamp '" + s + "' (minutes and seconds run 00 to 59)");
        }
        return Rational.of(((h * 60 + min) * 60 + sec) * 1000 + ms, 1000);
    }

    /** A time in the file's own notation, for messages: "00:01:02,500" (SRT) or "00:01:02.500" (WebVTT). */
    static String format(Rational t, CueSheet.Format format) {
        long ms = t.multiply(1000).round();
        String sep = format == CueSheet.Format.SRT ? "," : ".";
        return String.format(Locale.ROOT, "%02d:%02d:%02d%s%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, sep, ms % 1000);
    }

    private static String pattern(CueSheet.Format format) {
        return format == CueSheet.Format.SRT ? "HH:MM:SS,mmm" : "HH:MM:SS.mmm or MM:SS.mmm";
    }

    private static String example(CueSheet.Format format) {
        return format == CueSheet.Format.SRT ? "00:00:01,000 --> 00:00:02,500" : "00:01.000 --> 00:02.500";
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }
}
