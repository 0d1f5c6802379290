package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.SampleRate;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one media file's sound as mono float PCM at a chosen rate, starting at an exact source time. FFmpeg
 * downmixes and resamples; the start is made sample-exact by dropping the samples that precede it in the first
 * decoded frame (seeks land on packet boundaries). Memory stays at one decoded frame.
 * For a whole file with header/truncation checks (the lip-sync CLI's input) use {@link AudioDecoder}; this reader is
 * for clips that start at an in-point inside their media (take mixdown, per-clip lip sync).
 */
public final class ClipAudioReader implements AutoCloseable {
    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
    }

    private final FFmpegFrameGrabber grabber;
    private final Path file;
    private final SampleRate rate;
    private long skip;          // samples still to drop before the requested start; -1 until the first frame is seen
    private final long startSample;
    private FloatBuffer pending; // rest of the current decoded frame
    private boolean ended;

    private ClipAudioReader(FFmpegFrameGrabber grabber, Path file, SampleRate rate, long startSample) {
        this.grabber = grabber;
        this.file = file;
        this.rate = rate;
        this.startSample = startSample;
        this.skip = -1;
    }

    /** Opens {@code file} positioned at {@code sourceIn} (exact time from the media's start). */
    public static ClipAudioReader open(Path file, Rational sourceIn, int sampleRate) throws MediaException {
        if (!Files.isRegularFile(file)) throw new MediaException("No such audio file: " + file);
        if (sourceIn.signum() < 0) throw new IllegalArgumentException("source time before the media start: " + sourceIn);
        WavTruncationCheck.refuseTruncated(file); // cut off after import: say so rather than analyse silence
        SampleRate rate = new SampleRate(sampleRate);
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        g.setSampleRate(sampleRate);
        g.setAudioChannels(1);
        try {
            g.start();
            if (!g.hasAudio() || g.getAudioChannels() <= 0) {
                throw new MediaException(file.getFileName() + " has no sound");
            }
            long start = rate.sampleAt(sourceIn);
            if (start > 0) {
                // Seek a little early so the frame holding the start sample is decoded whole; the rest is dropped.
                long micros = Math.max(0, sourceIn.multiply(1_000_000).floor() - 50_000);
                if (micros > 0) g.setAudioTimestamp(micros);
            }
            return new ClipAudioReader(g, file, rate, start);
        } catch (MediaException e) {
            closeQuietly(g);
            throw e;
        } catch (Exception e) {
            closeQuietly(g);
            throw new MediaException("Cannot read the sound of " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads up to {@code len} samples into {@code dst}; returns how many, or -1 at the end of the media. */
    public int read(float[] dst, int off, int len) throws MediaException {
        int n = 0;
        while (n < len) {
            if (pending == null || !pending.hasRemaining()) {
                if (ended || !nextFrame()) {
                    ended = true;
                    break;
                }
                continue;
            }
            int k = Math.min(len - n, pending.remaining());
            pending.get(dst, off + n, k);
            n += k;
        }
        return n == 0 && len > 0 ? -1 : n;
    }

    private boolean nextFrame() throws MediaException {
        Frame f;
        try {
            f = grabber.grabSamples();
        } catch (Exception e) {
            throw new MediaException("Decoding the sound of " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        if (f == null) return false;
        if (f.samples == null || f.samples.length == 0) return true;
        FloatBuffer fb = ((FloatBuffer) f.samples[0]).duplicate();
        if (skip < 0) {
            // First frame: its timestamp (microseconds) says which source sample it starts at.
            long frameStart = Rational.of(Math.max(0, f.timestamp), 1_000_000).multiply(rate.hz()).round();
            skip = Math.max(0, startSample - frameStart);
        }
        if (skip > 0) {
            int drop = (int) Math.min(skip, fb.remaining());
            fb.position(fb.position() + drop);
            skip -= drop;
        }
        pending = fb;
        return true;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (Exception ignored) {
            // releasing native decoder state; nothing to report
        }
    }
}
