package io.mouthpiece.dub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.cli.Cli;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.media.AudioDecoder;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoColour;
import io.mouthpiece.media.ShotProber;
import io.mouthpiece.media.ShotReader;
import io.mouthpiece.media.VideoEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code mouthpiece dub} end to end on the rig-rendered talking shot, and its refusals. */
class DubCommandTest {
    @TempDir static Path dir;
    static TalkingShot shot;
    static Path lineB;
    static String lineBSource;

    @BeforeAll
    static void shotAndLine() throws Exception {
        shot = TalkingShot.get();
        lineB = dir.resolve("lineB.wav");
        try {
            Process p = new ProcessBuilder("espeak-ng", "-s", "160", "-w", lineB.toString(), "Bring me a map, Bob.")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.size(lineB) > 1000) lineBSource = "espeak-ng";
        } catch (java.io.IOException notInstalled) {
            // the sample line below
        }
        if (lineBSource == null) {
            wav(lineB, Arrays.copyOf(new AudioDecoder().decodeAll(Path.of("assets/samples/astronaut/media/line.wav"), 16000, 60)
                    .samples(), 16000 * 3 / 2));
            lineBSource = "the sample line, 1.5 s";
        }
    }

    static void wav(Path out, float[] s) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * s.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * s.length).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * s.length);
        for (float v : s) b.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767));
        Files.write(out, b.array());
    }

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        AppServices services = AppServices.create(AppDirs.under(dir.resolve("home")), InstallLayout.detect());
        CommandLine cl = Cli.build(services);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    /** Mean |difference| per channel over the pixels of rows [y0, y1). */
    static double meanDiff(int[] a, int[] b, int w, int y0, int y1) {
        double d = 0;
        for (int i = y0 * w; i < y1 * w; i++) {
            int x = a[i], y = b[i];
            d += Math.abs((x >> 16 & 255) - (y >> 16 & 255)) + Math.abs((x >> 8 & 255) - (y >> 8 & 255)) + Math.abs((x & 255) - (y & 255));
        }
        return d / 3 / ((y1 - y0) * (long) w);
    }

    @Test
    void dubsTheShotKeepingItsTimingAndEverythingOutsideTheLine() throws Exception {
        Path out = dir.resolve("dubbed.mov");
        long t0 = System.nanoTime();
        Run r = run("dub", shot.file.toString(), "--audio", lineB.toString(), "--not-a-real-person", "-o", out.toString());
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "dub of the %d-frame talking shot with %s: %.1f s%n%s", TalkingShot.FRAMES, lineBSource, secs, r.out());
        assertEquals(0, r.code(), r.err());

        ShotInfo src = ShotProber.probe(shot.file).info(), got = ShotProber.probe(out).info();
        assertEquals(src.frameCount(), got.frameCount());
        assertEquals(src.rate(), got.rate());
        assertEquals(TalkingShot.TIMECODE, got.timecode());
        assertEquals(src.width(), got.width());
        assertEquals("prores", got.videoCodec());
        assertTrue(got.audioChannels() > 0, "the dub is muxed in");

        JsonNode report = new ObjectMapper().readTree(out.resolveSibling("dubbed.sync.json").toFile());
        JsonNode lines = report.get("lines");
        assertEquals(1, lines.size());
        JsonNode line = lines.get(0);
        for (String k : new String[] {"start", "end", "offset_frames", "confidence", "flags"}) assertTrue(line.has(k), k + " in " + line);
        assertEquals(src.audioChannels() > 0, line.has("leak"), "leak is measured where the shot has sound: " + line);
        double end = line.get("end").asDouble();
        assertEquals(0, line.get("start").asDouble());
        long lineEnd = Math.round(end * 25);
        double lineSeconds = new AudioDecoder().decodeAll(lineB, 16000, 60).duration().toDouble();
        assertEquals(Math.ceil(lineSeconds * 25), lineEnd, 0.01, "the line covers the dub audio's frames");

        JsonNode otio = new ObjectMapper().readTree(out.resolveSibling("dubbed.otio").toFile());
        assertEquals("Timeline.1", otio.get("OTIO_SCHEMA").asText());
        String edl = Files.readString(out.resolveSibling("dubbed.edl"));
        assertTrue(edl.startsWith("TITLE:") && edl.contains("10:00:00:00"), edl);
        assertTrue(Files.isRegularFile(out.resolveSibling("dubbed.mov.provenance.json")));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp-")), "no temporary left");
        }

        try (ShotReader a = ShotReader.open(shot.file, ShotProber.probe(shot.file), false);
             ShotReader b = ShotReader.open(out, ShotProber.probe(out), false)) {
            int w = src.width(), h = src.height();
            double worstOutside = 0, worstFar = 0, mouthChange = 0;
            for (int f = 0; f < TalkingShot.FRAMES; f++) {
                int[] x = a.frame(f).rgb(), y = b.frame(f).rgb();
                if (f >= lineEnd) {
                    worstOutside = Math.max(worstOutside, meanDiff(x, y, w, 0, h));
                } else {
                    worstFar = Math.max(worstFar, meanDiff(x, y, w, 0, h / 5));   // the top fifth: far above the mouth
                    mouthChange = Math.max(mouthChange, meanDiff(x, y, w, 0, h));
                }
                if (f == 8) {
                    TalkingShot.save(x, w, h, "cli-source-8.png");
                    TalkingShot.save(y, w, h, "cli-dubbed-8.png");
                }
            }
            System.out.printf(Locale.ROOT, "outside the line: worst mean diff %.2f; inside, top fifth %.2f, whole frame %.2f%n",
                    worstOutside, worstFar, mouthChange);
            assertTrue(worstOutside < 2, "frames outside the line are the source's: " + worstOutside);
            assertTrue(worstFar < 2, "pixels far from the face are untouched: " + worstFar);
            assertTrue(mouthChange > worstOutside, "the line's frames were dubbed");
        }
    }

    @Test
    void refusesWhatItCannotDub() throws Exception {
        Run noConsent = run("dub", shot.file.toString(), "--audio", lineB.toString(), "-o", dir.resolve("a.mov").toString());
        assertEquals(2, noConsent.code());
        assertTrue(noConsent.err().contains("--not-a-real-person"), noConsent.err());

        Path text = Files.writeString(dir.resolve("notes.mov"), "not a video");
        Run notVideo = run("dub", text.toString(), "--audio", lineB.toString(), "--consent", "Ann agreed", "-o", dir.resolve("b.mov").toString());
        assertEquals(2, notVideo.code(), notVideo.err());
        assertTrue(notVideo.err().contains("notes.mov"), notVideo.err());

        Path srt = Files.writeString(dir.resolve("bad.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHello\n\n2\n00:00:01,000 -> nonsense\nBye\n");
        Run badCues = run("dub", shot.file.toString(), "--audio", lineB.toString(), "--lines", srt.toString(),
                "--not-a-real-person", "-o", dir.resolve("c.mov").toString());
        assertEquals(2, badCues.code(), badCues.err());
        assertTrue(badCues.err().contains("bad.srt line 6"), badCues.err());

        Run badExt = run("dub", shot.file.toString(), "--audio", lineB.toString(), "--not-a-real-person", "-o", dir.resolve("d.avi").toString());
        assertEquals(2, badExt.code());
        assertTrue(badExt.err().contains(".mov"), badExt.err());

        Path longLine = dir.resolve("long.wav");
        wav(longLine, new float[16000 * 4]);
        Run tooLong = run("dub", shot.file.toString(), "--audio", longLine.toString(), "--not-a-real-person", "-o", dir.resolve("e.mov").toString());
        assertEquals(2, tooLong.code(), tooLong.err());
        assertTrue(tooLong.err().contains("lasts 4.00 s but the shot has only 2.40 s"), tooLong.err());

        Path blank = dir.resolve("blank.mov");
        EncodeSpec spec = new EncodeSpec("mov", "mpeg4", "yuv420p", 64, 64, 25, 1, 2_000_000, 12, Map.of(), null, 48_000, 0, 0, Map.of(), Map.of(), null);
        ByteBuffer buf = ByteBuffer.allocateDirect(64 * 64 * 4).order(ByteOrder.nativeOrder());
        for (int i = 0; i < 64 * 64; i++) buf.putInt(0xFF808080);
        try (VideoEncoder enc = VideoEncoder.open(blank, spec)) {
            for (int i = 0; i < 10; i++) enc.writeFrame(buf.clear());
            enc.finish();
        }
        Run noFace = run("dub", blank.toString(), "--audio", lineB.toString(), "--not-a-real-person", "-o", dir.resolve("f.mov").toString());
        assertEquals(3, noFace.code(), noFace.err());
        assertTrue(noFace.err().contains("No face found in any frame of blank.mov"), noFace.err());

        for (String n : new String[] {"a.mov", "b.mov", "c.mov", "d.avi", "e.mov", "f.mov"}) {
            assertFalse(Files.exists(dir.resolve(n)), n + " was not written");
        }
    }

    @Test
    void cuedLinesToMp4AndMxf() throws Exception {
        Path srt = Files.writeString(dir.resolve("lines.srt"), "1\n00:00:00,200 --> 00:00:01,400\nBring me a map, Bob.\n");
        Path mp4 = dir.resolve("cued.mp4");
        Run r = run("dub", shot.file.toString(), "--audio", lineB.toString(), "--lines", srt.toString(), "--quality", "draft",
                "--consent", "The actor agreed in writing", "-o", mp4.toString(), "--report", dir.resolve("cued.json").toString());
        System.out.print(r.out());
        assertEquals(0, r.code(), r.err());
        ShotInfo got = ShotProber.probe(mp4).info();
        assertEquals(TalkingShot.FRAMES, got.frameCount());
        assertEquals(Rational.of(25), got.rate().fps());
        System.out.println("mp4: codec " + got.videoCodec() + ", timecode " + got.timecode());
        JsonNode line = new ObjectMapper().readTree(dir.resolve("cued.json").toFile()).get("lines").get(0);
        assertEquals(0.2, line.get("start").asDouble(), 1e-9);
        assertEquals(1.4, line.get("end").asDouble(), 1e-9);
        assertTrue(Files.readString(mp4.resolveSibling("cued.mp4.provenance.json")).contains("The actor agreed in writing"));

        Path mxf = dir.resolve("dubbed.mxf");
        Run m = run("dub", shot.file.toString(), "--audio", lineB.toString(), "--from", "10:00:00:10", "--to", "10:00:02:10",
                "--not-a-real-person", "-o", mxf.toString());
        System.out.print(m.out() + m.err());
        if (m.code() == 0) {
            ShotInfo x = ShotProber.probe(mxf).info();
            System.out.println("mxf: codec " + x.videoCodec() + ", timecode " + x.timecode() + ", frames " + x.frameCount());
            assertEquals(50, x.frameCount(), "--from/--to: frames 10..59");
            assertEquals("10:00:00:10", x.timecode());
            JsonNode l = new ObjectMapper().readTree(dir.resolve("dubbed.sync.json").toFile()).get("lines").get(0);
            assertEquals(0.4, l.get("start").asDouble(), 1e-9, "the line starts at --from");
        } else {
            assertEquals(2, m.code());
            assertTrue(m.err().contains("mxf"), m.err());
            assertFalse(Files.exists(mxf));
        }
    }

    /** The talking shot re-encoded with BT.709 tags and a sound of its own (the sample line), as a camera file would come. */
    @Test
    void aShotWithSoundAndColourTagsKeepsThemAndGetsALeakScore() throws Exception {
        Path tagged = dir.resolve("tagged.mov");
        // A small picture tagged BT.709 (the size rule would say BT.601): the dub must keep the source's tags.
        EncodeSpec spec = new EncodeSpec("mov", "mpeg4", "yuv420p", TalkingShot.SIZE, TalkingShot.SIZE, 25, 1, 8_000_000, 12,
                Map.of(), "pcm_s16le", 48_000, 1, 0, Map.of(), Map.of("timecode", "01:00:00:00"), VideoColour.BT709);
        float[] own = Arrays.copyOf(new AudioDecoder().decodeAll(Path.of("assets/samples/astronaut/media/line.wav"), 48000, 60)
                .samples(), 48000 * TalkingShot.FRAMES / 25);
        ByteBuffer buf = ByteBuffer.allocateDirect(TalkingShot.SIZE * TalkingShot.SIZE * 4).order(ByteOrder.nativeOrder());
        try (VideoEncoder enc = VideoEncoder.open(tagged, spec)) {
            for (int i = 0; i < TalkingShot.FRAMES; i++) {
                buf.clear();
                buf.asIntBuffer().put(shot.rendered.get(i));
                enc.writeFrame(buf);
                enc.writeAudio(java.nio.FloatBuffer.wrap(own, i * 1920, 1920));
            }
            enc.finish();
        }
        ShotInfo src = ShotProber.probe(tagged).info();
        Path out = dir.resolve("tagged-dub.mov");
        Run r = run("dub", tagged.toString(), "--audio", lineB.toString(), "--keep-original", "--prores-4444",
                "--not-a-real-person", "-o", out.toString());
        System.out.print(r.out());
        assertEquals(0, r.code(), r.err());
        ShotInfo got = ShotProber.probe(out).info();
        System.out.println("source colour " + src.colour() + ", dub colour " + got.colour());
        assertEquals(src.colour(), got.colour());
        assertEquals("01:00:00:00", got.timecode());
        JsonNode line = new ObjectMapper().readTree(dir.resolve("tagged-dub.sync.json").toFile()).get("lines").get(0);
        assertTrue(line.has("leak"), "the shot's own sound gives a leak score: " + line);
    }
}
