package io.mouthpiece.lipsync.motion;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CoarticulationTest {
    static VisemeSegment seg(int fromMs, int toMs, Viseme v, float loud) {
        return new VisemeSegment(Rational.of(fromMs, 1000), Rational.of(toMs, 1000), v, loud);
    }

    // "ah-pa": a 30 ms closure between two open vowels, shorter than a 24 fps frame (41.7 ms)
    static VisemeTrack apa(float loud) {
        return new VisemeTrack(List.of(seg(0, 200, Viseme.SIL, 0), seg(200, 400, Viseme.AA, loud),
                seg(400, 430, Viseme.PP, loud), seg(430, 650, Viseme.AA, loud), seg(650, 1000, Viseme.SIL, 0)), Rational.ONE);
    }

    @Test
    void shortClosureStillShutsTheMouthOnAFrameAndAnticipates() {
        Coarticulation.Result r = new Coarticulation().apply(apa(1), FrameRate.FPS_24);
        MotionCurves m = r.curves();
        assertEquals(24, m.frames());
        int closedFrame = -1;
        for (int f = 0; f < m.frames(); f++) {
            if (m.value(Channel.MOUTH_CLOSE, f) >= 0.99f && m.value(Channel.JAW_OPEN, f) < 0.1f) {
                closedFrame = f;
                break;
            }
        }
        assertTrue(closedFrame >= 0, "no closed frame");
        // the closure is heard at 400 ms; the lips are shut on a frame that starts before it
        assertTrue(FrameRate.FPS_24.timeOf(closedFrame).toDouble() < 0.400, "frame " + closedFrame);
        assertEquals(1f, r.visemeWeights()[closedFrame][Viseme.PP.index()], 1e-6);
        // open vowel frames open the jaw, silence rests
        assertTrue(m.value(Channel.JAW_OPEN, 7) > 0.3f, "jaw at 300 ms " + m.value(Channel.JAW_OPEN, 7));
        assertEquals(0f, m.value(Channel.JAW_OPEN, 23), 0.02f);
        for (float[] w : r.visemeWeights()) {
            float sum = 0;
            for (float x : w) sum += x;
            assertEquals(1f, sum, 1e-3);
        }
    }

    @Test
    void whisperOpensLessThanShout() {
        float loud = new Coarticulation().apply(apa(1), FrameRate.FPS_24).curves().value(Channel.JAW_OPEN, 7);
        float soft = new Coarticulation().apply(apa(0.1f), FrameRate.FPS_24).curves().value(Channel.JAW_OPEN, 7);
        assertTrue(soft < loud * 0.8, soft + " vs " + loud);
        assertTrue(soft > 0.1, "a whisper still moves the jaw: " + soft);
    }
}
