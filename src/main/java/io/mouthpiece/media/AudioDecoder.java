package io.mouthpiece.media;

import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes any audio FFmpeg reads (WAV, MP3, AAC/M4A, FLAC, Ogg/Opus, the audio track of a video) to mono float
 * PCM, streamed in chunks so a 3-hour file never sits in memory. FFmpeg's own resampler (swresample) does the
 * mix-down and rate change: it is band-limited and faster than anything we would write.
 *
 * <p>A file whose decoded length falls short of what its header declares is reported as truncated rather than
 * silently analysed as shorter speech.
 */
public final class AudioDecoder {
    /** Receives decoded mono samples; the array is reused after the call returns. */
    @FunctionalInterface
    public interface Sink {
        void accept(float[] samples, int count);
    }

    /** Shortfall tolerated against the declared duration: encoder padding and header rounding. */
    private static final double TRUNCATION_SLACK_SECONDS = 0.25;
    private static final double TRUNCATION_SLACK_FRACTION = 0.02;

    static {
        avutil.av_log_set_level(avutil.AV_LOG_QUIET); // our own messages replace FFmpeg's stderr chatter
    }

    /** Reads the header only. */
    public AudioInfo probe(Path file) throws AudioDecodeException {
        try (FFmpegFrameGrabber g = open(file, 0)) {
            return info(g);
        } catch (FrameGrabber.Exception e) {
            throw new AudioDecodeException(file, "could not close the file", e);
        }
    }

    /**
     * Decodes the whole audio track as mono at {@code sampleRate} Hz (0 keeps the native rate), handing chunks
     * to {@code sink}. Returns the header info; the number of samples delivered is the sum of the chunk counts.
     */
    public AudioInfo decode(Path file, int sampleRate, Sink sink, Progress progress) throws AudioDecodeException {
        // a cut-off WAV is known from its header: say so before decoding it (a 3-hour file would take a while)
        java.util.Optional<String> truncated = WavTruncationCheck.truncation(file);
        if (truncated.isPresent()) throw new AudioDecodeException(file, "the file " + truncated.get());
        try (FFmpegFrameGrabber g = open(file, sampleRate)) {
            AudioInfo info = info(g);
            int outRate = sampleRate > 0 ? sampleRate : info.sampleRate();
            double declared = info.declaredDuration().toDouble();
            long delivered = 0;
            float[] buf = new float[8192];
            while (true) {
                progress.checkCancelled();
                Frame f;
                try {
                    f = g.grabSamples();
                } catch (FrameGrabber.Exception e) {
                    throw new AudioDecodeException(file, String.format(
                            "corrupt audio data after %.2f s (%s)", delivered / (double) outRate, e.getMessage()), e);
                }
                if (f == null) break;
                if (f.samples == null || f.samples.length == 0) continue;
                FloatBuffer fb = (FloatBuffer) f.samples[0];
                int n = fb.remaining();
                if (n > buf.length) buf = new float[Math.max(n, buf.length * 2)];
                fb.get(buf, 0, n);
                sink.accept(buf, n);
                delivered += n;
                if (declared > 0) progress.update(Math.min(1, delivered / (double) outRate / declared), "decoding");
            }
            double got = delivered / (double) outRate;
            if (delivered == 0) throw new AudioDecodeException(file, "the audio track holds no samples (empty or truncated file)");
            if (declared > 0 && got < declared - Math.max(TRUNCATION_SLACK_SECONDS, declared * TRUNCATION_SLACK_FRACTION)) {
                throw new AudioDecodeException(file, String.format(
                        "file is truncated: decoded %.2f s of the %.2f s its header declares", got, declared));
            }
            progress.update(1, "decoded");
            return info;
        } catch (FrameGrabber.Exception e) {
            throw new AudioDecodeException(file, "could not close the file", e);
        }
    }

    /** Decodes a short clip into memory; refuses anything longer than {@code maxSeconds}. */
    public MonoPcm decodeAll(Path file, int sampleRate, double maxSeconds) throws AudioDecodeException {
        AudioInfo probe = probe(file);
        int rate = sampleRate > 0 ? sampleRate : probe.sampleRate();
        long cap = (long) Math.ceil(maxSeconds * rate);
        float[][] acc = {new float[(int) Math.min(cap, 1 << 16)]};
        int[] len = {0};
        decode(file, sampleRate, (s, n) -> {
            if (len[0] + n > cap) throw new IllegalStateException("longer than " + maxSeconds + " s");
            if (len[0] + n > acc[0].length) acc[0] = java.util.Arrays.copyOf(acc[0], (int) Math.min(cap, Math.max(len[0] + n, acc[0].length * 2L)));
            System.arraycopy(s, 0, acc[0], len[0], n);
            len[0] += n;
        }, Progress.NONE);
        return new MonoPcm(java.util.Arrays.copyOf(acc[0], len[0]), rate);
    }

    /** Mono samples in memory with their rate. */
    public record MonoPcm(float[] samples, int sampleRate) {
        public Rational duration() { return Rational.of(samples.length, sampleRate); }
    }

    private static FFmpegFrameGrabber open(Path file, int sampleRate) throws AudioDecodeException {
        if (!Files.isRegularFile(file)) throw new AudioDecodeException(file, "file not found");
        if (!Files.isReadable(file)) throw new AudioDecodeException(file, "file is not readable");
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setSampleMode(FrameGrabber.SampleMode.FLOAT);
        g.setAudioChannels(1);
        if (sampleRate > 0) g.setSampleRate(sampleRate);
        try {
            g.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(g);
            throw new AudioDecodeException(file, "not a readable audio or video file (corrupt or unsupported format)", e);
        }
        if (!g.hasAudio() || g.getAudioStream() < 0) {
            closeQuietly(g);
            throw new AudioDecodeException(file, "the file has no audio track");
        }
        return g;
    }

    private static AudioInfo info(FFmpegFrameGrabber g) {
        long us = g.getLengthInTime();
        String codec = g.getAudioCodecName();
        String fmt = g.getFormat();
        int channels = g.getFormatContext() != null && g.getFormatContext().streams(g.getAudioStream()) != null
                ? g.getFormatContext().streams(g.getAudioStream()).codecpar().ch_layout().nb_channels()
                : g.getAudioChannels();
        int nativeRate = g.getFormatContext() != null
                ? g.getFormatContext().streams(g.getAudioStream()).codecpar().sample_rate()
                : g.getSampleRate();
        return new AudioInfo(nativeRate, channels, codec == null ? "?" : codec, fmt == null ? "?" : fmt,
                us > 0 ? Rational.of(us, 1_000_000) : Rational.ZERO);
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // the open already failed; the original error is what the user needs
        }
    }
}
