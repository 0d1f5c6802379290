package io.mouthpiece.export;

import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.VideoFrameReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A colour chart exported to every video format, at an SD and an HD size, comes back within 2 levels per channel
 * on its flat patches (patch means) when FFmpeg decodes it with the colour description the stream carries — both the ffmpeg
 * command line and the app's own decoder — and the stream is tagged with the matrix it was converted with:
 * BT.601 (smpte170m) below 720p, BT.709 from 720p up, limited range, BT.709 primaries and transfer (sRGB's).
 */
class ExportColourTest {
    static final int TOLERANCE = 2;
    static final int NOISE = 8;
    static final int FRAMES = 2;

    @TempDir Path dir;

    @Test
    void mp4H264() throws Exception {
        roundTrip(ExportFormat.MP4, Background.KEEP, QualityPreset.EDITING);
    }

    @Test
    void mp4H264Web() throws Exception {
        roundTrip(ExportFormat.MP4, Background.KEEP, QualityPreset.WEB);
    }

    @Test
    void movProRes4444() throws Exception {
        roundTrip(ExportFormat.MOV_PRORES4444, Background.KEEP, QualityPreset.EDITING);
    }

    @Test
    void webmVp9() throws Exception {
        roundTrip(ExportFormat.WEBM_VP9, Background.KEEP, QualityPreset.WEB);
    }

    @Test
    void webmVp9WithAlpha() throws Exception {
        roundTrip(ExportFormat.WEBM_VP9, Background.TRANSPARENT, QualityPreset.GAME_ENGINE);
    }

    /** Every video format ExportFormat offers is covered above. */
    @Test
    void everyContainerFormatIsCovered() {
        List<ExportFormat> video = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) if (f.isContainer()) video.add(f);
        assertEquals(List.of(ExportFormat.MP4, ExportFormat.MOV_PRORES4444, ExportFormat.WEBM_VP9), video);
    }

    /** SD, and a strip as wide as 720p (1280 wide counts as HD, like 720 high) to keep the test fast. */
    void roundTrip(ExportFormat format, Background bg, QualityPreset preset) throws Exception {
        check(format, bg, preset, 192, 128, "smpte170m");
        check(format, bg, preset, 1280, 160, "bt709");
    }

    /** One real 1280x720 picture through the default (web) MP4 preset. */
    @Test
    void mp4H264Web720p() throws Exception {
        check(ExportFormat.MP4, Background.KEEP, QualityPreset.WEB, 1280, 720, "bt709");
    }

    void check(ExportFormat format, Background bg, QualityPreset preset, int w, int h, String matrix) throws Exception {
        ColourChart chart = new ColourChart(w, h, FRAMES);
        ExportSettings s = new ExportSettings(format, w, h, chart.rate(), preset, bg, false);
        Path out = dir.resolve(format.name().toLowerCase(Locale.ROOT) + "-" + h + "-" + bg.mode() + "." + format.extension());
        new ExportService().export(new ExportRequest(chart, AudioSource.NONE, s, provenance(), out), Progress.NONE);
        String what = format + " " + w + "x" + h;

        Map<String, String> tags = ffprobe(out);
        assertEquals(matrix, tags.get("color_space"), what + " " + tags);
        assertEquals("bt709", tags.get("color_primaries"), what + " " + tags);
        assertEquals("bt709", tags.get("color_transfer"), what + " " + tags);
        assertEquals("tv", tags.get("color_range"), what + " " + tags);

        assertPatches(chart, ffmpegRgb(out, w, h), what + " decoded by the ffmpeg command");
        try (VideoFrameReader r = VideoFrameReader.open(out)) {
            assertEquals(matrix, r.colour().matrix(), what + " as the app's decoder reads it");
            BufferedImage img = null;
            for (VideoFrameReader.VideoFrame f; (f = r.next()) != null; ) img = f.image();
            int[] px = img.getRGB(0, 0, w, h, null, 0, w);
            assertPatches(chart, px, what + " decoded by the app");
        }
    }

    /**
     * Each patch's mean colour over its inner half within {@link #TOLERANCE} levels per channel (the colour), and no
     * single pixel there off by more than {@link #NOISE} (the codec's own noise on a flat area, a sanity bound).
     * Decoding BT.709 with BT.601 (or the reverse) moves saturated patches by 10–40 levels, and a range mix-up moves
     * white and black by 16 or more.
     */
    static void assertPatches(ColourChart chart, int[] rgb, String what) {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < ColourChart.PATCHES.length; i++) {
            int[] r = chart.inner(i);
            int want = ColourChart.PATCHES[i], noise = 0;
            double[] sum = new double[3];
            int n = 0;
            for (int y = r[1]; y < r[3]; y++) {
                for (int x = r[0]; x < r[2]; x++, n++) {
                    int p = rgb[y * chart.width() + x];
                    noise = Math.max(noise, Decoded.maxChannelDiff(want, p));
                    for (int c = 0; c < 3; c++) sum[c] += (p >> (16 - 8 * c)) & 0xff;
                }
            }
            double worst = 0;
            double[] mean = new double[3];
            for (int c = 0; c < 3; c++) {
                mean[c] = sum[c] / n;
                worst = Math.max(worst, Math.abs(mean[c] - ((want >> (16 - 8 * c)) & 0xff)));
            }
            if (worst > TOLERANCE || noise > NOISE) {
                bad.append(String.format(Locale.ROOT, " patch %d #%06x came back as (%.1f, %.1f, %.1f), pixels up to %d off;",
                        i, want, mean[0], mean[1], mean[2], noise));
            }
        }
        assertTrue(bad.isEmpty(), what + ":" + bad);
    }

    /** The ffmpeg command's own reading: it converts with the matrix and range the stream is tagged with. */
    static int[] ffmpegRgb(Path file, int w, int h) throws Exception {
        // Accurate rounding and full chroma interpolation: the command's default fast YUV→RGB path is itself off by up
        // to 3 levels. The filter's input matrix and range stay "auto", i.e. the stream's tags.
        byte[] raw = run("ffmpeg", "-v", "error", "-i", file.toString(), "-frames:v", "1",
                "-vf", "scale=flags=accurate_rnd+full_chroma_int", "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        assertEquals(w * h * 3, raw.length, "ffmpeg decoded " + raw.length + " bytes");
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) px[i] = (raw[3 * i] & 0xff) << 16 | (raw[3 * i + 1] & 0xff) << 8 | raw[3 * i + 2] & 0xff;
        return px;
    }

    /** The video stream's colour description as ffprobe reports it. */
    static Map<String, String> ffprobe(Path file) throws Exception {
        String text = new String(run("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=color_space,color_primaries,color_transfer,color_range", "-of", "default=noprint_wrappers=1",
                file.toString()), StandardCharsets.UTF_8);
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return m;
    }

    static byte[] run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("this test needs the " + cmd[0] + " command (Debian package ffmpeg; .ci/run installs it): " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed");
        return out.toByteArray();
    }

    Provenance provenance() {
        return new Provenance("Chart", new ConsentRecord(false, "", "tester", "2026-01-01T00:00:00Z"), List.of(), List.of());
    }
}
