package io.mouthpiece.media;

import io.mouthpiece.core.media.ColourDescription;
import io.mouthpiece.core.media.FieldOrder;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.time.FrameRate;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Probing a shot (rate, count, timecode, timing) and reading frame N exactly, on files encoded here. */
class ShotReaderTest {
    @TempDir Path dir;

    /** A moving pattern whose every frame differs: a bar at x = 3n, a block whose colour encodes n. */
    static int[] pattern(int n, int w, int h) {
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = ((x + 2 * n) * 4 ^ (y * 3)) & 255;
                px[y * w + x] = 0xFF000000 | v << 16 | ((y * 255 / h) << 8) | (n * 37 & 255);
            }
        }
        for (int y = 0; y < h; y++) for (int x = (3 * n) % w, k = 0; k < 4 && x + k < w; k++) px[y * w + x + k] = 0xFFFFFFFF;
        return px;
    }

    /** Encodes {@code frames} pattern frames with the export's encoder (MPEG-4 Part 2 in MOV, 12-frame GOPs). */
    static Path encode(Path file, int frames, long fpsNum, long fpsDen, String timecode) throws Exception {
        return encode(file, frames, fpsNum, fpsDen, timecode, Map.of(), 0);
    }

    static Path encode(Path file, int frames, long fpsNum, long fpsDen, String timecode, Map<String, String> videoOptions,
                       int audioChannels) throws Exception {
        int w = 96, h = 64;
        Map<String, String> meta = timecode == null ? Map.of() : Map.of("timecode", timecode);
        EncodeSpec spec = new EncodeSpec("mov", "mpeg4", "yuv420p", w, h, fpsNum, fpsDen, 2_000_000, 12,
                videoOptions, audioChannels > 0 ? "aac" : null, 48_000, audioChannels, 0, Map.of(), meta,
                "bt709".equals(videoOptions.get("colorspace")) ? VideoColour.BT709 : null);
        ByteBuffer buf = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder());
        try (VideoEncoder enc = VideoEncoder.open(file, spec)) {
            for (int i = 0; i < frames; i++) {
                IntBuffer ib = buf.asIntBuffer();
                ib.put(pattern(i, w, h));
                enc.writeFrame(buf);
                if (audioChannels > 0) enc.writeAudio(java.nio.FloatBuffer.allocate(1920 * audioChannels));
            }
            enc.finish();
        }
        return file;
    }

    @Test
    void probeReadsRateCountAndTimecode() throws Exception {
        Path film = encode(dir.resolve("film.mov"), 30, 24000, 1001, "01:00:00:00");
        ShotInfo info = ShotProber.probe(film).info();
        assertEquals(FrameRate.NTSC_FILM, info.rate());
        assertEquals(30, info.frameCount());
        assertEquals(96, info.width());
        assertEquals(64, info.height());
        assertEquals("01:00:00:00", info.timecode());
        assertEquals(86_400, info.startFrame());     // one hour at the nominal 24
        assertEquals("01:00:01:05", info.timecodeOf(29));
        assertFalse(info.timing().variable());
        assertFalse(info.fieldOrder().interlaced());
        assertEquals(0, info.audioChannels());
        assertEquals(List.of(), info.notices(ShotInfo.VariableRatePolicy.REFUSE));

        Path ntsc = encode(dir.resolve("ntsc.mov"), 20, 30000, 1001, "00:00:59;28");
        ShotInfo df = ShotProber.probe(ntsc).info();
        assertEquals(FrameRate.NTSC, df.rate());
        assertTrue(df.dropFrame());
        assertEquals("00:01:00;02", df.timecodeOf(2)); // 00:01:00;00 and ;01 do not exist
        System.out.println("probed: " + info + "\n        " + df);

        Path pal = encode(dir.resolve("pal.mov"), 10, 25, 1, null, Map.of("color_primaries", "bt709", "color_trc", "bt709",
                "colorspace", "bt709", "color_range", "tv"), 6);
        ShotInfo p = ShotProber.probe(pal).info();
        assertEquals(FrameRate.FPS_25, p.rate());
        // MOV's 'colr' nclc atom has no range flag, so only primaries, transfer and matrix survive the round trip
        ColourDescription c = p.colour();
        assertEquals(List.of("bt709", "bt709", "bt709"), List.of(c.primaries(), c.transfer(), c.matrix()));
        assertTrue(c.specified());
        assertFalse(c.hdr());
        assertEquals(6, p.audioChannels());
        assertTrue(p.audioLayout().startsWith("5.1"), p.audioLayout());
        assertNull(p.timecode());
        assertEquals(10, p.frameCount());
    }

    @Test
    void frameNEqualsSequentialDecodeOfFrameN() throws Exception {
        Path film = encode(dir.resolve("seek.mov"), 120, 25, 1, null);
        ShotProber.Probe probe = ShotProber.probe(film);
        List<int[]> sequential = new ArrayList<>();
        try (ShotReader r = ShotReader.open(film, probe, false)) {
            for (int i = 0; i < probe.info().frameCount(); i++) sequential.add(r.frame(i).rgb());
            assertEquals(0, r.seeks(), "sequential reading never seeks");
            assertThrows(MediaException.class, () -> r.frame(120));
        }
        // consecutive frames differ, so a reader that is one frame off cannot pass
        for (int i = 1; i < sequential.size(); i++) assertFalse(java.util.Arrays.equals(sequential.get(i - 1), sequential.get(i)));
        int[] order = {119, 3, 60, 0, 59, 61, 118, 12, 11, 13, 100, 24, 23, 50, 49, 0, 119, 36, 35, 1};
        try (ShotReader r = ShotReader.open(film, probe, false)) {
            for (int n : order) {
                ShotReader.Picture p = r.frame(n);
                assertEquals(n, p.index());
                assertArrayEquals(sequential.get(n), p.rgb(), "frame " + n + " read at random differs from sequential decode");
            }
            System.out.printf("random access: %d requests, %d seeks, %d pictures decoded%n", order.length, r.seeks(), r.decoded());
            assertTrue(r.seeks() >= 8);
        }
    }

    @Test
    void aVariableRateShotIsConformedOrRefused() throws Exception {
        Path vfr = dir.resolve("phone.mp4");
        int[] slots = {0, 1, 2, 4, 5, 7, 8, 9, 12, 13, 14, 16, 17, 18, 19, 22, 23, 24, 25, 27};
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(vfr.toFile(), 96, 64, 0);
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            rec.setFormat("mp4");
            rec.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            rec.setVideoQuality(2);
            rec.setFrameRate(30);
            rec.start();
            for (int slot : slots) {
                BufferedImage img = new BufferedImage(96, 64, BufferedImage.TYPE_3BYTE_BGR);
                img.setRGB(0, 0, 96, 64, pattern(slot, 96, 64), 0, 96);
                rec.setFrameNumber(slot);
                rec.record(conv.convert(img));
            }
            rec.stop();
        }
        ShotProber.Probe probe = ShotProber.probe(vfr);
        ShotInfo info = probe.info();
        assertEquals(slots.length, info.frameCount());
        assertTrue(info.timing().variable(), "gaps of 1–3 frames: " + info.timing());
        MediaException refused = assertThrows(MediaException.class, () -> info.notices(ShotInfo.VariableRatePolicy.REFUSE));
        assertTrue(refused.getMessage().contains("variable frame rate"), refused.getMessage());
        List<String> notices = info.notices(ShotInfo.VariableRatePolicy.CONFORM);
        assertTrue(notices.getFirst().contains("conformed to a constant 30 fps"), notices.toString());
        System.out.println(notices.getFirst());
        try (ShotReader plain = ShotReader.open(vfr, probe, false); ShotReader conformed = ShotReader.open(vfr, probe, true)) {
            assertEquals(28, conformed.frameCount());
            for (int n = 0; n < 28; n++) {
                int source = 0;
                for (int k = 0; k < slots.length; k++) if (slots[k] <= n) source = k;
                assertArrayEquals(plain.frame(source).rgb(), conformed.frame(n).rgb(), "conformed frame " + n + " shows source " + source);
                assertEquals(FrameRate.FPS_30.timeOf(n), conformed.frame(n).time());
            }
        }
    }

    @Test
    void fieldOrderNames() {
        assertEquals(FieldOrder.TOP_FIRST, ShotProber.fieldOrder(avcodec.AV_FIELD_TT));
        assertEquals(FieldOrder.BOTTOM_FIRST, ShotProber.fieldOrder(avcodec.AV_FIELD_BT));
        assertEquals(FieldOrder.PROGRESSIVE, ShotProber.fieldOrder(avcodec.AV_FIELD_PROGRESSIVE));
        assertTrue(ShotProber.fieldOrder(avcodec.AV_FIELD_BB).interlaced());
    }

    @Test
    void aTruncatedVideoIsAClearError() throws Exception {
        Path film = encode(dir.resolve("cut.mov"), 30, 25, 1, null);
        byte[] all = java.nio.file.Files.readAllBytes(film);
        Path cut = java.nio.file.Files.write(dir.resolve("cut-short.mov"), java.util.Arrays.copyOf(all, all.length / 2));
        MediaException e = assertThrows(MediaException.class, () -> ShotProber.probe(cut));
        assertTrue(e.getMessage().contains("cut-short.mov"), e.getMessage());
        System.out.println("truncated: " + e.getMessage());
    }

    @Test
    void notAVideoIsAClearError() throws Exception {
        Path txt = java.nio.file.Files.writeString(dir.resolve("notes.mov"), "not a video");
        MediaException e = assertThrows(MediaException.class, () -> ShotProber.probe(txt));
        assertTrue(e.getMessage().contains("notes.mov"), e.getMessage());
    }
}
