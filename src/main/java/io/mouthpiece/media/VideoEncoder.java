package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes pictures and interleaved float audio into one container through FFmpeg (JavaCV's FFmpegFrameRecorder).
 * Pictures come in as ARGB ints laid out in native byte order (what the export pipeline and the GL readback
 * produce): on little-endian machines those bytes are B,G,R,A, so FFmpeg reads them as BGRA without a copy and
 * converts to the codec's pixel format itself. Not thread-safe: one writer thread.
 */
public final class VideoEncoder implements AutoCloseable {
    /** FFmpeg's name for the byte order of native ARGB ints on this machine. */
    private static final int NATIVE_ARGB = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
            ? avutil.AV_PIX_FMT_BGRA : avutil.AV_PIX_FMT_ARGB;

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
    }

    private final FFmpegFrameRecorder recorder;
    private final EncodeSpec spec;
    private final Path file;
    private boolean finished;

    private VideoEncoder(FFmpegFrameRecorder recorder, EncodeSpec spec, Path file) {
        this.recorder = recorder;
        this.spec = spec;
        this.file = file;
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
        if (spec.hasAudio()) {
            rec.setAudioCodecName(spec.audioCodec());
            rec.setSampleRate(spec.sampleRate());
            rec.setAudioChannels(spec.audioChannels());
            if (spec.audioBitrate() > 0) rec.setAudioBitrate(spec.audioBitrate());
        }
        spec.muxerOptions().forEach(rec::setOption);
        for (Map.Entry<String, String> e : spec.metadata().entrySet()) rec.setMetadata(e.getKey(), e.getValue());
        try {
            rec.start();
        } catch (FFmpegFrameRecorder.Exception | RuntimeException e) {
            releaseQuietly(rec);
            throw new MediaException("Cannot start the " + spec.videoCodec() + " encoder for " + spec.container()
                    + " at " + spec.width() + "x" + spec.height() + ": " + e.getMessage(), e);
        }
        return new VideoEncoder(rec, spec, file);
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
            recorder.recordImage(spec.width(), spec.height(), Frame.DEPTH_UBYTE, 4, spec.width() * 4, NATIVE_ARGB, argbNative);
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
        }
    }

    /** Releases native resources; after a failure the (partial) file is left for the caller to delete. */
    @Override
    public void close() {
        if (!finished) releaseQuietly(recorder);
    }

    private static void releaseQuietly(FFmpegFrameRecorder rec) {
        try {
            rec.release();
        } catch (Exception ignored) {
            // already failing or already released; nothing more to free
        }
    }
}
