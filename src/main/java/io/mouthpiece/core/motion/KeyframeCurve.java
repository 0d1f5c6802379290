package io.mouthpiece.core.motion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mouthpiece.core.time.Rational;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The user's keys on one channel, sorted by time with at most one key per instant. Evaluation is a binary search
 * plus one segment: O(log n). Before the first key the curve holds the first value, after the last the last.
 */
public record KeyframeCurve(List<Keyframe> keys, BlendMode mode) {
    public static final KeyframeCurve EMPTY = new KeyframeCurve(List.of(), BlendMode.OVERRIDE);

    @JsonCreator
    public KeyframeCurve(@JsonProperty("keys") List<Keyframe> keys, @JsonProperty("mode") BlendMode mode) {
        List<Keyframe> sorted = new ArrayList<>(keys == null ? List.of() : keys);
        sorted.sort(Comparator.comparing(Keyframe::time));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).time().equals(sorted.get(i - 1).time())) {
                throw new IllegalArgumentException("two keys at the same time " + sorted.get(i).time());
            }
        }
        this.keys = List.copyOf(sorted);
        this.mode = mode == null ? BlendMode.OVERRIDE : mode;
    }

    @JsonIgnore
    public boolean isEmpty() { return keys.isEmpty(); }

    /** Index of the key exactly at {@code t}, or {@code -(insertion point) - 1}. */
    public int search(Rational t) {
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys.get(mid).time().compareTo(t);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    public Optional<Keyframe> keyAt(Rational t) {
        int i = search(t);
        return i >= 0 ? Optional.of(keys.get(i)) : Optional.empty();
    }

    /** A copy with {@code k} added, replacing a key at the same time. */
    public KeyframeCurve with(Keyframe k) {
        List<Keyframe> out = new ArrayList<>(keys);
        int i = search(k.time());
        if (i >= 0) out.set(i, k);
        else out.add(-i - 1, k);
        return new KeyframeCurve(out, mode);
    }

    /** A copy without the key at {@code t}; throws if there is none. */
    public KeyframeCurve without(Rational t) {
        int i = search(t);
        if (i < 0) throw new IllegalArgumentException("no key at " + t);
        List<Keyframe> out = new ArrayList<>(keys);
        out.remove(i);
        return new KeyframeCurve(out, mode);
    }

    public KeyframeCurve withMode(BlendMode m) { return new KeyframeCurve(keys, m); }

    /** The curve's value at {@code t}; NaN when the curve has no keys. */
    public double evaluate(Rational t) {
        int n = keys.size();
        if (n == 0) return Double.NaN;
        int i = search(t);
        if (i >= 0) return keys.get(i).value();
        int next = -i - 1;
        if (next == 0) return keys.get(0).value();
        if (next == n) return keys.get(n - 1).value();
        Keyframe a = keys.get(next - 1);
        Keyframe b = keys.get(next);
        double u = t.subtract(a.time()).divide(b.time().subtract(a.time())).toDouble();
        return switch (a.interpolation()) {
            case HOLD -> a.value();
            case LINEAR -> a.value() + (b.value() - a.value()) * u;
            case SMOOTH -> hermite(next - 1, u);
        };
    }

    /** Monotone cubic Hermite between key i and i+1 (Fritsch–Carlson tangents): no overshoot past the keys. */
    private double hermite(int i, double u) {
        Keyframe a = keys.get(i);
        Keyframe b = keys.get(i + 1);
        double h = b.time().subtract(a.time()).toDouble();
        double delta = (b.value() - a.value()) / h;
        double m0 = tangent(i, delta);
        double m1 = tangent(i + 1, delta);
        double u2 = u * u;
        double u3 = u2 * u;
        return (2 * u3 - 3 * u2 + 1) * a.value() + (u3 - 2 * u2 + u) * h * m0
                + (-2 * u3 + 3 * u2) * b.value() + (u3 - u2) * h * m1;
    }

    private double tangent(int k, double segmentSlope) {
        double left = k > 0 ? slope(k - 1) : Double.NaN;
        double right = k < keys.size() - 1 ? slope(k) : Double.NaN;
        if (Double.isNaN(left) || Double.isNaN(right)) {
            // ends of the curve: ease in/out (flat) so a two-key smooth curve is an S-curve
            return 0;
        }
        if (left * right <= 0) return 0;               // local extremum: flat, no overshoot
        return 2 / (1 / left + 1 / right);            // harmonic mean keeps it monotone
    }

    private double slope(int i) {
        Keyframe a = keys.get(i);
        Keyframe b = keys.get(i + 1);
        return (b.value() - a.value()) / b.time().subtract(a.time()).toDouble();
    }
}
