package io.mouthpiece.lipsync.motion;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AutoMotionTest {
    /** Two minutes of alternating 2 s speech / 1 s pause. */
    static VisemeTrack talk() {
        List<VisemeSegment> s = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            s.add(new VisemeSegment(Rational.of(3L * i), Rational.of(3L * i + 2), Viseme.AA, i % 5 == 0 ? 1f : 0.5f));
            s.add(new VisemeSegment(Rational.of(3L * i + 2), Rational.of(3L * i + 3), Viseme.SIL, 0));
        }
        return new VisemeTrack(s, Rational.of(120));
    }

    @Test
    void sameSeedSameMotionOtherSeedOtherMotion() {
        MotionCurves a = AutoMotion.generate(talk(), FrameRate.FPS_24, AutoMotion.Settings.defaults(7));
        MotionCurves b = AutoMotion.generate(talk(), FrameRate.FPS_24, AutoMotion.Settings.defaults(7));
        MotionCurves c = AutoMotion.generate(talk(), FrameRate.FPS_24, AutoMotion.Settings.defaults(8));
        for (Channel ch : a.channels()) assertArrayEquals(a.samples(ch), b.samples(ch), ch.id());
        assertFalse(Arrays.equals(a.samples(Channel.EYE_BLINK_LEFT), c.samples(Channel.EYE_BLINK_LEFT)));
    }

    @Test
    void blinksAtAHumanRateAndStayInRange() {
        MotionCurves m = AutoMotion.generate(talk(), FrameRate.FPS_24, AutoMotion.Settings.defaults(1));
        float[] blink = m.samples(Channel.EYE_BLINK_LEFT);
        int blinks = 0;
        for (int f = 1; f < blink.length; f++) if (blink[f] >= 0.99f && blink[f - 1] < 0.99f) blinks++;
        assertTrue(blinks >= 20 && blinks <= 60, "blinks in 2 minutes: " + blinks); // people: ~10–25 per minute
        for (Channel ch : m.channels()) {
            for (float v : m.samples(ch)) assertTrue(v >= ch.min() && v <= ch.max(), ch.id() + " " + v);
        }
    }

    @Test
    void dialAtZeroTurnsAFeatureOff() {
        MotionCurves m = AutoMotion.generate(talk(), FrameRate.FPS_24, new AutoMotion.Settings(0, 1, 1, 1, 1, 3));
        for (float v : m.samples(Channel.EYE_BLINK_LEFT)) assertEquals(0f, v);
        float max = 0;
        for (float v : m.samples(Channel.GAZE_X)) max = Math.max(max, Math.abs(v));
        assertTrue(max > 0.05f, "gaze still moves");
    }
}
