package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rhubarb Lip Sync's output layouts (TSV, JSON, XML) and the Moho/OpenToonz switch file, byte-compatible with
 * what Rhubarb 1.x writes so existing importers read them: times in seconds with two decimals.
 */
public final class RhubarbWriters {
    private RhubarbWriters() {}

    static String sec(Rational t) { return String.format(Locale.ROOT, "%.2f", t.toDouble()); }

    /** {@code start<TAB>shape} per cue, then a final line at the end time with X, as Rhubarb does. */
    public static void tsv(List<MouthCue> cues, Appendable out) throws IOException {
        for (MouthCue c : cues) out.append(sec(c.start())).append('\t').append(c.shape().name()).append('\n');
        if (!cues.isEmpty() && cues.getLast().shape() != RhubarbShape.X) {
            out.append(sec(cues.getLast().end())).append("\tX\n");
        }
    }

    public static void json(List<MouthCue> cues, String soundFile, Rational duration, Appendable out) throws IOException {
        out.append("{\n  \"metadata\": {\n    \"soundFile\": \"").append(jsonEscape(soundFile))
                .append("\",\n    \"duration\": ").append(sec(duration)).append("\n  },\n  \"mouthCues\": [\n");
        for (int i = 0; i < cues.size(); i++) {
            MouthCue c = cues.get(i);
            out.append("    { \"start\": ").append(sec(c.start())).append(", \"end\": ").append(sec(c.end()))
                    .append(", \"value\": \"").append(c.shape().name()).append("\" }")
                    .append(i + 1 < cues.size() ? ",\n" : "\n");
        }
        out.append("  ]\n}\n");
    }

    public static void xml(List<MouthCue> cues, String soundFile, Rational duration, Appendable out) throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rhubarbResult>\n  <metadata>\n    <soundFile>")
                .append(xmlEscape(soundFile)).append("</soundFile>\n    <duration>").append(sec(duration))
                .append("</duration>\n  </metadata>\n  <mouthCues>\n");
        for (MouthCue c : cues) {
            out.append("    <mouthCue start=\"").append(sec(c.start())).append("\" end=\"").append(sec(c.end()))
                    .append("\">").append(c.shape().name()).append("</mouthCue>\n");
        }
        out.append("  </mouthCues>\n</rhubarbResult>\n");
    }

    /**
     * Moho / OpenToonz switch data: "MohoSwitch1", then "frame shape" with 1-based frames at {@code fps}, one line per
     * change of shape. Cues that start on the same frame: the later one wins, except that a closure (A) keeps its frame
     * (the lips must shut on every M/B/P, and the analyser's inserted closures are one 10 ms frame long); the cue after
     * it moves to the next frame, or is dropped when it is over by then.
     */
    public static void dat(List<MouthCue> cues, FrameRate fps, boolean prestonBlair, Appendable out) throws IOException {
        record Key(long frame, RhubarbShape shape) {}
        List<Key> keys = new ArrayList<>();
        for (MouthCue c : cues) {
            long frame = frameOf(c.start(), fps);
            if (!keys.isEmpty() && frame <= keys.getLast().frame()) {
                if (keys.getLast().shape() == RhubarbShape.A && c.shape() != RhubarbShape.A) {
                    frame = keys.getLast().frame() + 1;
                    if (frame >= frameOf(c.end(), fps)) continue;
                } else {
                    frame = keys.removeLast().frame();
                }
            }
            if (!keys.isEmpty() && keys.getLast().shape() == c.shape()) continue;
            keys.add(new Key(frame, c.shape()));
        }
        out.append("MohoSwitch1\n");
        for (Key k : keys) {
            out.append(Long.toString(k.frame())).append(' ')
                    .append(prestonBlair ? k.shape().prestonBlair() : k.shape().name()).append('\n');
        }
    }

    /** The 1-based frame at {@code fps} on which a cue starting at {@code t} shows. */
    private static long frameOf(Rational t, FrameRate fps) {
        return t.multiply(fps.fps()).round() + 1;
    }

    static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.toString();
    }

    static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
