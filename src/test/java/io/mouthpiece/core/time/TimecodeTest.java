package io.mouthpiece.core.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TimecodeTest {
    @Test
    void nonDropFrame() {
        assertEquals("00:00:01:00", Timecode.format(25, FrameRate.FPS_25, false));
        assertEquals("01:00:00:00", Timecode.format(90000, FrameRate.FPS_25, false));
        assertEquals("-00:00:00:05", Timecode.format(-5, FrameRate.FPS_25, false));
        assertEquals("00:00:01:00", Timecode.format(24, FrameRate.NTSC_FILM, true), "23.976 never drops frames");
    }

    @Test
    void dropFrameSkipsNumbersEachMinuteExceptTenths() {
        FrameRate r = FrameRate.NTSC;
        assertEquals("00:00:59;29", Timecode.format(1799, r, true));
        assertEquals("00:01:00;02", Timecode.format(1800, r, true));
        assertEquals("00:09:59;29", Timecode.format(17981, r, true));
        assertEquals("00:10:00;00", Timecode.format(17982, r, true));
        // one hour of 29.97 video = 107892 frames reads as exactly 01:00:00;00
        assertEquals("01:00:00;00", Timecode.format(107892, r, true));
        assertEquals("00:01:00;04", Timecode.format(3600, FrameRate.NTSC_60, true));
    }

    @Test
    void parseIsInverseOfFormat() {
        for (FrameRate r : new FrameRate[] {FrameRate.NTSC, FrameRate.NTSC_60, FrameRate.FPS_25, FrameRate.NTSC_FILM}) {
            for (long f = 0; f < 200_000; f += 997) {
                assertEquals(f, Timecode.parse(Timecode.format(f, r, true), r), r + " frame " + f);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Timecode.parse("00:01:00;00", FrameRate.NTSC));
        assertThrows(IllegalArgumentException.class, () -> Timecode.parse("00:00:00:25", FrameRate.FPS_25));
        assertThrows(IllegalArgumentException.class, () -> Timecode.parse("garbage", FrameRate.FPS_25));
    }

    @Test
    void frameRatesParseCommonSpellings() {
        assertEquals(FrameRate.NTSC_FILM, FrameRate.parse("23.976"));
        assertEquals(FrameRate.NTSC, FrameRate.parse("30000/1001"));
        assertEquals(FrameRate.FPS_60, FrameRate.parse("60"));
        assertThrows(IllegalArgumentException.class, () -> FrameRate.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> FrameRate.parse("-24"));
        assertEquals(44100 * 2L, new SampleRate(44100).sampleAt(Rational.of(2)));
        assertEquals(Rational.of(1, 48000), new SampleRate(48000).timeOf(1));
    }
}
