package io.mouthpiece.core.time;

/** Audio positions are whole samples; this converts them to and from exact time. */
public record SampleRate(int hz) {
    public SampleRate {
        if (hz <= 0) throw new IllegalArgumentException("sample rate must be positive: " + hz);
    }

    public Rational timeOf(long sample) { return Rational.of(sample, hz); }

    /** The sample at or before {@code t}. */
    public long sampleAt(Rational t) { return t.multiply(Rational.of(hz)).floor(); }
}
