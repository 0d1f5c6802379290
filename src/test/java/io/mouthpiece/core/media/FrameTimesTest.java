package io.mouthpiece.core.media;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FrameTimesTest {
    @Test
    void containerRatesSnapToTheStandardOnes() {
        assertEquals(FrameRate.NTSC_FILM, FrameRate.snapped(Rational.parse("23.976")));
        assertEquals(FrameRate.NTSC, FrameRate.snapped(Rational.of(2997, 100)));
        assertEquals(FrameRate.NTSC_60, FrameRate.snapped(Rational.parse("59.94")));
        assertEquals(FrameRate.FPS_24, FrameRate.snapped(Rational.of(24)));       // 0.1 % from 24000/1001: kept apart
        assertEquals(FrameRate.of(50, 1), FrameRate.snapped(Rational.of(50)));
        assertEquals(FrameRate.of(15, 1), FrameRate.snapped(Rational.of(15)));    // not standard: kept as it is
    }

    @Test
    void timingAndConform() {
        FrameTimes regular = new FrameTimes(new long[] {0, 40_000, 80_000, 120_000, 160_000});
        assertFalse(regular.timing(FrameRate.FPS_25).variable());
        assertEquals(2, regular.nearest(81_000));
        FrameTimes gaps = new FrameTimes(new long[] {100_000, 80_000, 0, 40_000, 200_000}); // unsorted in, sorted kept
        FrameTimes.Timing t = gaps.timing(FrameRate.FPS_25);
        assertTrue(t.variable(), t.toString());
        assertEquals(20_000, t.minGapMicros());
        assertEquals(100_000, t.maxGapMicros());
        // output frame 4 (160 ms) still shows the picture from 100 ms (index 3)
        assertEquals(3, gaps.conformedSource(4, FrameRate.FPS_25));
        assertEquals(4, gaps.conformedSource(5, FrameRate.FPS_25));
        // two stray timestamps in 1,000 regular frames: still constant-rate; fifteen: variable
        long[] stray = new long[1000];
        for (int i = 0; i < stray.length; i++) stray[i] = i * 40_000L + (i == 300 || i == 600 ? 15_000 : 0);
        assertFalse(new FrameTimes(stray).timing(FrameRate.FPS_25).variable());
        for (int i = 100; i < 115; i++) stray[i] += 15_000;
        for (int i = 700; i < 715; i += 2) stray[i] += 15_000;
        assertTrue(new FrameTimes(stray).timing(FrameRate.FPS_25).variable());
    }
}
