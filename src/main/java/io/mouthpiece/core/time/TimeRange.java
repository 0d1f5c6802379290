package io.mouthpiece.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A half-open interval [start, start + duration) of exact time. */
public record TimeRange(Rational start, Rational duration) {
    @JsonCreator
    public TimeRange(@JsonProperty("start") Rational start, @JsonProperty("duration") Rational duration) {
        if (duration.signum() < 0) throw new IllegalArgumentException("negative duration: " + duration);
        this.start = start;
        this.duration = duration;
    }

    public static TimeRange between(Rational start, Rational end) { return new TimeRange(start, end.subtract(start)); }

    public Rational end() { return start.add(duration); }

    public boolean contains(Rational t) { return !t.isBefore(start) && t.isBefore(end()); }

    public boolean overlaps(TimeRange o) { return start.isBefore(o.end()) && o.start.isBefore(end()); }

    public TimeRange shift(Rational by) { return new TimeRange(start.add(by), duration); }

    public boolean isEmpty() { return duration.isZero(); }
}
