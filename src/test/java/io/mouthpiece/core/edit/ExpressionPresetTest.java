package io.mouthpiece.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Presets become keyframed blocks: S-shaped ramps, a flat hold, rest again after; generated motion runs under them. */
class ExpressionPresetTest {
    static final ExpressionPreset HAPPY = ExpressionPreset.builtIns().stream().filter(p -> p.name().equals("happy")).findFirst().orElseThrow();

    static MotionLayers motion(Project p) {
        return p.take("tk-1").motionOf("act-1").orElseThrow().motion();
    }

    static Rational ms(long ms) { return Rational.of(ms, 1000); }

    @Test
    void builtInsCoverTheBasicExpressions() {
        List<String> names = ExpressionPreset.builtIns().stream().map(ExpressionPreset::name).toList();
        assertTrue(names.containsAll(List.of("neutral", "happy", "sad", "angry", "surprised", "thinking")), names.toString());
        ExpressionPreset neutral = ExpressionPreset.builtIns().getFirst();
        for (ExpressionPreset p : ExpressionPreset.builtIns()) {
            assertTrue(neutral.values().keySet().containsAll(p.values().keySet()), p.name() + " channels are relaxed by neutral");
            if (p != neutral) assertFalse(p.values().isEmpty(), p.name());
        }
        neutral.values().values().forEach(v -> assertEquals(0.0, v));
    }

    @Test
    void blockEasesInHoldsAndReturnsToRestOverTheGeneratedMotion() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        // generated smile 0.1 everywhere (as if lip sync had made it), so ADD mode is visible
        float[] gen = new float[50];
        java.util.Arrays.fill(gen, 0.1f);
        doc.execute(MotionEdits.setGenerated("tk-1", "act-1", Map.of(Channel.MOUTH_SMILE_LEFT,
                new SampledCurve(Rational.ZERO, FrameRate.FPS_25, gen))));
        Project before = doc.project();
        // block 0.5 s .. 1.5 s, ease in 200 ms, ease out 400 ms
        doc.execute(MotionEdits.applyPreset("tk-1", "act-1", HAPPY, ms(500), ms(1500), ms(200), ms(400)));
        assertEquals("Apply Expression \"happy\"", doc.undoDescription().orElseThrow());
        MotionLayers m = motion(doc.project());
        KeyframeCurve smile = m.userCurve(Channel.MOUTH_SMILE_LEFT);
        assertEquals(BlendMode.ADD, smile.mode());
        assertEquals(List.of(ms(500), ms(700), ms(1100), ms(1500)), smile.keys().stream().map(Keyframe::time).toList());
        smile.keys().forEach(k -> assertEquals(Interpolation.SMOOTH, k.interpolation()));
        double v = 0.7;
        // ease in: a smoothstep from 0 to v (zero slope at both ends of the ramp)
        assertEquals(0.0, smile.evaluate(ms(500)), 1e-9);
        assertEquals(v * 0.15625, smile.evaluate(ms(550)), 1e-9, "a quarter into the ramp: 3u²-2u³ = 0.15625");
        assertEquals(v / 2, smile.evaluate(ms(600)), 1e-9, "half-way up");
        assertEquals(v * 0.84375, smile.evaluate(ms(650)), 1e-9);
        // hold, then the slower ease out
        for (long t = 700; t <= 1100; t += 50) assertEquals(v, smile.evaluate(ms(t)), 1e-9, "hold at " + t);
        assertEquals(v / 2, smile.evaluate(ms(1300)), 1e-9, "half-way down the 400 ms ease out");
        assertEquals(0.0, smile.evaluate(ms(1500)), 1e-9);
        // the final value adds onto the generated smile; outside the block only the generated motion remains
        assertEquals(0.1 + v, m.evaluate(Channel.MOUTH_SMILE_LEFT, ms(900)), 1e-6);
        assertEquals(0.1, m.evaluate(Channel.MOUTH_SMILE_LEFT, ms(200)), 1e-6);
        assertEquals(0.1, m.evaluate(Channel.MOUTH_SMILE_LEFT, ms(1800)), 1e-6);
        // every channel of the preset got its block
        for (var e : HAPPY.values().entrySet()) {
            assertEquals(e.getValue(), m.userCurve(e.getKey()).evaluate(ms(900)), 1e-9, e.getKey().id());
        }
        doc.undo();
        assertEquals(before, doc.project(), "undo removes the whole block in one step");
    }

    @Test
    void blockReplacesKeysInsideItAndRampsFromTheCurveItInterrupts() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        doc.execute(MotionEdits.setKey("tk-1", "act-1", Channel.BROW_INNER_UP, new Keyframe(Rational.ZERO, 0.4, Interpolation.LINEAR)));
        doc.execute(MotionEdits.setKey("tk-1", "act-1", Channel.BROW_INNER_UP, new Keyframe(ms(1000), 0.4, Interpolation.LINEAR)));
        doc.execute(MotionEdits.setKey("tk-1", "act-1", Channel.BROW_INNER_UP, new Keyframe(ms(2000), 0.4, Interpolation.LINEAR)));
        ExpressionPreset sad = ExpressionPreset.builtIns().stream().filter(p -> p.name().equals("sad")).findFirst().orElseThrow();
        doc.execute(MotionEdits.applyPreset("tk-1", "act-1", sad, ms(800), ms(1200), ms(300), ms(300)));
        KeyframeCurve brow = motion(doc.project()).userCurve(Channel.BROW_INNER_UP);
        assertEquals(BlendMode.OVERRIDE, brow.mode(), "a keyed channel keeps its mode");
        assertEquals(List.of(Rational.ZERO, ms(800), ms(1000), ms(1200), ms(2000)), brow.keys().stream().map(Keyframe::time).toList());
        assertEquals(0.7, brow.keyAt(ms(1000)).orElseThrow().value(), "the old key inside the block is replaced");
        assertEquals(0.4, brow.evaluate(ms(800)), 1e-9, "ramps from where the curve was");
        assertEquals(0.7, brow.evaluate(ms(1000)), 1e-9, "eases overlong for the block meet in the middle");
        assertEquals(0.4, brow.evaluate(ms(1200)), 1e-9);
        assertEquals(0.4, brow.evaluate(ms(2000)), 1e-9);
    }

    @Test
    void zeroEaseIsOneFrameAndBadBlocksAreRefused() {
        Project p = MotionEdits.applyPreset("tk-1", "act-1", HAPPY, ms(400), ms(1400), Rational.ZERO, Rational.ZERO)
                .apply(Fixtures.project());
        KeyframeCurve smile = motion(p).userCurve(Channel.MOUTH_SMILE_LEFT);
        assertEquals(List.of(ms(400), ms(440), ms(1360), ms(1400)), smile.keys().stream().map(Keyframe::time).toList());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MotionEdits.applyPreset("tk-1", "act-1", HAPPY, ms(400), ms(400), ms(100), ms(100)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MotionEdits.applyPreset("tk-1", "act-1", HAPPY, ms(400), ms(900), ms(-100), ms(100)));
    }
}
