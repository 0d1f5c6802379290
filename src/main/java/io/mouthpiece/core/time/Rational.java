package io.mouthpiece.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigInteger;

/**
 * An exact rational number with a 64-bit numerator and a positive 64-bit denominator, always reduced.
 * Used for every time value in the model: seconds, frame durations, frame rates. Arithmetic is exact and throws
 * {@link ArithmeticException} instead of silently overflowing; intermediate products go through 128-bit-safe
 * {@link BigInteger} math only when the fast path would overflow.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);

    private final long num;
    private final long den;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
    }

    /** {@code num/den}, reduced; the sign moves to the numerator. */
    public static Rational of(long num, long den) {
        if (den == 0) throw new ArithmeticException("denominator is zero");
        if (num == 0) return ZERO;
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        return new Rational(num / g, den / g);
    }

    public static Rational of(long whole) {
        return whole == 0 ? ZERO : new Rational(whole, 1);
    }

    private static Rational ofBig(BigInteger n, BigInteger d) {
        if (d.signum() == 0) throw new ArithmeticException("denominator is zero");
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.bitLength() > 63 || d.bitLength() > 63) {
            throw new ArithmeticException("rational overflow: " + n + "/" + d);
        }
        return of(n.longValueExact(), d.longValueExact());
    }

    /** Parses "a/b", "a" or a decimal such as "29.97" (exactly, as 2997/100). */
    @JsonCreator
    public static Rational parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        try {
            if (slash >= 0) {
                return of(Long.parseLong(s.substring(0, slash).strip()), Long.parseLong(s.substring(slash + 1).strip()));
            }
            java.math.BigDecimal d = new java.math.BigDecimal(s);
            return ofBig(d.unscaledValue(), BigInteger.TEN.pow(Math.max(0, d.scale())))
                    .multiply(d.scale() < 0 ? of(BigInteger.TEN.pow(-d.scale()).longValueExact()) : ONE);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a rational number: '" + text + "'", e);
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    public long num() { return num; }

    public long den() { return den; }

    public int signum() { return Long.signum(num); }

    public boolean isZero() { return num == 0; }

    public Rational add(Rational o) {
        if (den == o.den) {
            try {
                return of(Math.addExact(num, o.num), den);
            } catch (ArithmeticException ignored) {
                // fall through to the exact path
            }
        }
        try {
            long g = gcd(den, o.den);
            long d1 = den / g;
            return of(Math.addExact(Math.multiplyExact(num, o.den / g), Math.multiplyExact(o.num, d1)),
                    Math.multiplyExact(den, o.den / g));
        } catch (ArithmeticException e) {
            return ofBig(big(num).multiply(big(o.den)).add(big(o.num).multiply(big(den))), big(den).multiply(big(o.den)));
        }
    }

    public Rational subtract(Rational o) { return add(o.negate()); }

    public Rational negate() { return num == 0 ? this : new Rational(Math.negateExact(num), den); }

    public Rational multiply(Rational o) {
        try {
            long g1 = gcd(Math.abs(num), o.den);
            long g2 = gcd(Math.abs(o.num), den);
            return of(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
        } catch (ArithmeticException e) {
            return ofBig(big(num).multiply(big(o.num)), big(den).multiply(big(o.den)));
        }
    }

    public Rational multiply(long k) { return multiply(of(k)); }

    public Rational divide(Rational o) {
        if (o.num == 0) throw new ArithmeticException("division by zero");
        return multiply(o.reciprocal());
    }

    public Rational divide(long k) { return divide(of(k)); }

    public Rational reciprocal() {
        if (num == 0) throw new ArithmeticException("reciprocal of zero");
        return of(den, num);
    }

    /** Largest integer ≤ this. */
    public long floor() { return Math.floorDiv(num, den); }

    /** Smallest integer ≥ this. */
    public long ceil() { return -Math.floorDiv(-num, den); }

    /** Nearest integer, halves rounded up (towards +∞). */
    public long round() {
        // floor(num/den + 1/2) = floor((2num + den) / 2den), computed without overflow
        return ofBigFloor(big(num).shiftLeft(1).add(big(den)), big(den).shiftLeft(1));
    }

    private static long ofBigFloor(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        if (qr[1].signum() < 0) q = q.subtract(BigInteger.ONE);
        return q.longValueExact();
    }

    public double toDouble() { return (double) num / (double) den; }

    public Rational min(Rational o) { return compareTo(o) <= 0 ? this : o; }

    public Rational max(Rational o) { return compareTo(o) >= 0 ? this : o; }

    @Override
    public int compareTo(Rational o) {
        if (den == o.den) return Long.compare(num, o.num);
        try {
            return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
        } catch (ArithmeticException e) {
            return big(num).multiply(big(o.den)).compareTo(big(o.num).multiply(big(den)));
        }
    }

    public boolean isBefore(Rational o) { return compareTo(o) < 0; }

    public boolean isAfter(Rational o) { return compareTo(o) > 0; }

    private static BigInteger big(long v) { return BigInteger.valueOf(v); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && r.num == num && r.den == den;
    }

    @Override
    public int hashCode() { return Long.hashCode(num) * 31 + Long.hashCode(den); }

    /** "a/b", or "a" for whole numbers; {@link #parse} reads it back. */
    @JsonValue
    @Override
    public String toString() { return den == 1 ? Long.toString(num) : num + "/" + den; }
}
