package io.mouthpiece.media;

import io.mouthpiece.core.media.FrameTimes;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.time.Rational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Frame-exact access to a shot: {@link #frame(long)} returns picture N of the probe's index, whatever was read
 * before. Reading forward is sequential decoding; a jump back (or far ahead) seeks to the key frame before the
 * target and decodes forward, identifying every decoded picture by its presentation time in the index, so a
 * seek that lands late is detected and retried earlier. A variable-rate shot read with {@code conform} maps
 * output frame n to the source picture on screen at n / rate. Holds one decoded picture; memory is flat in shot
 * length. Not thread-safe.
 */
public final class ShotReader implements AutoCloseable {
    /** One picture: its index in the shot, its time from the shot's first frame, packed 0xRRGGBB pixels. */
    public record Picture(long index, Rational time, int width, int height, int[] rgb) {}

    /** Sequential decoding beats a seek for jumps ahead up to this many pictures. */
    private static final int FORWARD_LIMIT = 48;

    private final FFmpegFrameGrabber grabber;
    private final ShotInfo info;
    private final FrameTimes times;
    private final boolean conform;
    private final String name;
    private int next;            // index of the picture the decoder returns next (when known)
    private Picture last;        // the most recent picture, returned again for a repeat request
    private int seeks, decoded;

    private ShotReader(FFmpegFrameGrabber grabber, ShotProber.Probe probe, boolean conform, String name) {
        this.grabber = grabber;
        this.info = probe.info();
        this.times = probe.times();
        this.conform = conform && info.timing().variable();
        this.name = name;
    }

    /** Opens {@code file} as probed; {@code conform}: number a variable-rate shot at its nominal constant rate. */
    public static ShotReader open(Path file, ShotProber.Probe probe, boolean conform) throws MediaException {
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        try {
            g.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(g);
            throw new MediaException(file.getFileName() + " is not a video Mouthpiece can read (FFmpeg cannot open it: damaged,"
                        + " cut short, or not a video)", e);
        }
        return new ShotReader(g, probe, conform, file.getFileName().toString());
    }

    public ShotInfo info() { return info; }

    /** Frames this reader numbers: the index's count, or the conformed count for a variable-rate shot. */
    public long frameCount() {
        if (!conform) return times.count();
        long spanMicros = times.micros(times.count() - 1) - times.firstMicros();
        return info.rate().framesCovering(Rational.of(spanMicros, 1_000_000)) + 1;
    }

    /** Seeks done so far (for tests and benchmarks: sequential reading does none). */
    public int seeks() { return seeks; }

    /** Pictures decoded so far, including those decoded and skipped after a seek. */
    public int decoded() { return decoded; }

    /** Picture {@code n} (0-based) of the shot. */
    public Picture frame(long n) throws MediaException {
        if (n < 0 || n >= frameCount()) {
            throw new MediaException("Frame " + n + " is outside " + name + " (0.." + (frameCount() - 1) + ")");
        }
        int src = conform ? times.conformedSource(n, info.rate()) : (int) n;
        Picture p = source(src);
        if (!conform) return p;
        return new Picture(n, info.rate().timeOf(n), p.width(), p.height(), p.rgb());
    }

    private Picture source(int src) throws MediaException {
        if (last != null && last.index() == src) return last;
        if (src < next || src - next > FORWARD_LIMIT) seekBefore(src, 2);
        for (int attempt = 0; ; ) {
            Frame f = grab(src);
            int idx = times.nearest(f.timestamp);
            next = idx + 1;
            if (idx == src) {
                last = picture(f, idx);
                return last;
            }
            if (idx > src) { // the seek landed after the target: go back further
                if (++attempt > 4) throw new MediaException("Cannot seek to frame " + src + " of " + name + " (the file's index is damaged?)");
                seekBefore(src, 2 + attempt * (int) Math.ceil(info.rate().toDouble()) * 2);
            }
        }
    }

    private Frame grab(int src) throws MediaException {
        try {
            Frame f = grabber.grabImage();
            if (f == null || f.image == null) {
                throw new MediaException(name + " ended before frame " + src + " (truncated file?)");
            }
            decoded++;
            return f;
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("Decoding frame " + src + " of " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Positions the decoder on a picture at least {@code margin} frames before {@code src} (or the first). */
    private void seekBefore(int src, int margin) throws MediaException {
        seeks++;
        int target = Math.max(0, src - margin);
        long startMicros = grabber.getFormatContext().start_time() == avutil.AV_NOPTS_VALUE ? 0 : grabber.getFormatContext().start_time();
        long t = target == 0 ? 0 : Math.max(0, times.micros(target) - startMicros);
        try {
            grabber.setTimestamp(t, false);
        } catch (FrameGrabber.Exception e) {
            throw new MediaException("Seeking to frame " + src + " of " + name + " failed: " + e.getMessage(), e);
        }
        last = null;
        next = -1;
    }

    private Picture picture(Frame f, int idx) {
        int w = f.imageWidth, h = f.imageHeight, stride = f.imageStride;
        ByteBuffer b = (ByteBuffer) f.image[0];
        int[] rgb = new int[w * h];
        byte[] row = new byte[w * 3];
        for (int y = 0; y < h; y++) {
            b.get(y * stride, row, 0, w * 3);
            for (int x = 0, o = y * w; x < w; x++) {
                int k = 3 * x;
                rgb[o + x] = (row[k + 2] & 255) << 16 | (row[k + 1] & 255) << 8 | (row[k] & 255);
            }
        }
        Rational time = Rational.of(times.micros(idx) - times.firstMicros(), 1_000_000);
        if (!info.timing().variable()) time = info.rate().timeOf(idx); // exact: 1001/30000, not 33367 µs
        return new Picture(idx, time, w, h, rgb);
    }

    @Override
    public void close() { closeQuietly(grabber); }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception ignored) {
            // closed as far as we are concerned
        }
    }
}
