package io.mouthpiece.media;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a still image as upright RGB: PNG/JPEG/BMP/GIF through ImageIO, anything else FFmpeg decodes (WebP, TIFF,
 * …) through JavaCV; the JPEG EXIF orientation is applied so phone photos come out the way they are viewed.
 */
public final class ImageReader {
    private ImageReader() {}

    /** @throws IOException with a message naming the file when it is missing or not a decodable image */
    public static BufferedImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("Image not found: " + file);
        byte[] bytes = Files.readAllBytes(file);
        BufferedImage img = null;
        try {
            img = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // fall through to FFmpeg, which reads more formats and more broken files
        }
        if (img == null) img = readWithFfmpeg(file);
        if (img == null) throw new IOException("Not a readable image: " + file);
        return orient(toRgb(img), ImageReaderExif.orientation(bytes));
    }

    private static BufferedImage readWithFfmpeg(Path file) {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            g.start();
            Frame f = g.grabImage();
            if (f == null || f.image == null) return null;
            BufferedImage b = conv.convert(f);
            return b == null ? null : toRgb(b);
        } catch (Exception e) {
            return null;
        }
    }

    /** A TYPE_INT_RGB copy (also drops alpha over black, as the models expect opaque RGB). */
    public static BufferedImage toRgb(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB) return img;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Applies EXIF orientation 1-8 (2: mirror, 3: 180°, 6: stored 90° counter-clockwise, 8: the reverse, …). */
    public static BufferedImage orient(BufferedImage img, int orientation) {
        if (orientation <= 1 || orientation > 8) return img;
        int w = img.getWidth(), h = img.getHeight();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w, oh = swap ? w : h;
        int[] src = img.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[src.length];
        for (int y = 0; y < oh; y++)
            for (int x = 0; x < ow; x++) {
                int sx, sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }              // 8
                }
                dst[y * ow + x] = src[sy * w + sx];
            }
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, ow, oh, dst, 0, ow);
        return out;
    }
}
