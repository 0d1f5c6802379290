package io.mouthpiece.core.motion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

import java.util.Arrays;

/**
 * A generated curve: one value per frame at a rate, starting at {@code start} on the take's timeline. Values between
 * samples are linearly interpolated; outside the samples the curve is at rest (NaN, meaning "no contribution").
 */
public record SampledCurve(Rational start, FrameRate rate, float[] values) {
    @JsonCreator
    public SampledCurve(@JsonProperty("start") Rational start, @JsonProperty("rate") FrameRate rate,
                        @JsonProperty("values") float[] values) {
        this.start = start;
        this.rate = rate;
        this.values = values.clone();
        for (float v : this.values) {
            if (!Float.isFinite(v)) throw new IllegalArgumentException("sampled curve holds a non-finite value");
        }
    }

    @Override
    public float[] values() { return values.clone(); }

    public int size() { return values.length; }

    public float valueAt(int i) { return values[i]; }

    public Rational end() { return start.add(rate.timeOf(values.length)); }

    /** Value at exact time {@code t}; NaN outside the sampled span. */
    public double evaluate(Rational t) {
        if (values.length == 0 || t.isBefore(start) || !t.isBefore(end())) return Double.NaN;
        Rational pos = t.subtract(start).multiply(rate.fps());
        long i = pos.floor();
        double frac = pos.subtract(Rational.of(i)).toDouble();
        double a = values[(int) i];
        double b = i + 1 < values.length ? values[(int) i + 1] : a;
        return a + (b - a) * frac;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampledCurve s && s.start.equals(start) && s.rate.equals(rate) && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() { return (start.hashCode() * 31 + rate.hashCode()) * 31 + Arrays.hashCode(values); }

    @Override
    public String toString() { return "SampledCurve[start=" + start + ", rate=" + rate + ", n=" + values.length + "]"; }
}
