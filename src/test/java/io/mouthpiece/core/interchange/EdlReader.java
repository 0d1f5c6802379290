package io.mouthpiece.core.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of the CMX 3600 subset {@link Cmx3600Writer} writes: it fails on any line it does not expect. */
record EdlReader(String title, boolean dropFrame, List<Event> events) {
    private static final String TC = "(\\d\\d:\\d\\d:\\d\\d[:;]\\d\\d)";
    private static final Pattern EVENT = Pattern.compile(
            "(\\d{3})  ([A-Za-z0-9_ ]{8}) (.{5}) C        " + TC + " " + TC + " " + TC + " " + TC);

    record Event(int number, String reel, String track, String sourceIn, String sourceOut, String recordIn, String recordOut,
                 String clipName, String clipFile, List<String> locators) {}

    static EdlReader parse(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].startsWith("TITLE: ")) throw new AssertionError("no TITLE: " + lines[0]);
        boolean drop = switch (lines[1]) {
            case "FCM: DROP FRAME" -> true;
            case "FCM: NON-DROP FRAME" -> false;
            default -> throw new AssertionError("no FCM: " + lines[1]);
        };
        List<Event> events = new ArrayList<>();
        int i = 2;
        while (i < lines.length - 1) {
            if (!lines[i].isEmpty()) throw new AssertionError("expected a blank line before an event, got: " + lines[i]);
            Matcher m = EVENT.matcher(lines[++i]);
            if (!m.matches()) throw new AssertionError("not an event line: '" + lines[i] + "'");
            String name = comment(lines[++i], "* FROM CLIP NAME:  ");
            String file = comment(lines[++i], "* FROM CLIP: ");
            List<String> locs = new ArrayList<>();
            while (lines[i + 1].startsWith("* LOC: ")) locs.add(lines[++i].substring(7));
            events.add(new Event(Integer.parseInt(m.group(1)), m.group(2).strip(), m.group(3).strip(), m.group(4), m.group(5),
                    m.group(6), m.group(7), name, file, locs));
            i++;
        }
        if (i != lines.length - 1 || !lines[i].isEmpty()) throw new AssertionError("text after the last event or no final newline");
        return new EdlReader(lines[0].substring(7), drop, events);
    }

    private static String comment(String line, String prefix) {
        if (!line.startsWith(prefix)) throw new AssertionError("expected '" + prefix + "', got: " + line);
        return line.substring(prefix.length());
    }
}
