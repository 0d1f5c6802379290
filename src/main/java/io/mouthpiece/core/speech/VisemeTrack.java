package io.mouthpiece.core.speech;

import io.mouthpiece.core.time.Rational;

import java.util.ArrayList;
import java.util.List;

/**
 * A gap-free sequence of viseme segments covering [0, duration): silence is an explicit {@link Viseme#SIL}
 * segment, so every instant has exactly one viseme.
 */
public record VisemeTrack(List<VisemeSegment> segments, Rational duration) {
    public VisemeTrack {
        segments = List.copyOf(segments);
        Rational t = Rational.ZERO;
        for (VisemeSegment s : segments) {
            if (!s.start().equals(t)) throw new IllegalArgumentException("gap or overlap at " + t + " (next starts " + s.start() + ")");
            t = s.end();
        }
        if (!t.equals(duration)) throw new IllegalArgumentException("segments end at " + t + ", duration is " + duration);
    }

    public static VisemeTrack silent(Rational duration) {
        return duration.isZero() ? new VisemeTrack(List.of(), duration)
                : new VisemeTrack(List.of(new VisemeSegment(Rational.ZERO, duration, Viseme.SIL, 0)), duration);
    }

    /** The segment containing {@code t}; times outside [0, duration) give silence. */
    public Viseme at(Rational t) {
        int lo = 0, hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            VisemeSegment s = segments.get(mid);
            if (t.isBefore(s.start())) hi = mid - 1;
            else if (!t.isBefore(s.end())) lo = mid + 1;
            else return s.viseme();
        }
        return Viseme.SIL;
    }

    /** Builds a track from per-frame labels on a fixed grid, merging runs. */
    public static VisemeTrack fromFrames(Viseme[] labels, float[] intensity, Rational frameDuration) {
        List<VisemeSegment> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            int j = runEnd(labels, i);
            float peak = 0;
            if (intensity != null) for (int k = i; k < j; k++) peak = Math.max(peak, intensity[k]);
            out.add(new VisemeSegment(frameDuration.multiply(i), frameDuration.multiply(j), labels[i],
                    Math.max(0, Math.min(1, peak))));
            i = j;
        }
        return new VisemeTrack(out, frameDuration.multiply(labels.length));
    }

    private static int runEnd(Viseme[] labels, int i) {
        int j = i;
        while (j < labels.length && labels[j] == labels[i]) j++;
        return j;
    }
}
