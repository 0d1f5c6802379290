package io.mouthpiece.export;

import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoColour;
import io.mouthpiece.media.VideoEncoder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns {@link ExportSettings} into FFmpeg encoder settings: the one place where codec names, pixel formats and
 * quality numbers live. Codec choices follow what the bundled LGPL FFmpeg build offers (see docs/stack.md §4).
 */
public final class EncoderPresets {
    /** Sample rate of every exported sound track. */
    public static final int SAMPLE_RATE = 48_000;

    private EncoderPresets() {}

    /** The H.264 encoder: libx264 when the GPL FFmpeg build is on the class path, else openh264. */
    public static String h264Encoder() {
        return VideoEncoder.hasEncoder("libx264") ? "libx264" : "libopenh264";
    }

    public static EncodeSpec spec(ExportSettings s, int audioChannels, Map<String, String> metadata) {
        long num = s.rate().fps().num();
        long den = s.rate().fps().den();
        int gopSeconds = s.preset() == QualityPreset.WEB ? 2 : 1;
        int gop = (int) Math.max(1, s.rate().fps().multiply(gopSeconds).round());
        Map<String, String> video = new LinkedHashMap<>();
        Map<String, String> mux = new LinkedHashMap<>();
        // mov/mp4 only write their fixed tag set unless asked to keep arbitrary keys (our ai_generated tag).
        String movflags = "+use_metadata_tags";
        // Converted with and tagged as BT.709 from 720p up, BT.601 below (what untagged-aware players guess too).
        VideoColour colour = VideoColour.forSize(s.width(), s.height());
        return switch (s.format()) {
            case MP4 -> {
                String codec = h264Encoder();
                int bitrate = 0;
                if (codec.equals("libx264")) {
                    video.put("preset", "veryfast");
                    video.put("crf", switch (s.preset()) { case WEB -> "23"; case EDITING -> "16"; case GAME_ENGINE -> "20"; });
                } else {
                    // openh264 has no constant-quality mode. Its "quality" rate control aims at a bit rate but, left
                    // to itself, codes still and flat pictures at a coarse quantiser whatever the target: the sample
                    // take's background came back smeared on every keyframe (13 % of it over 8 levels), and flat
                    // colours a few levels off. Bounding the quantiser (qmin/qmax) fixes both; the target still
                    // governs busy pictures. High profile (CABAC) saves about a tenth of the bits at the same
                    // quality, and every current player decodes it. Numbers from `bench export --quality`.
                    double bpp = switch (s.preset()) { case WEB -> 0.15; case EDITING -> 0.40; case GAME_ENGINE -> 0.20; };
                    int floor = switch (s.preset()) { case WEB -> 1_500_000; case EDITING -> 3_000_000; case GAME_ENGINE -> 2_000_000; };
                    bitrate = (int) Math.max(floor, Math.min(200_000_000, bpp * s.width() * s.height() * s.rate().toDouble()));
                    video.put("profile", "high");
                    video.put("qmin", switch (s.preset()) { case WEB, GAME_ENGINE -> "12"; case EDITING -> "10"; });
                    video.put("qmax", switch (s.preset()) { case WEB -> "24"; case EDITING -> "20"; case GAME_ENGINE -> "22"; });
                }
                mux.put("movflags", movflags + (s.preset() == QualityPreset.WEB ? "+faststart" : ""));
                int abr = switch (s.preset()) { case WEB -> 128_000; case EDITING -> 256_000; case GAME_ENGINE -> 160_000; };
                yield new EncodeSpec("mp4", codec, "yuv420p", s.width(), s.height(), num, den, bitrate, gop, video,
                        "aac", SAMPLE_RATE, audioChannels, abr, mux, metadata, colour);
            }
            case MOV_PRORES4444 -> {
                video.put("profile", "4444");
                video.put("vendor", "apl0");
                mux.put("movflags", movflags);
                yield new EncodeSpec("mov", "prores_ks", "yuva444p10le", s.width(), s.height(), num, den, 0, 0, video,
                        "pcm_s16le", SAMPLE_RATE, audioChannels, 0, mux, metadata, colour);
            }
            case WEBM_VP9 -> {
                video.put("crf", switch (s.preset()) { case WEB -> "32"; case EDITING -> "18"; case GAME_ENGINE -> "28"; });
                video.put("deadline", "good");
                video.put("cpu-used", s.preset() == QualityPreset.EDITING ? "2" : "4");
                video.put("row-mt", "1");
                int abr = switch (s.preset()) { case WEB -> 96_000; case EDITING -> 192_000; case GAME_ENGINE -> 128_000; };
                yield new EncodeSpec("webm", "libvpx-vp9", s.background().needsAlphaChannel() ? "yuva420p" : "yuv420p",
                        s.width(), s.height(), num, den, 0, gop, video, "libopus", SAMPLE_RATE, audioChannels, abr, mux, metadata, colour);
            }
            case PNG_SEQUENCE, SPRITE_SHEET -> throw new IllegalArgumentException(s.format() + " is not written by a video encoder");
        };
    }

    /** zlib level for PNG files: web and game assets are compressed harder; editing favours speed. */
    public static int pngCompression(QualityPreset p) {
        return switch (p) { case WEB, GAME_ENGINE -> 9; case EDITING -> 3; };
    }
}
