package io.mouthpiece.media;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Pictures ImageIO does not know (WebP, QOI, …) through FFmpeg. One over the {@link PictureLimits} is scaled by
 * FFmpeg's scaler to the planned size before it reaches the Java heap (FFmpeg itself refuses pictures over about
 * 268 megapixels).
 */
final class ImageReaderFfmpeg {
    private ImageReaderFfmpeg() {}

    /** The picture, or null when FFmpeg cannot decode it. */
    static ImageReader.Picture read(Path file, int maxSide, long maxPixels) throws PictureTooLargeException {
        int w, h;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.start();
            w = g.getImageWidth();
            h = g.getImageHeight();
        } catch (Exception e) {
            return null;
        }
        if (w <= 0 || h <= 0) return null;
        PictureLimits.Plan plan = PictureLimits.plan(w, h, maxSide, maxPixels);
        PictureLimits.checkMemory(file.getFileName().toString(), plan, 4, Runtime.getRuntime().maxMemory());
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            if (plan.downscaled()) {
                g.setImageWidth(plan.width());
                g.setImageHeight(plan.height());
            }
            g.start();
            Frame f = g.grabImage();
            if (f == null || f.image == null) return null;
            BufferedImage b = conv.convert(f);
            return b == null ? null : new ImageReader.Picture(ImageReader.toRgb(b), w, h);
        } catch (Exception e) {
            return null;
        }
    }
}
