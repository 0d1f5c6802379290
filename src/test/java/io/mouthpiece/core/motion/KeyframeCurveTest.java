package io.mouthpiece.core.motion;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class KeyframeCurveTest {
    private static Keyframe k(long num, long den, double v, Interpolation i) { return new Keyframe(Rational.of(num, den), v, i); }

    @Test
    void holdLinearAndEnds() {
        KeyframeCurve c = new KeyframeCurve(List.of(k(1, 1, 0.2, Interpolation.LINEAR), k(2, 1, 0.8, Interpolation.HOLD),
                k(3, 1, 0.0, Interpolation.LINEAR)), BlendMode.OVERRIDE);
        assertEquals(0.2, c.evaluate(Rational.ZERO), 1e-12, "before the first key: first value");
        assertEquals(0.5, c.evaluate(Rational.of(3, 2)), 1e-12);
        assertEquals(0.8, c.evaluate(Rational.of(5, 2)), 1e-12, "hold keeps the value");
        assertEquals(0.0, c.evaluate(Rational.of(3)), 1e-12);
        assertEquals(0.0, c.evaluate(Rational.of(100)), 1e-12);
        assertTrue(Double.isNaN(KeyframeCurve.EMPTY.evaluate(Rational.ONE)));
    }

    @Test
    void smoothIsMonotoneBetweenKeysAndEasesAtEnds() {
        KeyframeCurve c = new KeyframeCurve(List.of(k(0, 1, 0, Interpolation.SMOOTH), k(1, 1, 1, Interpolation.SMOOTH),
                k(2, 1, 1, Interpolation.SMOOTH), k(3, 1, 0.1, Interpolation.SMOOTH)), BlendMode.OVERRIDE);
        double prev = -1;
        for (int i = 0; i <= 100; i++) {
            double v = c.evaluate(Rational.of(i, 100));
            assertTrue(v >= prev - 1e-12, "rising segment never dips");
            assertTrue(v >= 0 && v <= 1 + 1e-12, "never overshoots the keys");
            prev = v;
        }
        for (int i = 100; i <= 200; i++) assertEquals(1, c.evaluate(Rational.of(i, 100)), 1e-12, "flat between equal keys");
        assertEquals(0.5, c.evaluate(Rational.of(1, 2)), 1e-12, "S-curve is symmetric");
        assertTrue(c.evaluate(Rational.of(1, 10)) < 0.1, "eases out of the first key");
    }

    @Test
    void editsKeepKeysSortedAndUnique() {
        KeyframeCurve c = KeyframeCurve.EMPTY.with(k(2, 1, 1, Interpolation.LINEAR)).with(k(1, 1, 0, Interpolation.LINEAR));
        assertEquals(Rational.ONE, c.keys().getFirst().time());
        c = c.with(k(2, 1, 0.5, Interpolation.LINEAR));
        assertEquals(2, c.keys().size(), "a key at the same time replaces");
        assertEquals(0.5, c.keyAt(Rational.of(2)).orElseThrow().value());
        assertThrows(IllegalArgumentException.class, () -> new KeyframeCurve(
                List.of(k(1, 1, 0, Interpolation.LINEAR), k(1, 1, 1, Interpolation.LINEAR)), BlendMode.ADD));
        assertThrows(IllegalArgumentException.class, () -> KeyframeCurve.EMPTY.without(Rational.ONE));
    }

    @Test
    void layersCombineGeneratedAndUserAndClamp() {
        SampledCurve jaw = new SampledCurve(Rational.ZERO, FrameRate.FPS_25, new float[] {0f, 0.5f, 1f});
        MotionLayers m = new MotionLayers(Map.of(Channel.JAW_OPEN, jaw), Map.of());
        assertEquals(0.25, m.evaluate(Channel.JAW_OPEN, Rational.of(1, 50)), 1e-6, "linear between samples");
        assertEquals(0, m.evaluate(Channel.JAW_OPEN, Rational.of(10)), 1e-12, "rest outside the samples");
        MotionLayers add = m.withUser(Channel.JAW_OPEN, new KeyframeCurve(List.of(k(0, 1, 0.3, Interpolation.HOLD)), BlendMode.ADD));
        assertEquals(0.8, add.evaluate(Channel.JAW_OPEN, Rational.of(1, 25)), 1e-6);
        assertEquals(1.0, add.evaluate(Channel.JAW_OPEN, Rational.of(2, 25)), 1e-12, "clamped to the channel range");
        MotionLayers over = m.withUser(Channel.JAW_OPEN, new KeyframeCurve(List.of(k(0, 1, 0.1, Interpolation.HOLD)), BlendMode.OVERRIDE));
        assertEquals(0.1, over.evaluate(Channel.JAW_OPEN, Rational.of(2, 25)), 1e-12);
        MotionLayers yaw = MotionLayers.EMPTY.withUser(Channel.HEAD_YAW, new KeyframeCurve(List.of(k(0, 1, -90, Interpolation.HOLD)), BlendMode.OVERRIDE));
        assertEquals(-30, yaw.evaluate(Channel.HEAD_YAW, Rational.ZERO), 1e-12);
        float[] all = over.evaluateAll(Rational.ZERO);
        assertEquals(Channel.values().length, all.length);
        assertEquals(0.1f, all[Channel.JAW_OPEN.ordinal()], 1e-6);
    }

    @Test
    void channelRegistryIsConsistent() {
        for (Channel c : Channel.values()) {
            assertEquals(c, Channel.fromId(c.id()));
            assertTrue(c.min() < c.max());
            assertTrue(c.defaultValue() >= c.min() && c.defaultValue() <= c.max());
        }
        assertEquals(Channel.EYE_BLINK_LEFT, Channel.fromId("eyeBlinkLeft"));
        assertThrows(IllegalArgumentException.class, () -> Channel.fromId("nope"));
        assertTrue(Channel.HEAD_YAW.signed());
        assertFalse(Channel.inGroup(ChannelGroup.BROWS).isEmpty());
    }
}
