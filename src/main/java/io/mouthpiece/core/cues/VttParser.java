package io.mouthpiece.core.cues;

import io.mouthpiece.core.time.TimeRange;

import java.util.ArrayList;
import java.util.List;

/**
 * WebVTT (.vtt): a "WEBVTT" header (its following lines up to the first blank line are header too), then blocks
 * separated by blank lines: NOTE, STYLE and REGION blocks (skipped) and cues, each an optional identifier line, a
 * timing line {@code [HH:]MM:SS.mmm --> [HH:]MM:SS.mmm [settings]} and the payload.
 */
final class VttParser {
    private VttParser() {}

    static List<Cue> parse(String file, List<String> lines) throws CueParseException {
        int n = lines.size();
        String first = n == 0 ? "" : lines.getFirst();
        if (!(first.equals("WEBVTT") || first.startsWith("WEBVTT ") || first.startsWith("WEBVTT\t"))) {
            throw new CueParseException(file, 1, "a WebVTT file starts with the line 'WEBVTT', found '"
                    + SrtParser.shorten(first.strip()) + "'");
        }
        int i = 1;
        while (i < n && !lines.get(i).isBlank()) {
            if (CueTimes.isTimingLine(lines.get(i))) {
                throw new CueParseException(file, i + 1, "a blank line must separate the WEBVTT header from the first cue");
            }
            i++;
        }
        List<Cue> cues = new ArrayList<>();
        while (true) {
            while (i < n && lines.get(i).isBlank()) i++;
            if (i >= n) break;
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < n && !lines.get(i).isBlank()) block.add(lines.get(i++));
            String head = block.getFirst();
            if (!CueTimes.isTimingLine(head) && (keyword(head, "NOTE") || keyword(head, "STYLE") || keyword(head, "REGION"))) {
                continue;
            }
            String id = "";
            int timing = 0;
            if (!CueTimes.isTimingLine(head)) {
                if (block.size() < 2 || !CueTimes.isTimingLine(block.get(1))) {
                    throw new CueParseException(file, blockStart + 1, "expected a cue timing line '00:01.000 --> 00:02.500' "
                            + "(or a NOTE, STYLE or REGION block), found '" + SrtParser.shorten(head.strip()) + "'");
                }
                id = head.strip();
                timing = 1;
            }
            int timingLine = blockStart + timing + 1;
            CueTimes.Timing t = CueTimes.timing(block.get(timing), CueSheet.Format.WEBVTT, file, timingLine);
            List<String> payload = new ArrayList<>();
            for (int k = timing + 1; k < block.size(); k++) {
                if (CueTimes.isTimingLine(block.get(k))) {
                    throw new CueParseException(file, blockStart + k + 1, "a blank line must end the cue before the next timing line");
                }
                payload.add(block.get(k));
            }
            CueText.Clean text = CueText.clean(payload);
            cues.add(new Cue(cues.size() + 1, id, TimeRange.between(t.start(), t.end()), text.text(), text.speaker(), timingLine));
        }
        return cues;
    }

    private static boolean keyword(String line, String word) {
        return line.equals(word) || line.startsWith(word + " ") || line.startsWith(word + "\t");
    }
}
