package io.mouthpiece.core.motion;

import io.mouthpiece.core.time.Rational;

import java.util.Objects;

/** A user key: exact time on the take's timeline, a value, and how the curve leaves it. */
public record Keyframe(Rational time, double value, Interpolation interpolation) {
    public Keyframe {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(interpolation, "interpolation");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("keyframe value must be finite: " + value);
    }

    public Keyframe withTime(Rational t) { return new Keyframe(t, value, interpolation); }

    public Keyframe withValue(double v) { return new Keyframe(time, v, interpolation); }

    public Keyframe withInterpolation(Interpolation i) { return new Keyframe(time, value, i); }
}
