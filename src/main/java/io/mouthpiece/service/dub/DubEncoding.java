package io.mouthpiece.service.dub;

import io.mouthpiece.core.media.ColourDescription;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.EncoderPresets;
import io.mouthpiece.export.ExportService;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoColour;
import io.mouthpiece.media.VideoEncoder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dub's encoder: the source's size, exact rate and start timecode, its colour description carried over, and
 * the mixed sound written a frame's worth at a time next to each picture.
 */
final class DubEncoding implements AutoCloseable {
    static final int SAMPLE_RATE = EncoderPresets.SAMPLE_RATE;

    private final VideoEncoder encoder;
    private final EncodeSpec spec;
    private final FrameRate rate;
    private final float[] mix;
    private final ByteBuffer picture;
    private final IntBuffer pixels;
    private long written;

    private DubEncoding(VideoEncoder encoder, EncodeSpec spec, FrameRate rate, float[] mix) {
        this.encoder = encoder;
        this.spec = spec;
        this.rate = rate;
        this.mix = mix;
        this.picture = ByteBuffer.allocateDirect(spec.width() * spec.height() * 4).order(ByteOrder.nativeOrder());
        this.pixels = picture.asIntBuffer();
    }

    /** The encoder settings for {@code request}'s container over a shot described by {@code info}. */
    static EncodeSpec spec(DubRequest request, ShotInfo info, String firstTimecode, boolean sound) throws MediaException {
        Map<String, String> video = new LinkedHashMap<>();
        ColourDescription src = info.colour();
        VideoColour colour = VideoColour.carried(src.matrix(), src.primaries(), src.transfer(), src.range(),
                info.width(), info.height());
        Map<String, String> mux = new LinkedHashMap<>();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("comment", ExportService.label() + "; provenance in " + ExportService.sidecarOf(request.output()).getFileName());
        meta.put(ExportService.AI_TAG, "true");
        if (firstTimecode != null) meta.put("timecode", firstTimecode);
        long num = info.rate().fps().num(), den = info.rate().fps().den();
        int w = info.width(), h = info.height(), ch = sound ? 1 : 0;
        boolean draft = request.quality() == DubRequest.Quality.DRAFT;
        return switch (request.container()) {
            case MOV -> {
                // prores_ks profiles: 0 proxy, 1 LT, 2 standard, 3 HQ, 4 4444
                video.put("profile", request.prores4444() ? "4" : draft ? "1" : "3");
                video.put("vendor", "apl0");
                mux.put("movflags", "+use_metadata_tags");
                yield new EncodeSpec("mov", "prores_ks", request.prores4444() ? "yuv444p10le" : "yuv422p10le", w, h, num, den,
                        0, 0, video, "pcm_s16le", SAMPLE_RATE, ch, 0, mux, meta, colour);
            }
            case MP4 -> {
                String codec = EncoderPresets.h264Encoder();
                int bitrate = 0;
                if (codec.equals("libx264")) {
                    video.put("preset", draft ? "veryfast" : "medium");
                    video.put("crf", draft ? "23" : "16");
                } else {
                    double bpp = draft ? 0.1 : 0.3;
                    bitrate = (int) Math.max(600_000, Math.min(200_000_000, bpp * w * h * info.rate().toDouble()));
                }
                mux.put("movflags", "+use_metadata_tags");
                int gop = (int) Math.max(1, info.rate().fps().round());
                yield new EncodeSpec("mp4", codec, "yuv420p", w, h, num, den, bitrate, gop, video, "aac", SAMPLE_RATE, ch,
                        256_000, mux, meta, colour);
            }
            case MXF -> {
                if (!VideoEncoder.hasEncoder("dnxhd")) {
                    throw new MediaException("This FFmpeg build has no DNxHD/DNxHR encoder, so it cannot write .mxf; write .mov (ProRes) instead");
                }
                video.put("profile", draft ? "dnxhr_sq" : "dnxhr_hqx");
                yield new EncodeSpec("mxf", "dnxhd", draft ? "yuv422p" : "yuv422p10le", w, h, num, den, 0, 0, video,
                        "pcm_s16le", SAMPLE_RATE, ch, 0, mux, meta, colour);
            }
        };
    }

    /**
     * Opens the encoder on {@code file}.
     *
     * @param mix the output's sound, mono at {@link #SAMPLE_RATE}, sample 0 at the output's first frame (ignored
     *            when the spec has no sound)
     */
    static DubEncoding open(java.nio.file.Path file, EncodeSpec spec, FrameRate rate, float[] mix) throws MediaException {
        return new DubEncoding(VideoEncoder.open(file, spec), spec, rate, mix);
    }

    /** Writes the next output frame (RGB ints, alpha ignored) and the sound that plays under it. */
    void write(int[] rgb) throws MediaException {
        pixels.clear();
        for (int p : rgb) pixels.put(p | 0xFF000000);
        encoder.writeFrame(picture);
        if (spec.hasAudio()) {
            int a = (int) rate.timeOf(written).multiply(SAMPLE_RATE).round();
            int b = (int) rate.timeOf(written + 1).multiply(SAMPLE_RATE).round();
            float[] chunk = new float[b - a];
            if (a < mix.length) System.arraycopy(mix, a, chunk, 0, Math.min(chunk.length, mix.length - a));
            encoder.writeAudio(FloatBuffer.wrap(chunk));
        }
        written++;
    }

    long written() { return written; }

    void finish() throws MediaException { encoder.finish(); }

    String videoCodec() { return spec.videoCodec(); }

    String audioCodec() { return spec.hasAudio() ? spec.audioCodec() : null; }

    @Override
    public void close() { encoder.close(); }
}
