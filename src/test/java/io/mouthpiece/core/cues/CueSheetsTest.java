package io.mouthpiece.core.cues;

import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** SRT and WebVTT files written to disk and read back: exact times, clean text, and each error with its line. */
class CueSheetsTest {
    @TempDir Path dir;

    Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static Rational ms(long ms) { return Rational.of(ms, 1000); }

    @Test
    void srtWithBomCrlfTagsEntitiesAndMultiLineText() throws Exception {
        String srt = "\ufeff1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Hello</i> there,\r\n<b>General</b> &amp; friend!\r\n\r\n"
                + "2\r\n00:00:03,250 --> 00:00:04,000 X1:100 X2:200 Y1:10 Y2:20\r\n{\\an8}<font color=\"#ff0\">Up</font> here &lt;3\r\n\r\n\r\n"
                + "3\r\n01:02:03,004 --> 01:02:05,000\r\nLast.\r\n";
        CueSheet s = CueSheets.read(write("lines.srt", srt));
        assertEquals(CueSheet.Format.SRT, s.format());
        assertEquals(3, s.size());
        Cue a = s.get(0), b = s.get(1), c = s.get(2);
        assertEquals(ms(1000), a.start());
        assertEquals(ms(2500), a.end());
        assertEquals("Hello there,\nGeneral & friend!", a.text());
        assertEquals("Hello there, General & friend!", a.transcript());
        assertEquals("1", a.id());
        assertEquals(2, a.line(), "the timing line of the first cue");
        assertEquals(ms(3250), b.start());
        assertEquals("Up here <3", b.text());
        assertEquals(7, b.line());
        assertEquals(ms(((1 * 60 + 2) * 60 + 3) * 1000L + 4), c.start());
        assertEquals(12, c.line());
        assertEquals("line 3", c.label());
    }

    @Test
    void vttWithHeaderNotesStyleRegionSettingsVoicesAndShortTimes() throws Exception {
        String vtt = """
                WEBVTT - dubbed lines
                Kind: captions
                Language: en

                NOTE written by hand
                over two lines

                STYLE
                ::cue { color: yellow }

                REGION
                id:fred width:40%

                intro
                00:01.000 --> 00:02.500 align:start position:10%
                <v Roger Bingham>We are in New York City</v>

                00:00:03.000 --> 00:00:05.125
                <v.loud Ann>Hi, &quot;Roger&quot;&nbsp;&#233;&#x00e9;</v>
                <c.yellow>second</c> <00:00:04.000>line

                NOTE after the cues

                1:00:00.000 --> 1:00:01.000
                no voice
                """;
        CueSheet s = CueSheets.read(write("lines.vtt", vtt));
        assertEquals(CueSheet.Format.WEBVTT, s.format());
        assertEquals(3, s.size());
        Cue a = s.get(0), b = s.get(1), c = s.get(2);
        assertEquals("intro", a.id());
        assertEquals(ms(1000), a.start());
        assertEquals(ms(2500), a.end());
        assertEquals("We are in New York City", a.text());
        assertEquals("Roger Bingham", a.speaker());
        assertEquals(15, a.line());
        assertEquals("Hi, \"Roger\" \u00e9\u00e9\nsecond line", b.text());
        assertEquals("Ann", b.speaker());
        assertEquals(ms(5125), b.end());
        assertEquals("", c.speaker());
        assertEquals(ms(3_600_000), c.start());
        assertEquals(24, c.line());
    }

    @Test
    void latin1SrtWithoutCountersAndCrOnlyLineEnds() throws Exception {
        byte[] b = "00:00:00,500 --> 00:00:01,000\rCaf\u00e9\r\r00:00:01,000 --> 00:00:02,000\rna\u00efve\r"
                .getBytes(StandardCharsets.ISO_8859_1);
        CueSheet s = CueSheets.read(write("old.srt", b));
        assertEquals(List.of("Caf\u00e9", "na\u00efve"), s.cues().stream().map(Cue::text).toList());
        assertEquals("", s.get(0).id());
        assertEquals("line 2", s.get(1).label(), "without a counter the position names the line");
        assertEquals(s.get(0).end(), s.get(1).start(), "touching cues are not overlapping");
    }

    @Test
    void aMissingBlankLineBetweenSrtCuesStillSeparatesThem() throws Exception {
        CueSheet s = CueSheets.read(write("tight.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n"
                + "00:00:05,000 --> 00:00:06,000\nno counter\n"));
        assertEquals(List.of("Hello", "World", "no counter"), s.cues().stream().map(Cue::text).toList());
        assertEquals(List.of("1", "2", ""), s.cues().stream().map(Cue::id).toList());
        assertEquals(List.of(2, 5, 7), s.cues().stream().map(Cue::line).toList());
    }

    @Test
    void utf16WithBom() throws Exception {
        byte[] body = "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xff;
        b[1] = (byte) 0xfe;
        System.arraycopy(body, 0, b, 2, body.length);
        assertEquals("hi", CueSheets.read(write("wide.vtt", b)).get(0).text());
    }

    void fails(String name, String text, int line, String... words) throws Exception {
        Path f = write(name, text);
        CueParseException e = assertThrows(CueParseException.class, () -> CueSheets.read(f));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(name + (line > 0 ? " line " + line + ": " : ": ")), e.getMessage());
        for (String w : words) assertTrue(e.getMessage().contains(w), "'" + w + "' in: " + e.getMessage());
    }

    @Test
    void eachErrorNamesItsLine() throws Exception {
        String good = "1\n00:00:01,000 --> 00:00:02,000\nOne\n\n";
        fails("bad-ts.srt", good + "2\n00:00:03,00x --> 00:00:04,000\nTwo\n", 6, "malformed timestamp '00:00:03,00x'");
        fails("bad-min.srt", good + "2\n00:61:03,000 --> 00:62:04,000\nTwo\n", 6, "00 to 59");
        fails("vtt-comma.vtt", "WEBVTT\n\n00:01,000 --> 00:02.000\nx\n", 3, "malformed timestamp '00:01,000'", "MM:SS.mmm");
        fails("backwards.srt", good + "2\n00:00:05,000 --> 00:00:04,000\nTwo\n", 6, "ends at 00:00:04,000", "not after its start");
        fails("zero.vtt", "WEBVTT\n\n00:05.000 --> 00:05.000\nx\n", 3, "not after its start at 00:00:05.000");
        fails("unordered.srt", "1\n00:00:05,000 --> 00:00:06,000\nA\n\n2\n00:00:01,000 --> 00:00:02,000\nB\n", 6,
                "before the previous cue (line 2)", "time order");
        fails("overlap.vtt", "WEBVTT\n\n00:01.000 --> 00:03.000\nA\n\n00:02.000 --> 00:04.000\nB\n", 6,
                "ends at 00:00:03.000", "cannot overlap");
        fails("empty.srt", "", 0, "empty");
        fails("blank.srt", "\n\n  \n", 1, "empty");
        fails("header-only.vtt", "WEBVTT\n\nNOTE nothing here\n", 3, "no cue");
        fails("no-header.vtt", "00:01.000 --> 00:02.000\nx\n", 1, "WEBVTT");
        fails("no-timing.srt", good + "2\nTwo without a time\n", 6, "cue 2 has no timing line");
        fails("garbage.srt", good + "Hello\n", 5, "expected a cue number or a timing line", "'Hello'");
        fails("stray.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\nsome text\nmore\n", 6, "expected a cue timing line");
        fails("arrow.srt", "1\n00:00:01,000 -> 00:00:02,000\nA\n", 2, "no timing line");
        Path bin = write("binary.srt", new byte[]{1, 0, 2, 0, 3});
        CueParseException e = assertThrows(CueParseException.class, () -> CueSheets.read(bin));
        assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
    }

    @Test
    void aThousandCues() throws Exception {
        StringBuilder srt = new StringBuilder(), vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < 1000; i++) {
            long start = i * 2_000L + 7, end = start + 1_500 + (i % 3) * 100;
            srt.append(i + 1).append('\n').append(ts(start, ',')).append(" --> ").append(ts(end, ',')).append('\n')
                    .append("Line number ").append(i + 1).append('\n').append("<i>second</i> row\n\n");
            vtt.append(ts(start, '.')).append(" --> ").append(ts(end, '.')).append(" line:90%\n<v Bob>Line ").append(i + 1).append("</v>\n\n");
        }
        long t0 = System.nanoTime();
        CueSheet s = CueSheets.read(write("long.srt", srt.toString()));
        CueSheet v = CueSheets.read(write("long.vtt", vtt.toString()));
        System.out.printf(Locale.ROOT, "1000-cue SRT + VTT parsed in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertEquals(1000, s.size());
        assertEquals(1000, v.size());
        Cue last = s.get(999);
        assertEquals(ms(999 * 2_000L + 7), last.start());
        assertEquals(ms(999 * 2_000L + 7 + 1_500), last.end());
        assertEquals("Line number 1000\nsecond row", last.text());
        assertEquals(999 * 5 + 2, last.line());
        assertEquals("1000", last.id());
        assertEquals("Bob", v.get(999).speaker());
        assertEquals(2 + 999 * 3 + 1, v.get(999).line());
    }

    static String ts(long ms, char sep) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, sep, ms % 1000);
    }
}
