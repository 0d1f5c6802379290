package io.mouthpiece.core.speech;

import io.mouthpiece.core.time.Rational;

/**
 * One viseme held over [start, end) in exact seconds, with the loudness of the speech under it in [0, 1]
 * (drives how wide the mouth opens: whisper vs shout).
 */
public record VisemeSegment(Rational start, Rational end, Viseme viseme, float intensity) {
    public VisemeSegment {
        if (!end.isAfter(start)) throw new IllegalArgumentException("empty or reversed segment " + start + ".." + end);
        if (!(intensity >= 0 && intensity <= 1)) throw new IllegalArgumentException("intensity outside [0,1]: " + intensity);
    }

    public Rational duration() { return end.subtract(start); }
}
