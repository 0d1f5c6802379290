package io.mouthpiece.media;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes frames to a video file (MPEG-4 Part 2 at high quality: fast, in every FFmpeg build), written to a temporary
 * name and moved into place on {@link #close()}. Used for generated clips (tests, benchmarks) and quick previews;
 * the export package owns the real encoders.
 */
public final class VideoFrameWriter implements AutoCloseable {
    private final FFmpegFrameRecorder recorder;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final Path target, temp;

    public VideoFrameWriter(Path target, int width, int height, double fps) throws IOException {
        this.target = target;
        String name = target.getFileName().toString();
        this.temp = target.resolveSibling(".tmp-" + name);
        recorder = new FFmpegFrameRecorder(temp.toFile(), width, height, 0);
        recorder.setFormat(name.substring(name.lastIndexOf('.') + 1));
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
        recorder.setVideoQuality(2);
        recorder.setFrameRate(fps);
        // The recorder converts with swscale's default BT.601 matrix at every size: say so, or a reader that honours
        // tags (ours included) guesses BT.709 for HD.
        VideoColour c = VideoColour.BT601;
        recorder.setVideoOption("colorspace", c.matrix());
        recorder.setVideoOption("color_primaries", c.primaries());
        recorder.setVideoOption("color_trc", c.transfer());
        recorder.setVideoOption("color_range", c.range());
        try {
            recorder.start();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("Cannot write video " + target + ": " + e.getMessage(), e);
        }
    }

    public void write(BufferedImage frame) throws IOException {
        try {
            recorder.record(converter.convert(toBgr(frame)));
        } catch (FrameRecorder.Exception e) {
            throw new IOException("Video encode failed: " + e.getMessage(), e);
        }
    }

    /** 3-byte BGR is the layout the converter hands FFmpeg unchanged (an int RGB image comes out with wrong colours). */
    private static BufferedImage toBgr(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_3BYTE_BGR) return img;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            recorder.stop();
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("Cannot finish video " + target + ": " + e.getMessage(), e);
        } finally {
            converter.close();
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
