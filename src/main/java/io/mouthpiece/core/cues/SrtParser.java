package io.mouthpiece.core.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SubRip (.srt): blocks separated by blank lines, each a counter, a timing line
 * {@code HH:MM:SS,mmm --> HH:MM:SS,mmm} (anything after the end time, such as old X1:/Y1: coordinates, ignored) and
 * one or more lines of text. A block without its counter is accepted, and so is a missing blank line before the next
 * counter and timing line; a block without a timing line is an error.
 */
final class SrtParser {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private SrtParser() {}

    static List<Cue> parse(String file, List<String> lines) throws CueParseException {
        List<Cue> cues = new ArrayList<>();
        int i = 0, n = lines.size();
        String nextId = null;
        while (true) {
            while (i < n && lines.get(i).isBlank()) i++;
            if (i >= n) break;
            String id = nextId == null ? "" : nextId;
            nextId = null;
            if (!CueTimes.isTimingLine(lines.get(i))) {
                id = lines.get(i).strip();
                if (!DIGITS.matcher(id).matches()) {
                    throw new CueParseException(file, i + 1, "expected a cue number or a timing line "
                            + "'00:00:01,000 --> 00:00:02,500', found '" + shorten(id) + "'");
                }
                i++;
                if (i >= n || !CueTimes.isTimingLine(lines.get(i))) {
                    throw new CueParseException(file, Math.min(i + 1, n), "cue " + id
                            + " has no timing line '00:00:01,000 --> 00:00:02,500' after its number");
                }
            }
            int timingLine = i + 1;
            CueTimes.Timing t = CueTimes.timing(lines.get(i), CueSheet.Format.SRT, file, timingLine);
            i++;
            List<String> payload = new ArrayList<>();
            while (i < n && !lines.get(i).isBlank()) {
                if (CueTimes.isTimingLine(lines.get(i))) {
                    // The blank line before the next cue is missing: its counter ended up as our last text line.
                    if (!payload.isEmpty() && DIGITS.matcher(payload.getLast().strip()).matches()) nextId = payload.removeLast().strip();
                    break;
                }
                payload.add(lines.get(i++));
            }
            CueText.Clean text = CueText.clean(payload);
            cues.add(new Cue(cues.size() + 1, id, io.mouthpiece.core.time.TimeRange.between(t.start(), t.end()),
                    text.text(), text.speaker(), timingLine));
        }
        return cues;
    }

    static String shorten(String s) { return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s; }
}
