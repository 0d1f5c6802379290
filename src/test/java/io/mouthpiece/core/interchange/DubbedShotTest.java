package io.mouthpiece.core.interchange;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DubbedShotTest {
    private static final SourceShot SRC = SourceShot.of(MediaFile.of(Path.of("/m/shot.mov")), FrameRate.FPS_25, "01:00:00:00", 100);

    @Test
    void renderedRangesAreSortedAndMerged() {
        DubbedShot shot = DubbedShot.wholeShot("s", SRC, MediaFile.of(Path.of("/m/d.mov")),
                List.of(new FrameSpan(50, 60), new FrameSpan(0, 10), new FrameSpan(10, 20), new FrameSpan(55, 70), new FrameSpan(80, 90)),
                null, List.of());
        assertEquals(List.of(new FrameSpan(0, 20), new FrameSpan(50, 70), new FrameSpan(80, 90)), shot.renderedRanges());
    }

    @Test
    void badInputIsNamed() {
        MediaFile out = MediaFile.of(Path.of("/m/d.mov"));
        var outside = assertThrows(IllegalArgumentException.class,
                () -> DubbedShot.wholeShot("s", SRC, out, List.of(new FrameSpan(90, 110)), null, List.of()));
        assertEquals("rendered range 90..110 lies outside the output's frames 0..100", outside.getMessage());
        var reversed = assertThrows(IllegalArgumentException.class,
                () -> new DubLine("L7", Rational.of(3), Rational.of(2), 0, 0, 0, List.of()));
        assertEquals("line 'L7' ends (2 s) at or before its start (3 s)", reversed.getMessage());
        var tc = assertThrows(IllegalArgumentException.class,
                () -> SourceShot.of(MediaFile.of(Path.of("/m/x.mov")), FrameRate.FPS_25, "01:00:00:25", 10));
        assertTrue(tc.getMessage().startsWith("start timecode of x.mov: timecode out of range"), tc.getMessage());
        var span = assertThrows(IllegalArgumentException.class,
                () -> new DubbedShot("s", SRC, out, new FrameSpan(50, 150), List.of(), null, List.of()));
        assertTrue(span.getMessage().contains("covers frames 50..150, outside the shot's 0..100"), span.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FrameSpan(5, 5));
    }

    @Test
    void theNameFallsBackToTheOutputFile() {
        assertEquals("d.mov", DubbedShot.wholeShot(" ", SRC, MediaFile.of(Path.of("/m/d.mov")), List.of(), null, List.of()).name());
    }

    @Test
    void startTimecodeRoundTrips() {
        SourceShot df = SourceShot.of(MediaFile.of(Path.of("/m/x.mov")), FrameRate.NTSC, "00:59:59;29", 10);
        assertEquals("00:59:59;29", df.timecode(0));
        assertEquals("01:00:00;00", df.timecode(1)); // a tenth minute: nothing dropped
        assertEquals("01:00:00;01", df.timecode(2));
    }
}
