package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

import java.io.IOException;
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
     * Moho / OpenToonz switch data: "MohoSwitch1", then "frame shape" with 1-based frames at {@code fps}.
     * Cues shorter than a frame that would share a frame with the next are dropped, keeping the later one.
     */
    public static void dat(List<MouthCue> cues, FrameRate fps, boolean prestonBlair, Appendable out) throws IOException {
        out.append("MohoSwitch1\n");
        long lastFrame = -1;
        StringBuilder pending = null;
        for (MouthCue c : cues) {
            long frame = c.start().multiply(fps.fps()).round() + 1;
            String name = prestonBlair ? c.shape().prestonBlair() : c.shape().name();
            if (frame == lastFrame && pending != null) {
                pending.setLength(0);
                pending.append(frame).append(' ').append(name).append('\n');
                continue;
            }
            if (pending != null) out.append(pending);
            pending = new StringBuilder().append(frame).append(' ').append(name).append('\n');
            lastFrame = frame;
        }
        if (pending != null) out.append(pending);
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
