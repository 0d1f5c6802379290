package io.mouthpiece.core.time;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class RationalTest {
    @Test
    void reducesAndNormalisesSign() {
        assertEquals(Rational.of(1, 2), Rational.of(2, 4));
        assertEquals(Rational.of(-1, 2), Rational.of(1, -2));
        assertEquals("-1/2", Rational.of(3, -6).toString());
        assertEquals(Rational.ZERO, Rational.of(0, -7));
        assertEquals("5", Rational.of(10, 2).toString());
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
    }

    @Test
    void ntscFrameArithmeticIsExact() {
        Rational frame = FrameRate.NTSC.frameDuration(); // 1001/30000
        Rational sum = Rational.ZERO;
        for (int i = 0; i < 30000; i++) sum = sum.add(frame);
        assertEquals(Rational.of(1001), sum, "30000 frames at 29.97 last exactly 1001 s");
        assertEquals(29970L, FrameRate.NTSC.frameAt(Rational.of(1000)), "1000 s = 29970.03 frames, floor");
        assertEquals(29969L, FrameRate.NTSC.frameAt(FrameRate.NTSC.timeOf(29970).subtract(Rational.of(1, 1_000_000))));
        assertEquals(Rational.of(1001), FrameRate.NTSC.timeOf(30000));
    }

    @Test
    void parsesFractionsAndDecimalsExactly() {
        assertEquals(Rational.of(24000, 1001), Rational.parse("24000/1001"));
        assertEquals(Rational.of(2997, 100), Rational.parse("29.97"));
        assertEquals(Rational.of(-3, 4), Rational.parse("-0.75"));
        assertEquals(Rational.of(1200), Rational.parse("1.2E3"));
        assertThrows(IllegalArgumentException.class, () -> Rational.parse("abc"));
        assertEquals(Rational.of(7, 3), Rational.parse(Rational.of(7, 3).toString()));
    }

    @Test
    void floorCeilRoundOnNegatives() {
        assertEquals(-2, Rational.of(-3, 2).floor());
        assertEquals(-1, Rational.of(-3, 2).ceil());
        assertEquals(-1, Rational.of(-3, 2).round(), "halves round towards +inf");
        assertEquals(2, Rational.of(3, 2).round());
        assertEquals(Long.MAX_VALUE, Rational.of(Long.MAX_VALUE).round());
    }

    @Test
    void overflowIsDetectedNotWrapped() {
        Rational big = Rational.of(Long.MAX_VALUE, 1);
        assertThrows(ArithmeticException.class, () -> big.add(Rational.ONE));
        assertThrows(ArithmeticException.class, () -> big.multiply(Rational.of(2)));
        // a product that overflows on the way but whose reduced result fits
        Rational a = Rational.of(Long.MAX_VALUE, 3);
        assertEquals(Rational.of(Long.MAX_VALUE, 2), a.multiply(Rational.of(3, 2)));
        // comparisons near the limits use exact arithmetic
        assertTrue(Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE).compareTo(Rational.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1)) > 0);
    }

    @Test
    void randomisedAgainstBigIntegerReference() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 20000; i++) {
            long an = r.nextLong(-2_000_000_000L, 2_000_000_000L);
            long ad = r.nextLong(1, 2_000_000_000L);
            long bn = r.nextLong(-2_000_000_000L, 2_000_000_000L);
            long bd = r.nextLong(1, 2_000_000_000L);
            Rational a = Rational.of(an, ad);
            Rational b = Rational.of(bn, bd);
            assertExact(a.add(b), big(an).multiply(big(bd)).add(big(bn).multiply(big(ad))), big(ad).multiply(big(bd)));
            assertExact(a.multiply(b), big(an).multiply(big(bn)), big(ad).multiply(big(bd)));
            int cmp = big(an).multiply(big(bd)).compareTo(big(bn).multiply(big(ad)));
            assertEquals(Integer.signum(cmp), Integer.signum(a.compareTo(b)));
            assertEquals(Math.floorDiv(an, ad), a.floor());
        }
    }

    private static void assertExact(Rational got, BigInteger n, BigInteger d) {
        BigInteger g = n.gcd(d);
        if (g.signum() == 0) g = BigInteger.ONE;
        assertEquals(n.divide(g), big(got.num()));
        assertEquals(d.divide(g), big(got.den()));
    }

    private static BigInteger big(long v) { return BigInteger.valueOf(v); }
}
