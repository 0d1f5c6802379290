package io.mouthpiece.core.interchange;

import io.mouthpiece.core.interchange.EdlReader.Event;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Cmx3600WriterTest {
    static DubLine line(String name, long frame, long frames, FrameRate rate, double offset, double confidence, double leak,
                        String... flags) {
        return new DubLine(name, rate.timeOf(frame), rate.timeOf(frame + frames), offset, confidence, leak, List.of(flags));
    }

    static DubbedShot pal() {
        FrameRate rate = FrameRate.FPS_25;
        SourceShot src = SourceShot.of(new MediaFile(Path.of("/media/A001C003_250101.mov"), "A001C003"), rate, "10:00:00:00", 500);
        return DubbedShot.wholeShot("Scene 12 dub FR", src, new MediaFile(Path.of("/media/A001C003_dub.mov"), "A001-C003 dub"),
                List.of(new FrameSpan(200, 330), new FrameSpan(10, 60), new FrameSpan(300, 340)), null,
                List.of(line("Bonjour.", 15, 40, rate, 0, 0.62, 0.05),
                        line("Ça va ?", 210, 120, rate, 3, 0.12, 0.3, "offset", "low-confidence")));
    }

    @Test
    void palNonDropGolden() {
        String expected = """
                TITLE: Scene 12 dub FR
                FCM: NON-DROP FRAME

                001  A001C003 V     C        10:00:00:10 10:00:02:10 10:00:00:10 10:00:02:10
                * FROM CLIP NAME:  A001C003_dub.mov
                * FROM CLIP: /media/A001C003_dub.mov
                * LOC: 10:00:00:15 GREEN   Bonjour. | offset +0 f, confidence 0.62, leak 0.05

                002  A001C003 V     C        10:00:08:00 10:00:13:15 10:00:08:00 10:00:13:15
                * FROM CLIP NAME:  A001C003_dub.mov
                * FROM CLIP: /media/A001C003_dub.mov
                * LOC: 10:00:08:10 RED     Ça va ? | offset +3 f, confidence 0.12, leak 0.30; flags: offset, low-confidence
                """;
        assertEquals(expected, Cmx3600Writer.toText(pal()));
    }

    /** 29.97 drop frame: 01:00:59;29 is followed by 01:01:00;02 (;00 and ;01 are skipped in minute 1). */
    static DubbedShot ntscDrop() {
        FrameRate rate = FrameRate.NTSC;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/media/interview.mxf")), rate, "01:00:00;00", 3600);
        return DubbedShot.wholeShot("interview DE", src, MediaFile.of(Path.of("/media/interview dub.mxf")),
                List.of(new FrameSpan(0, 30), new FrameSpan(1790, 1815)), null,
                List.of(line("L1", 5, 20, rate, -1, 0.5, Double.NaN),
                        line("L2", 1795, 5, rate, 0, 0.4, 0.1),
                        line("L3", 1801, 10, rate, 2.5, 0.2, 0.1, "offset")));
    }

    @Test
    void ntscDropFrameGoldenAcrossAMinute() {
        String expected = """
                TITLE: interview DE
                FCM: DROP FRAME

                001  AX       V     C        01:00:00;00 01:00:01;00 01:00:00;00 01:00:01;00
                * FROM CLIP NAME:  interview dub.mxf
                * FROM CLIP: /media/interview dub.mxf
                * LOC: 01:00:00;05 GREEN   L1 | offset -1 f, confidence 0.50, leak n/a

                002  AX       V     C        01:00:59;20 01:01:00;17 01:00:59;20 01:01:00;17
                * FROM CLIP NAME:  interview dub.mxf
                * FROM CLIP: /media/interview dub.mxf
                * LOC: 01:00:59;25 GREEN   L2 | offset +0 f, confidence 0.40, leak 0.10
                * LOC: 01:01:00;03 RED     L3 | offset +2.5 f, confidence 0.20, leak 0.10; flags: offset
                """;
        assertEquals(expected, Cmx3600Writer.toText(ntscDrop()));
    }

    @Test
    void eventsReadBackToTheRenderedFrames() {
        for (DubbedShot shot : List.of(pal(), ntscDrop())) {
            EdlReader edl = EdlReader.parse(Cmx3600Writer.toText(shot));
            assertEquals(shot.name(), edl.title());
            assertEquals(shot.source().dropFrame(), edl.dropFrame());
            assertEquals(shot.renderedRanges().size(), edl.events().size());
            FrameRate rate = shot.source().rate();
            for (int i = 0; i < edl.events().size(); i++) {
                Event e = edl.events().get(i);
                FrameSpan r = shot.renderedRanges().get(i);
                assertEquals(i + 1, e.number());
                assertEquals("V", e.track());
                assertEquals(shot.source().startFrame() + r.start(), Timecode.parse(e.sourceIn(), rate));
                assertEquals(shot.source().startFrame() + r.end(), Timecode.parse(e.sourceOut(), rate));
                assertEquals(e.sourceIn(), e.recordIn());
                assertEquals(e.sourceOut(), e.recordOut());
                assertEquals(shot.output().name(), e.clipName());
            }
        }
        // across the drop: the displayed digits differ by 27 frames, the event holds the 25 rendered ones
        Event crossing = EdlReader.parse(Cmx3600Writer.toText(ntscDrop())).events().get(1);
        assertEquals(25, Timecode.parse(crossing.sourceOut(), FrameRate.NTSC) - Timecode.parse(crossing.sourceIn(), FrameRate.NTSC));
        assertEquals(List.of("01:00:59;25 GREEN", "01:01:00;03 RED"),
                crossing.locators().stream().map(l -> l.substring(0, l.indexOf(' ', 12))).toList());
    }

    @Test
    void fiftyNineNinetyFourDropsFourFrames() {
        FrameRate rate = FrameRate.NTSC_60;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "00:00:59;50", 600);
        DubbedShot shot = DubbedShot.wholeShot("s", src, MediaFile.of(Path.of("/m/b.mov")), List.of(new FrameSpan(5, 20)), null, List.of());
        EdlReader edl = EdlReader.parse(Cmx3600Writer.toText(shot));
        assertEquals("00:00:59;55", edl.events().getFirst().sourceIn());
        assertEquals("00:01:00;14", edl.events().getFirst().sourceOut()); // ;00 to ;03 do not exist: 5 + 10 = 15 frames
    }

    @Test
    void dropFrameIsOnlyForNtscThirtyAndSixty() {
        SourceShot film = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), FrameRate.NTSC_FILM, "01:00:00;00", 100);
        assertEquals(false, film.dropFrame());
        DubbedShot shot = DubbedShot.wholeShot("f", film, MediaFile.of(Path.of("/m/b.mov")), List.of(new FrameSpan(0, 24)), null, List.of());
        assertTrue(Cmx3600Writer.toText(shot).contains("FCM: NON-DROP FRAME\n\n001  AX       V     C        01:00:00:00 01:00:01:00"));
    }

    @Test
    void reelNamesAreSanitisedToEightCharacters() {
        assertEquals("AX", Cmx3600Writer.reel(MediaFile.of(Path.of("x.mov"))));
        assertEquals("AX", Cmx3600Writer.reel(new MediaFile(Path.of("x.mov"), " -- ")));
        assertEquals("A001C003", Cmx3600Writer.reel(new MediaFile(Path.of("x.mov"), "A001-C003 dub")));
        assertEquals("R_12", Cmx3600Writer.reel(new MediaFile(Path.of("x.mov"), "R_12")));
    }

    @Test
    void oneLineFieldsLoseTheirLineBreaks() {
        FrameRate rate = FrameRate.FPS_24;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "00:00:00:00", 100);
        DubbedShot shot = DubbedShot.wholeShot("two\nlines", src, MediaFile.of(Path.of("/m/b.mov")), List.of(new FrameSpan(0, 50)), null,
                List.of(line("Hello\r\nthere", 2, 10, rate, 0, 0.5, 0.1)));
        String text = Cmx3600Writer.toText(shot);
        assertTrue(text.startsWith("TITLE: two lines\n"), text);
        assertTrue(text.contains("* LOC: 00:00:00:02 GREEN   Hello there | offset"), text);
    }

    @Test
    void linesOutsideEveryRenderedRangeGetNoLocator() {
        FrameRate rate = FrameRate.FPS_24;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "00:00:00:00", 100);
        DubbedShot shot = DubbedShot.wholeShot("s", src, MediaFile.of(Path.of("/m/b.mov")), List.of(new FrameSpan(0, 10)), null,
                List.of(line("in", 2, 10, rate, 0, 0.5, 0.1), line("out", 40, 10, rate, 0, 0.5, 0.1)));
        assertEquals(1, EdlReader.parse(Cmx3600Writer.toText(shot)).events().getFirst().locators().size());
    }

    @Test
    void writesThroughATemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/dub.edl");
        Cmx3600Writer.write(pal(), target);
        assertEquals(Cmx3600Writer.toText(pal()), Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left beside the EDL");
        }
    }

    @Test
    void moreThan999RangesIsAClearError() {
        FrameRate rate = FrameRate.FPS_25;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "00:00:00:00", 5000);
        List<FrameSpan> ranges = java.util.stream.LongStream.range(0, 1000).mapToObj(i -> new FrameSpan(i * 3, i * 3 + 1)).toList();
        DubbedShot shot = DubbedShot.wholeShot("many", src, MediaFile.of(Path.of("/m/b.mov")), ranges, null, List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> Cmx3600Writer.toText(shot));
        assertTrue(e.getMessage().contains("1000 rendered ranges"), e.getMessage());
    }

    @Test
    void exactLineStartsBetweenFramesLocateAtTheirFrame() {
        FrameRate rate = FrameRate.FPS_25;
        SourceShot src = SourceShot.of(MediaFile.of(Path.of("/m/a.mov")), rate, "00:00:10:00", 100);
        DubLine l = new DubLine("mid", Rational.of(103, 100), Rational.of(2), 0, 0.5, 0.1, List.of()); // 1.03 s = frame 25.75
        DubbedShot shot = DubbedShot.wholeShot("s", src, MediaFile.of(Path.of("/m/b.mov")), List.of(new FrameSpan(20, 60)), null, List.of(l));
        assertTrue(Cmx3600Writer.toText(shot).contains("* LOC: 00:00:11:00 GREEN   mid"));
    }
}
