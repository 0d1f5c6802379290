package io.mouthpiece.core.interchange;

import io.mouthpiece.core.persist.AtomicFiles;
import io.mouthpiece.core.time.FrameRate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the rendered ranges of a dubbed shot as a CMX 3600 EDL: one video cut per range, taken from the rendered
 * file at its own timecode and recorded at the same timecode, so the events drop onto the original shot in a
 * sequence that starts at the shot's timecode. Each event names its clip ({@code * FROM CLIP NAME:}, and the file as
 * {@code * FROM CLIP:}) and carries a locator ({@code * LOC: tc COLOUR text}, the Avid form that OpenTimelineIO's
 * CMX adapter also reads) for each line that starts inside it. Out points are exclusive, as CMX 3600 has them.
 * Drop-frame timecode (29.97 / 59.94 with a drop-frame start) is written with ';' before the frames.
 */
public final class Cmx3600Writer {
    /** The reel CMX 3600 reserves for an auxiliary source, used when the file's reel is unknown. */
    public static final String AUX_REEL = "AX";
    static final int MAX_EVENTS = 999;

    private Cmx3600Writer() {}

    /** Writes the EDL to {@code target} through a temporary file, so the target is never half written. */
    public static void write(DubbedShot shot, Path target) throws IOException {
        AtomicFiles.writeString(target, toText(shot));
    }

    public static String toText(DubbedShot shot) {
        List<FrameSpan> ranges = shot.renderedRanges();
        if (ranges.size() > MAX_EVENTS) {
            throw new IllegalArgumentException(shot.name() + ": " + ranges.size()
                    + " rendered ranges, but a CMX 3600 EDL numbers its events 001 to 999");
        }
        SourceShot src = shot.source();
        StringBuilder edl = new StringBuilder();
        edl.append("TITLE: ").append(oneLine(shot.name())).append('\n');
        edl.append("FCM: ").append(src.dropFrame() ? "DROP FRAME" : "NON-DROP FRAME").append('\n');
        String reel = reel(shot.output());
        for (int i = 0; i < ranges.size(); i++) {
            FrameSpan r = ranges.get(i);
            String in = src.timecode(r.start());
            String out = src.timecode(r.end());
            edl.append('\n');
            edl.append(String.format(Locale.ROOT, "%03d  %-8s %-5s %-8s %s %s %s %s", i + 1, reel, "V", "C", in, out, in, out))
                    .append('\n');
            edl.append("* FROM CLIP NAME:  ").append(oneLine(shot.output().name())).append('\n');
            edl.append("* FROM CLIP: ").append(oneLine(shot.output().path().toAbsolutePath().normalize().toString())).append('\n');
            for (String loc : locators(shot, r)) edl.append(loc).append('\n');
        }
        return edl.toString();
    }

    /** {@code * LOC:} lines for the lines whose first frame lies in {@code range}, in their order. */
    private static List<String> locators(DubbedShot shot, FrameSpan range) {
        FrameRate rate = shot.source().rate();
        List<String> out = new ArrayList<>();
        for (DubLine line : shot.lines()) {
            long first = rate.frameAt(line.start());
            if (!range.contains(first)) continue;
            String colour = line.flagged() ? "RED" : "GREEN";
            String text = line.name().isBlank() ? line.summary() : line.name() + " | " + line.summary();
            out.add(String.format(Locale.ROOT, "* LOC: %s %-7s %s", shot.source().timecode(first), colour, oneLine(text)));
        }
        return out;
    }

    /**
     * The reel field: the file's reel with everything but ASCII letters, digits and '_' removed, cut to CMX 3600's
     * eight characters; {@link #AUX_REEL} when the reel is unknown or nothing of it survives.
     */
    static String reel(MediaFile media) {
        if (media.reel() == null) return AUX_REEL;
        String clean = media.reel().replaceAll("[^A-Za-z0-9_]", "");
        if (clean.isEmpty()) return AUX_REEL;
        return clean.length() > 8 ? clean.substring(0, 8) : clean;
    }

    /** Text for a one-line field: line breaks, tabs and other control characters become single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
