package io.mouthpiece.media;

import io.mouthpiece.core.media.ColourDescription;
import io.mouthpiece.core.media.FieldOrder;
import io.mouthpiece.core.media.FrameTimes;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Probes a filmed shot through FFmpeg: stream parameters from the container, and an exact frame index from one pass
 * over the video packets (demuxing only, no decoding), which gives the true frame count and reveals a variable
 * frame rate that the container's nominal rate hides.
 */
public final class ShotProber {
    /** The shot's description and its frame index (for {@link ShotReader}). */
    public record Probe(ShotInfo info, FrameTimes times) {}

    private ShotProber() {}

    public static Probe probe(Path file) throws MediaException {
        if (!Files.isRegularFile(file)) throw new MediaException("Video not found: " + file);
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        try {
            try {
                g.start();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw new MediaException(file.getFileName() + " is not a video Mouthpiece can read (FFmpeg cannot open it: damaged,"
                        + " cut short, or not a video)", e);
            }
            int vs = g.getVideoStream();
            if (vs < 0 || g.getImageWidth() <= 0) throw new MediaException(file.getFileName() + " has no video stream");
            AVFormatContext oc = g.getFormatContext();
            AVStream st = oc.streams(vs);
            AVCodecParameters par = st.codecpar();
            FrameTimes times = scan(g, st, vs, file);
            if (times.count() == 0) throw new MediaException(file.getFileName() + " has no pictures (empty or truncated video stream)");
            FrameRate rate = rate(st, times, file);
            String tc = timecode(oc, vs);
            if (tc != null) {
                try {
                    Timecode.parse(tc, rate);
                } catch (IllegalArgumentException e) {
                    tc = null; // an unreadable timecode tag is dropped rather than refusing the picture
                }
            }
            ColourDescription colour = new ColourDescription(
                    name(avutil.av_color_primaries_name(par.color_primaries())),
                    name(avutil.av_color_transfer_name(par.color_trc())),
                    name(avutil.av_color_space_name(par.color_space())),
                    name(avutil.av_color_range_name(par.color_range())));
            int audioChannels = g.hasAudio() ? Math.max(0, g.getAudioChannels()) : 0;
            String layout = audioChannels > 0 ? layout(oc.streams(g.getAudioStream()).codecpar()) : "";
            return new Probe(new ShotInfo(par.width(), par.height(), rate, times.count(), tc, colour, fieldOrder(par.field_order()),
                    times.timing(rate), audioChannels, audioChannels > 0 ? g.getSampleRate() : 0, layout,
                    name(avcodec.avcodec_get_name(par.codec_id()))), times);
        } catch (MediaException e) {
            throw e;
        } catch (Exception e) {
            throw new MediaException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            try {
                g.close();
            } catch (FrameGrabber.Exception ignored) {
                // closed as far as we are concerned
            }
        }
    }

    /** Presentation times of every video packet, in µs as JavaCV stamps decoded frames; discarded packets skipped. */
    private static FrameTimes scan(FFmpegFrameGrabber g, AVStream st, int vs, Path file) throws MediaException {
        AVRational tb = st.time_base();
        long[] pts = new long[1024];
        int n = 0;
        long lastDts = Long.MIN_VALUE;
        try {
            AVPacket pkt;
            while ((pkt = g.grabPacket()) != null) {
                if (pkt.stream_index() == vs && (pkt.flags() & avcodec.AV_PKT_FLAG_DISCARD) == 0) {
                    long p = pkt.pts() != avutil.AV_NOPTS_VALUE ? pkt.pts() : pkt.dts();
                    if (p == avutil.AV_NOPTS_VALUE) p = lastDts == Long.MIN_VALUE ? 0 : lastDts + Math.max(1, pkt.duration());
                    lastDts = p;
                    if (n == pts.length) pts = Arrays.copyOf(pts, n * 2);
                    pts[n++] = 1_000_000L * p * tb.num() / tb.den();
                }
                avcodec.av_packet_unref(pkt);
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("Reading " + file.getFileName() + " failed after " + n + " pictures (corrupt or truncated?): " + e.getMessage(), e);
        }
        return new FrameTimes(Arrays.copyOf(pts, n));
    }

    /**
     * The container's average rate snapped to a standard one (the base rate where only that is standard); from the
     * packet spacing when the container states neither.
     */
    private static FrameRate rate(AVStream st, FrameTimes times, Path file) throws MediaException {
        AVRational avg = st.avg_frame_rate(), real = st.r_frame_rate();
        Rational r = null;
        if (avg.num() > 0 && avg.den() > 0) r = Rational.of(avg.num(), avg.den());
        else if (real.num() > 0 && real.den() > 0) r = Rational.of(real.num(), real.den());
        else if (times.count() > 1) {
            long span = times.micros(times.count() - 1) - times.firstMicros();
            if (span > 0) r = Rational.of((times.count() - 1) * 1_000_000L, span);
        }
        if (r == null) throw new MediaException(file.getFileName() + " states no frame rate and has too few frames to measure one");
        // r_frame_rate is the stream's base rate: where the average is no standard rate (a phone clip's 29.87) and
        // the base rate is one, number the frames at the base rate
        FrameRate avgRate = FrameRate.snapped(r);
        if (real.num() > 0 && real.den() > 0 && !FrameRate.STANDARD.contains(avgRate)) {
            FrameRate base = FrameRate.snapped(Rational.of(real.num(), real.den()));
            if (FrameRate.STANDARD.contains(base)) return base;
        }
        return avgRate;
    }

    /** The `timecode` tag of the video stream, any other stream (a QuickTime tmcd track) or the container. */
    private static String timecode(AVFormatContext oc, int vs) {
        String t = tag(oc.streams(vs).metadata());
        for (int i = 0; t == null && i < oc.nb_streams(); i++) t = tag(oc.streams(i).metadata());
        return t != null ? t : tag(oc.metadata());
    }

    private static String tag(org.bytedeco.ffmpeg.avutil.AVDictionary dict) {
        AVDictionaryEntry e = avutil.av_dict_get(dict, "timecode", null, 0);
        return e == null || e.value() == null ? null : e.value().getString().strip();
    }

    static FieldOrder fieldOrder(int f) {
        return switch (f) {
            case avcodec.AV_FIELD_PROGRESSIVE -> FieldOrder.PROGRESSIVE;
            case avcodec.AV_FIELD_TT, avcodec.AV_FIELD_TB -> FieldOrder.TOP_FIRST;
            case avcodec.AV_FIELD_BB, avcodec.AV_FIELD_BT -> FieldOrder.BOTTOM_FIRST;
            default -> FieldOrder.UNKNOWN;
        };
    }

    private static String layout(AVCodecParameters par) {
        try (BytePointer buf = new BytePointer(64)) {
            int len = avutil.av_channel_layout_describe(par.ch_layout(), buf, 64);
            return len > 0 ? buf.getString() : "";
        }
    }

    private static String name(BytePointer p) {
        return p == null || p.isNull() ? null : p.getString();
    }
}
