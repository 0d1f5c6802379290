package io.mouthpiece.media;

import io.mouthpiece.core.time.Rational;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a video's frames in order as RGB images with their presentation time (exact microseconds from the
 * container, as a {@link Rational}). Pictures are converted to RGB with the matrix and range the stream is tagged
 * with (BT.709 or BT.601; untagged: guessed by size), as players do ({@link YuvToRgb}). Not thread-safe; one reader
 * per clip.
 */
public final class VideoFrameReader implements AutoCloseable {
    /** One decoded frame: its index in decode order, presentation time in seconds, pixels (TYPE_INT_RGB). */
    public record VideoFrame(long index, Rational time, BufferedImage image) { }

    private final FFmpegFrameGrabber grabber;
    private final YuvToRgb toRgb = new YuvToRgb();
    private long index;

    private VideoFrameReader(FFmpegFrameGrabber grabber) { this.grabber = grabber; }

    /** @throws IOException naming the file when it is missing or has no decodable video stream */
    public static VideoFrameReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("Video not found: " + file);
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setImageMode(FrameGrabber.ImageMode.RAW);   // decoded pictures as they are; YuvToRgb converts them
        try {
            g.start();
        } catch (FrameGrabber.Exception e) {
            closeQuietly(g);
            throw new IOException("Not a readable video: " + file + " (" + e.getMessage() + ")", e);
        }
        if (g.getVideoStream() < 0 || g.getImageWidth() <= 0) {
            closeQuietly(g);
            throw new IOException("No video stream in " + file);
        }
        return new VideoFrameReader(g);
    }

    public int width() { return grabber.getImageWidth(); }

    public int height() { return grabber.getImageHeight(); }

    /** The stream's colour description as tagged (matrix and range; untagged: the guess by size). */
    public VideoColour colour() {
        var par = grabber.getFormatContext().streams(grabber.getVideoStream()).codecpar();
        return VideoColour.ofStream(par.color_space(), par.color_range(), width(), height());
    }

    /** Frames per second as the container states it (may be approximate for variable-rate files). */
    public double frameRate() { return grabber.getVideoFrameRate(); }

    /** Frame count the container claims (0 if unknown); only for progress reporting. */
    public long frameCountHint() { return Math.max(0, grabber.getLengthInVideoFrames()); }

    /** The next frame, or null at the end. */
    public VideoFrame next() throws IOException {
        try {
            Frame f = grabber.grabImage();
            if (f == null || !(f.opaque instanceof AVFrame picture)) return null;
            IntBuffer argb = toRgb.convert(picture);
            BufferedImage img = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
            argb.get(0, ((DataBufferInt) img.getRaster().getDataBuffer()).getData());
            return new VideoFrame(index++, exactTime(f.timestamp), img);
        } catch (FrameGrabber.Exception e) {
            throw new IOException("Video decode failed at frame " + index + ": " + e.getMessage(), e);
        }
    }

    /**
     * FFmpeg hands JavaCV microseconds; for a constant-rate stream the true time is a whole frame count over the
     * stream's exact rate (1/30 s, not 33333 µs), so snap to it when it is within half a millisecond.
     */
    Rational exactTime(long micros) {
        Rational rate = exactFrameRate();
        Rational raw = Rational.of(micros, 1_000_000);
        if (rate == null) return raw;
        long n = raw.multiply(rate).round();
        Rational snapped = Rational.of(n).divide(rate);
        return Math.abs(snapped.subtract(raw).toDouble()) < 0.0005 ? snapped : raw;
    }

    /** The stream's average frame rate as an exact fraction (e.g. 30000/1001), or null when FFmpeg does not know. */
    public Rational exactFrameRate() {
        var ctx = grabber.getFormatContext();
        if (ctx == null || grabber.getVideoStream() < 0) return null;
        var r = ctx.streams(grabber.getVideoStream()).avg_frame_rate();
        return r.num() > 0 && r.den() > 0 ? Rational.of(r.num(), r.den()) : null;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
        toRgb.close();
    }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (FrameGrabber.Exception e) {
            // nothing to do: the file is closed as far as we are concerned
        }
    }
}
