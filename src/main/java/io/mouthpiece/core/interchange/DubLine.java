package io.mouthpiece.core.interchange;

import io.mouthpiece.core.time.Rational;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One dubbed line and its sync score, as the interchange files carry it. {@code start} and {@code end} are exact
 * seconds from the shot's first frame; {@code offsetFrames} is the lip-to-speech offset (positive: the mouth late),
 * {@code confidence} the correlation peak minus its median, {@code leak} the same score against the original
 * language (NaN where it was not measured); {@code flags} name what the review should look at (empty when the
 * line passed).
 */
public record DubLine(String name, Rational start, Rational end, double offsetFrames, double confidence, double leak,
                      List<String> flags) {
    public DubLine {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        name = name == null ? "" : name;
        flags = List.copyOf(flags);
        if (start.signum() < 0) throw new IllegalArgumentException("line '" + name + "' starts before the shot: " + start + " s");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("line '" + name + "' ends (" + end + " s) at or before its start (" + start + " s)");
        }
    }

    public boolean flagged() { return !flags.isEmpty(); }

    /** One line for a marker comment or an EDL locator: "offset +2 f, confidence 0.41, leak 0.12; flags: offset". */
    public String summary() {
        String offset = offsetFrames == Math.rint(offsetFrames)
                ? String.format(Locale.ROOT, "%+d", (long) offsetFrames)
                : String.format(Locale.ROOT, "%+.1f", offsetFrames);
        StringBuilder s = new StringBuilder();
        s.append("offset ").append(Double.isFinite(offsetFrames) ? offset : "n/a").append(" f, confidence ")
                .append(decimal(confidence)).append(", leak ").append(decimal(leak));
        if (flagged()) s.append("; flags: ").append(String.join(", ", flags));
        return s.toString();
    }

    private static String decimal(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }
}
