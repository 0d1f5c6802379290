package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes pictures and interleaved float audio into one container through FFmpeg (JavaCV's FFmpegFrameRecorder).
 * Pictures come in as ARGB ints laid out in native byte order (what the export pipeline and the GL readback
 * produce): on little-endian machines those bytes are B,G,R,A. They are converted to the codec's pixel format with
 * the matrix of the spec's {@link VideoColour} ({@link RgbToYuv}), and the stream carries that colour description
 * (matrix, primaries, transfer, range) in the codec parameters, so the bitstream and the container say which
 * conversion was used. Not thread-safe: one writer thread.
 */
public final class VideoEncoder implements AutoCloseable {
    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
    }

    private final FFmpegFrameRecorder recorder;
    private final EncodeSpec spec;
    private final Path file;
    private final RgbToYuv toYuv;
    private final int depth;
    private boolean finished;

    private VideoEncoder(FFmpegFrameRecorder recorder, EncodeSpec spec, Path file, RgbToYuv toYuv) {
        this.recorder = recorder;
        this.spec = spec;
        this.file = file;
        this.toYuv = toYuv;
        this.depth = toYuv.bytesPerSample() == 2 ? Frame.DEPTH_USHORT : Frame.DEPTH_UBYTE;
    }

    /** True when this FFmpeg build has an encoder called {@code name} (e.g. libx264 only in the GPL build). */
    public static boolean hasEncoder(String name) {
        return org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name(name) != null;
    }

    /** Opens the codecs and writes the container header to {@code file} (the caller owns naming and cleanup). */
    public static VideoEncoder open(Path file, EncodeSpec spec) throws MediaException {
        FFmpegFrameRecorder rec = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), spec.audioChannels());
        rec.setFormat(spec.container());
        rec.setVideoCodecName(spec.videoCodec());
        int pix = avutil.av_get_pix_fmt(spec.pixelFormat());
        if (pix < 0) throw new MediaException("FFmpeg does not know the pixel format " + spec.pixelFormat());
        rec.setPixelFormat(pix);
        // FFmpegFrameRecorder takes a double and recovers the fraction with av_d2q(fps, 1001000), which gives back
        // 24000/1001, 30000/1001 etc. exactly; every frame is then stamped with its index in a 1/fps time base.
        rec.setFrameRate((double) spec.fpsNum() / spec.fpsDen());
        rec.setVideoBitrate(spec.videoBitrate());
        if (spec.gopSize() > 0) rec.setGopSize(spec.gopSize());
        spec.videoOptions().forEach(rec::setVideoOption);
        // AVCodecContext options, applied by avcodec_open2 before the encoder starts: openh264 writes them into the
        // SPS (VUI), libvpx its colour space and range; the muxers copy them into mp4/mov 'colr' atoms and Matroska
        // Colour elements. prores_ks reads each picture's own tags instead (tagPictures).
        VideoColour c = spec.colour();
        rec.setVideoOption("colorspace", c.matrix());
        rec.setVideoOption("color_primaries", c.primaries());
        rec.setVideoOption("color_trc", c.transfer());
        rec.setVideoOption("color_range", c.range());
        if (spec.hasAudio()) {
            rec.setAudioCodecName(spec.audioCodec());
            rec.setSampleRate(spec.sampleRate());
            rec.setAudioChannels(spec.audioChannels());
            if (spec.audioBitrate() > 0) rec.setAudioBitrate(spec.audioBitrate());
        }
        spec.muxerOptions().forEach(rec::setOption);
        for (Map.Entry<String, String> e : spec.metadata().entrySet()) rec.setMetadata(e.getKey(), e.getValue());
        RgbToYuv toYuv;
        try {
            toYuv = new RgbToYuv(spec.width(), spec.height(), pix, spec.colour());
        } catch (MediaException | RuntimeException e) {
            releaseQuietly(rec);
            throw e;
        }
        try {
            rec.start();
            tagPictures(rec, spec.colour());
        } catch (FFmpegFrameRecorder.Exception | RuntimeException e) {
            releaseQuietly(rec);
            toYuv.close();
            throw new MediaException("Cannot start the " + spec.videoCodec() + " encoder for " + spec.container()
                    + " at " + spec.width() + "x" + spec.height() + ": " + e.getMessage(), e);
        } catch (MediaException e) {
            toYuv.close();
            throw e;
        }
        return new VideoEncoder(rec, spec, file, toYuv);
    }

    /**
     * Encodes one picture: {@code width*height} native-order ARGB ints in a direct buffer, rows top-down, no padding.
     * The buffer's position and limit are left as they were.
     */
    public void writeFrame(ByteBuffer argbNative) throws MediaException {
        if (!argbNative.isDirect()) throw new IllegalArgumentException("frames must be in a direct buffer");
        int need = spec.width() * spec.height() * 4;
        if (argbNative.capacity() < need) throw new IllegalArgumentException("frame buffer holds " + argbNative.capacity() + " bytes, need " + need);
        try {
            // Already in the codec's pixel format and size, so the recorder hands it to the encoder unconverted.
            ByteBuffer yuv = toYuv.convert(argbNative);
            recorder.recordImage(spec.width(), spec.height(), depth, 1, spec.width(), toYuv.pixelFormat(), yuv);
        } catch (FFmpegFrameRecorder.Exception | RuntimeException e) {
            throw new MediaException("Encoding a picture into " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /** Encodes interleaved float samples (position..limit, a whole number of sample frames); no-op without audio. */
    public void writeAudio(FloatBuffer interleaved) throws MediaException {
        if (!spec.hasAudio() || !interleaved.hasRemaining()) return;
        try {
            recorder.recordSamples(spec.sampleRate(), spec.audioChannels(), interleaved);
        } catch (FFmpegFrameRecorder.Exception | RuntimeException e) {
            throw new MediaException("Encoding sound into " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /** Flushes the encoders and writes the trailer. The file is complete only after this returns. */
    public void finish() throws MediaException {
        try {
            recorder.stop();
            finished = true;
        } catch (FFmpegFrameRecorder.Exception | RuntimeException e) {
            throw new MediaException("Finishing " + file.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            releaseQuietly(recorder);
            toYuv.close();
        }
    }

    /**
     * Encoders that take the colour description from each picture rather than from the codec context (prores_ks
     * writes the picture's primaries, transfer and matrix into every frame header) need it on the AVFrame the
     * recorder sends them. JavaCV 1.5.13 keeps that frame private and reuses it for every picture, only changing
     * its data pointers, size and format, so it is tagged once here.
     */
    private static void tagPictures(FFmpegFrameRecorder rec, VideoColour c) throws MediaException {
        try {
            java.lang.reflect.Field f = FFmpegFrameRecorder.class.getDeclaredField("picture");
            f.setAccessible(true);
            AVFrame picture = (AVFrame) f.get(rec);
            if (picture == null) return;   // no video stream
            picture.colorspace(avutil.av_color_space_from_name(c.matrix()));
            picture.color_primaries(avutil.av_color_primaries_from_name(c.primaries()));
            picture.color_trc(avutil.av_color_transfer_from_name(c.transfer()));
            picture.color_range(avutil.av_color_range_from_name(c.range()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            releaseQuietly(rec);
            throw new MediaException("This JavaCV version does not let the encoder tag its pictures' colours: " + e, e);
        }
    }

    /** Releases native resources; after a failure the (partial) file is left for the caller to delete. */
    @Override
    public void close() {
        if (!finished) {
            releaseQuietly(recorder);
            toYuv.close();
        }
    }

    private static void releaseQuietly(FFmpegFrameRecorder rec) {
        try {
            rec.release();
        } catch (Exception ignored) {
            // already failing or already released; nothing more to free
        }
    }
}
