package io.mouthpiece.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.task.CancelledException;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports tiny synthetic takes in every format and decodes them back with FFmpeg. */
class ExportServiceTest {
    static final int W = 160;
    static final int H = 120;
    static final FrameRate RATE = FrameRate.FPS_30;
    static final int FRAMES = 15;
    /** Points inside the opaque ellipse, clear of the code row and the badge. */
    static final int[][] PROBES = {{80, 60}, {40, 60}, {110, 40}, {60, 90}};

    @TempDir Path dir;

    final ExportService service = new ExportService();
    final SyntheticFrameSource source = new SyntheticFrameSource(W, H, RATE, FRAMES);

    ExportResult export(ExportSettings s, AudioSource audio, String name) throws IOException {
        return service.export(new ExportRequest(source, audio, s, provenance(), dir.resolve(name)), Progress.NONE);
    }

    Provenance provenance() throws IOException {
        Path portrait = dir.resolve("portrait.png");
        if (!Files.exists(portrait)) Files.write(portrait, new byte[] {1, 2, 3, 4});
        return new Provenance("Ada", new ConsentRecord(false, "", "tester", "2026-01-01T00:00:00Z"),
                List.of(new Provenance.Input("portrait", portrait)),
                List.of(new Provenance.Model("selfie", "abc", "Apache-2.0")));
    }

    static ToneAudioSource tone() { return new ToneAudioSource(48_000, 1, 440, 0.5f); }

    @Test
    void mp4HasH264AndAacOfEqualLengthAndTheRightPictures() throws Exception {
        ExportResult r = export(ExportSettings.of(ExportFormat.MP4, W, H, RATE), tone(), "take.mp4");
        Decoded d = Decoded.of(r.main(), false);
        assertEquals("h264", d.videoCodec);
        assertEquals("aac", d.audioCodec);
        assertEquals(FRAMES, d.frames.size());
        assertEquals(W, d.width);
        assertTrue(Math.abs(d.audioSeconds() - d.videoSeconds()) <= 1.0 / 30, d.audioSeconds() + " s sound vs " + d.videoSeconds() + " s picture");
        // a 0.5-amplitude sine has RMS 0.354 (AAC rings a little at the start, so not the peak)
        assertEquals(0.354, d.audioRms(), 0.03, "tone level");
        for (int n = 0; n < FRAMES; n++) {
            int fn = n;
            assertEquals(n, source.decodeFrameNumber((x, y) -> d.pixel(fn, x, y)), "frame code of decoded frame " + n);
            for (int[] p : PROBES) {
                int diff = Decoded.maxChannelDiff(d.pixel(n, p[0], p[1]), source.expected(n, p[0], p[1]));
                assertTrue(diff <= 24, "frame " + n + " pixel " + p[0] + "," + p[1] + " off by " + diff);
            }
        }
        assertTrue(d.tag("comment").startsWith("AI-generated"), "comment tag: " + d.metadata);
        assertEquals("true", d.tag(ExportService.AI_TAG), "custom tag kept: " + d.metadata);
        assertSidecarMatches(r, "MP4");
        assertOnly(dir.resolve("portrait.png"), dir.resolve("take.mp4"), dir.resolve("take.mp4.provenance.json"));
    }

    @Test
    void proRes4444KeepsAlpha() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.MOV_PRORES4444, W, H, RATE).withBackground(Background.TRANSPARENT);
        ExportResult r = export(s, tone(), "take.mov");
        Decoded d = Decoded.of(r.main(), false);
        assertEquals("prores", d.videoCodec);
        assertTrue(d.audioCodec.startsWith("pcm_s16"), d.audioCodec);
        assertEquals(FRAMES, d.frames.size());
        assertTrue(Math.abs(d.audioSeconds() - d.videoSeconds()) <= 1.0 / 30);
        int[] mm = d.alphaMinMax();
        assertEquals(0, mm[0]);
        assertEquals(255, mm[1]);
        assertEquals(255, d.pixel(7, 80, 60) >>> 24);
        assertEquals(0, d.pixel(7, 2, H - 3) >>> 24);
        for (int[] p : PROBES) assertTrue(Decoded.maxChannelDiff(d.pixel(7, p[0], p[1]), source.expected(7, p[0], p[1])) <= 8);
        assertEquals("true", d.tag(ExportService.AI_TAG), "custom tag kept: " + d.metadata);
        assertSidecarMatches(r, "MOV_PRORES4444");
    }

    @Test
    void webmVp9KeepsAlphaWhenDecodedWithLibvpx() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.WEBM_VP9, W, H, RATE).withBackground(Background.TRANSPARENT);
        ExportResult r = export(s, tone(), "take.webm");
        Decoded d = Decoded.of(r.main(), true);
        assertEquals("opus", d.audioCodec);
        assertEquals(FRAMES, d.frames.size());
        assertTrue(Math.abs(d.audioSeconds() - d.videoSeconds()) <= 1.0 / 30, d.audioSeconds() + " vs " + d.videoSeconds());
        int[] mm = d.alphaMinMax();
        assertTrue(mm[0] <= 5 && mm[1] >= 250, "alpha range " + mm[0] + ".." + mm[1]);
        assertTrue((d.pixel(5, 80, 60) >>> 24) >= 250);
        assertTrue((d.pixel(5, 2, H - 3) >>> 24) <= 5);
        for (int n = 0; n < FRAMES; n++) {
            int fn = n;
            assertEquals(n, source.decodeFrameNumber((x, y) -> d.pixel(fn, x, y)));
        }
        for (int[] p : PROBES) assertTrue(Decoded.maxChannelDiff(d.pixel(5, p[0], p[1]), source.expected(5, p[0], p[1])) <= 24);
        assertEquals("true", d.tag(ExportService.AI_TAG), "custom tag kept: " + d.metadata);
        assertSidecarMatches(r, "WEBM_VP9");
    }

    @Test
    void colourBackgroundReplacesTheTransparentArea() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.MP4, W, H, RATE).withBackground(Background.parse("#00ff00")).withBadge(false);
        Decoded d = Decoded.of(export(s, AudioSource.NONE, "green.mp4").main(), false);
        assertEquals(null, d.audioCodec);
        assertTrue(Decoded.maxChannelDiff(d.pixel(3, 3, H - 4), 0x00ff00) <= 20, Integer.toHexString(d.pixel(3, 3, H - 4)));
        assertTrue(Decoded.maxChannelDiff(d.pixel(3, 80, 60), source.expected(3, 80, 60)) <= 24);
    }

    @Test
    void ntscRateStaysExactThroughAnExportJob() throws Exception {
        FrameRate ntsc = FrameRate.NTSC;
        SyntheticFrameSource src = new SyntheticFrameSource(W, H, ntsc, 12);
        ExportRequest req = new ExportRequest(src, tone(), ExportSettings.of(ExportFormat.MP4, W, H, ntsc), null, dir.resolve("ntsc.mp4"));
        ExportResult r = new ExportJob(service, req).run(Progress.NONE);
        Decoded d = Decoded.of(r.main(), false);
        assertEquals(30000.0 / 1001, d.frameRate, 1e-3);
        assertEquals(12, d.frames.size());
        assertTrue(Math.abs(d.audioSeconds() - d.videoSeconds()) <= 1001.0 / 30000);
        JsonNode j = new ObjectMapper().readTree(r.provenance().toFile());
        assertEquals("30000/1001", j.at("/settings/frameRate").asText());
        assertEquals("1001/2500", j.at("/output/duration").asText());   // 12 × 1001/30000 s, exact
    }

    @Test
    void mp4RefusesATransparentBackground() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportSettings.of(ExportFormat.MP4, W, H, RATE).withBackground(Background.TRANSPARENT));
        assertTrue(e.getMessage().contains("no alpha"), e.getMessage());
    }

    @Test
    void cancelMidwayLeavesNothingBehind() throws Exception {
        Progress cancelAfter5 = new Progress() {
            int frames;
            @Override public void update(double fraction, String message) { }
            @Override public boolean isCancelled() { return ++frames > 5; }
        };
        for (ExportFormat f : new ExportFormat[] {ExportFormat.MP4, ExportFormat.PNG_SEQUENCE, ExportFormat.SPRITE_SHEET}) {
            ExportRequest req = new ExportRequest(source, tone(), ExportSettings.of(f, W, H, RATE), provenance(), dir.resolve("cancelled." + f));
            assertThrows(CancelledException.class, () -> service.export(req, cancelAfter5));
        }
        assertOnly(dir.resolve("portrait.png"));
    }

    @Test
    void aRenderErrorMidwayLeavesNoPartialFile() throws Exception {
        FrameSource failing = new FrameSource() {
            @Override public int width() { return W; }
            @Override public int height() { return H; }
            @Override public FrameRate rate() { return RATE; }
            @Override public long frameCount() { return FRAMES; }
            @Override public void render(long frame, IntBuffer out) {
                if (frame == 8) throw new IllegalStateException("GL context lost");
                source.render(frame, out);
            }
        };
        Files.writeString(dir.resolve("take.mp4"), "previous export");
        ExportRequest req = new ExportRequest(failing, tone(), ExportSettings.of(ExportFormat.MP4, W, H, RATE), provenance(), dir.resolve("take.mp4"));
        assertThrows(IllegalStateException.class, () -> service.export(req, Progress.NONE));
        assertEquals("previous export", Files.readString(dir.resolve("take.mp4")), "the old file is untouched");
        assertOnly(dir.resolve("portrait.png"), dir.resolve("take.mp4"));
    }

    @Test
    void aSoundDecodeErrorMidwayLeavesNoPartialFile() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.MOV_PRORES4444, W, H, RATE);
        ExportRequest req = new ExportRequest(source, new AudioSource() {
            @Override public int sampleRate() { return 48_000; }
            @Override public int channels() { return 1; }
            @Override public void read(long position, float[] out, int off, int frames) throws IOException {
                if (position > 48_000 / 30 * 6) throw new IOException("corrupt dialogue file");
            }
        }, s, provenance(), dir.resolve("take.mov"));
        IOException e = assertThrows(IOException.class, () -> service.export(req, Progress.NONE));
        assertEquals("corrupt dialogue file", e.getMessage());
        assertOnly(dir.resolve("portrait.png"));
    }

    @Test
    void progressReportsFramesFpsAndTimeLeft() throws Exception {
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        Progress p = new Progress() {
            @Override public void update(double fraction, String message) { messages.add(message); fractions.add(fraction); }
            @Override public boolean isCancelled() { return false; }
        };
        service.export(new ExportRequest(source, AudioSource.NONE, ExportSettings.of(ExportFormat.MP4, W, H, RATE), provenance(),
                dir.resolve("p.mp4")), p);
        assertTrue(messages.stream().anyMatch(m -> m.matches("frame 15/15, [0-9.]+ fps, 0 s left")), messages.toString());
        assertEquals(1.0, fractions.getLast());
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1));
    }

    @Test
    void sizeOrRateMismatchIsAClearError() {
        ExportRequest req = new ExportRequest(source, AudioSource.NONE, ExportSettings.of(ExportFormat.MP4, 320, 240, RATE), null, dir.resolve("x.mp4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.export(req, Progress.NONE));
        assertTrue(e.getMessage().contains("160x120"), e.getMessage());
    }

    void assertSidecarMatches(ExportResult r, String format) throws IOException {
        JsonNode j = new ObjectMapper().readTree(r.provenance().toFile());
        assertEquals(ProvenanceManifest.SCHEMA, j.get("schema").asText());
        assertTrue(j.get("aiGenerated").asBoolean());
        assertEquals(format, j.at("/settings/format").asText());
        assertEquals(Hashing.sha256(r.main()), j.at("/output/files/0/sha256").asText());
        assertEquals(Hashing.sha256(r.main()), r.sha256());
        assertEquals(Files.size(r.main()), j.at("/output/files/0/bytes").asLong());
        assertEquals(Hashing.sha256(dir.resolve("portrait.png")), j.at("/inputs/0/sha256").asText());
        assertEquals("Apache-2.0", j.at("/models/0/licence").asText());
        assertEquals("tester", j.at("/character/consent/recordedBy").asText());
        assertEquals("Ada", j.at("/characters/0/name").asText());
        assertEquals("tester", j.at("/characters/0/consent/recordedBy").asText());
        assertEquals("1/2", j.at("/output/duration").asText());
    }

    void assertOnly(Path... expected) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> want = Stream.of(expected).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(want, names);
        }
    }
}
