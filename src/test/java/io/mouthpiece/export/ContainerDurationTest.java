package io.mouthpiece.export;

import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duration a container states in its header (format and per stream) must be the real length of what it holds.
 * JavaCV 1.5.13 writes Opus packet durations in the wrong time base, so a plain WebM said 1.441 s for 0.5 s of sound.
 */
class ContainerDurationTest {
    static final int W = 64;
    static final int H = 48;
    static final FrameRate RATE = FrameRate.FPS_30;
    static final int FRAMES = 15;   // 0.5 s
    static final double ONE_FRAME = 1.0 / 30;

    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"WEBM_VP9", "MP4", "MOV_PRORES4444"})
    void statedDurationsEqualTheRealLength(ExportFormat format) throws Exception {
        String ext = switch (format) { case WEBM_VP9 -> "webm"; case MP4 -> "mp4"; default -> "mov"; };
        Path out = dir.resolve("take." + ext);
        new ExportService().export(new ExportRequest(new SyntheticFrameSource(W, H, RATE, FRAMES),
                new ToneAudioSource(48_000, 1, 440, 0.5f), ExportSettings.of(format, W, H, RATE).withBadge(false), null, out),
                Progress.NONE);

        Decoded d = Decoded.of(out, false);
        assertEquals(FRAMES, d.frames.size());
        assertEquals(0.5, d.audioSeconds(), ONE_FRAME, "decoded sound");

        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.toFile())) {
            g.start();
            double container = g.getLengthInTime() / 1e6;
            assertEquals(0.5, container, ONE_FRAME, format + " header duration");
            AVFormatContext fc = g.getFormatContext();
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < fc.nb_streams(); i++) {
                AVStream st = fc.streams(i);
                int type = st.codecpar().codec_type();
                kinds.add(type == avutil.AVMEDIA_TYPE_VIDEO ? "video" : type == avutil.AVMEDIA_TYPE_AUDIO ? "audio" : "other");
                double secs = streamSeconds(st);
                assertTrue(!Double.isNaN(secs), format + " stream " + i + " states no duration");
                assertEquals(0.5, secs, ONE_FRAME, format + " " + kinds.getLast() + " stream duration");
            }
            assertEquals(List.of("video", "audio"), kinds);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("take." + ext, "take." + ext + ExportService.SIDECAR_SUFFIX),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporaries left");
        }
    }

    /** AVStream.duration, or Matroska's per-track DURATION tag ("00:00:00.500000000"); NaN when neither is there. */
    static double streamSeconds(AVStream st) {
        if (st.duration() != avutil.AV_NOPTS_VALUE && st.duration() > 0) {
            return st.duration() * (double) st.time_base().num() / st.time_base().den();
        }
        AVDictionaryEntry e = avutil.av_dict_get(st.metadata(), "DURATION", null, 0);
        if (e == null) return Double.NaN;
        String[] hms = e.value().getString().split(":");
        return Integer.parseInt(hms[0]) * 3600 + Integer.parseInt(hms[1]) * 60 + Double.parseDouble(hms[2]);
    }
}
