package io.mouthpiece.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads a still image as upright RGB: PNG/JPEG/BMP/GIF/TIFF through ImageIO, anything else FFmpeg decodes (WebP, …)
 * through JavaCV; the JPEG EXIF orientation is applied so phone photos come out the way they are viewed. A picture
 * over the {@link PictureLimits} is read downscaled on the way in (ImageIO subsampling streams the file's rows, so a
 * 20000 × 20000 PNG never sits in memory whole); one that cannot be read in the memory given is refused.
 */
public final class ImageReader {
    /** The EXIF block sits in the first segments of a JPEG; an APP1 segment is at most 64 KB. */
    private static final int EXIF_PREFIX = 256 * 1024;
    /** {@link #verify} reads a picture at most this large (the media bin's thumbnails read at this size too). */
    public static final int VERIFY_SIDE = 2048;

    /** The size and format of a picture file, read from its header. */
    public record Header(String format, int width, int height) {}

    /**
     * A picture as read: upright RGB, and the size of the picture in the file (upright too), which is larger when it
     * was read downscaled.
     */
    public record Picture(BufferedImage image, int sourceWidth, int sourceHeight) {
        public boolean downscaled() {
            return image.getWidth() != sourceWidth || image.getHeight() != sourceHeight;
        }

        /** One sentence saying that {@code name} was read smaller than it is; null when it was not. */
        public String notice(String name) {
            return downscaled() ? PictureLimits.notice(name, sourceWidth, sourceHeight, image.getWidth(), image.getHeight()) : null;
        }
    }

    private ImageReader() {}

    /** @throws IOException with a message naming the file when it is missing, not a decodable image, or too large */
    public static BufferedImage read(Path file) throws IOException {
        return decode(file).image();
    }

    /** The picture within the working {@link PictureLimits}. */
    public static Picture decode(Path file) throws IOException {
        return decode(file, PictureLimits.MAX_SIDE, PictureLimits.MAX_PIXELS);
    }

    /**
     * The picture read at most {@code maxSide} a side and {@code maxPixels} (every n-th pixel of every n-th row).
     *
     * @throws PictureTooLargeException when even that cannot be read in the memory Java was given
     * @throws IOException naming the file when it is missing, damaged or not a picture
     */
    public static Picture decode(Path file, int maxSide, long maxPixels) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("Image not found: " + file);
        Picture p = readWithImageIo(file, maxSide, maxPixels);
        if (p == null) p = ImageReaderFfmpeg.read(file, maxSide, maxPixels);
        if (p == null) throw new IOException("Not a readable image: " + file);
        int orientation = ImageReaderExif.orientation(prefix(file));
        if (orientation <= 1 || orientation > 8) return p;
        boolean swap = orientation >= 5;
        return new Picture(orient(p.image(), orientation), swap ? p.sourceHeight() : p.sourceWidth(),
                swap ? p.sourceWidth() : p.sourceHeight());
    }

    /**
     * Proves that {@code file} is a picture whose pixels all decode and that its working read fits the memory given,
     * reading it only small (at most {@value #VERIFY_SIDE} a side) to spare memory: what an import checks.
     *
     * @return how the picture will be read wherever it is used
     * @throws PictureTooLargeException when it cannot be read in the memory given
     */
    public static PictureLimits.Plan verify(Path file) throws IOException {
        Picture small = decode(file, VERIFY_SIDE, (long) VERIFY_SIDE * VERIFY_SIDE);
        PictureLimits.Plan plan = PictureLimits.plan(small.sourceWidth(), small.sourceHeight());
        // rows were checked by the small read; this adds the working picture and its copy
        PictureLimits.checkMemory(file.getFileName().toString(), plan, 1, Runtime.getRuntime().maxMemory());
        return plan;
    }

    /** Format and size from the header of a file ImageIO knows (PNG, JPEG, GIF, BMP, TIFF), without decoding; else null. */
    public static Header header(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return null;
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            javax.imageio.ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                String format = r.getFormatName().toLowerCase(Locale.ROOT);
                // WBMP has no signature: ImageIO takes many a file that starts with two zero bytes for one
                if (format.equals("wbmp")) return null;
                return new Header(format, r.getWidth(0), r.getHeight(0));
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null; // not something ImageIO knows (or a header it cannot parse): FFmpeg decides
        }
    }

    /** The picture through ImageIO; null when ImageIO does not know the format (FFmpeg is tried next). */
    private static Picture readWithImageIo(Path file, int maxSide, long maxPixels) throws IOException {
        String name = file.getFileName().toString();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<javax.imageio.ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return null;
            javax.imageio.ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int w, h;
                try {
                    w = r.getWidth(0);
                    h = r.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    return null; // a header ImageIO cannot parse: FFmpeg reads more broken files
                }
                PictureLimits.Plan plan = PictureLimits.plan(w, h, maxSide, maxPixels);
                PictureLimits.checkMemory(name, plan, bytesPerPixel(r), Runtime.getRuntime().maxMemory());
                ImageReadParam param = r.getDefaultReadParam();
                if (plan.downscaled()) param.setSourceSubsampling(plan.step(), plan.step(), 0, 0);
                ImageTypeSpecifier rgb = intRgb(r);
                if (rgb != null) param.setDestinationType(rgb);
                try {
                    return new Picture(toRgb(r.read(0, param)), w, h);
                } catch (OutOfMemoryError e) {
                    throw new PictureTooLargeException(String.format(Locale.ROOT,
                            "%s is %d \u00d7 %d pixels, and there was not enough free memory to read it at %d \u00d7 %d "
                                    + "(Java was given %s). Close other projects, start Mouthpiece with more memory "
                                    + "(java -Xmx\u2026) or scale the picture down first.",
                            name, w, h, plan.width(), plan.height(), PictureLimits.mb(Runtime.getRuntime().maxMemory())));
                } catch (IOException | RuntimeException e) {
                    // FFmpeg reads more broken files (and CMYK JPEGs), but not pictures this large
                    if (PictureLimits.ffmpegCanRead(w, h)) return null;
                    throw new io.mouthpiece.core.media.MediaException(name + " is damaged: the pixel data of its " + w
                            + " \u00d7 " + h + " pixels cannot be read (the file may be cut off)", e);
                }
            } finally {
                r.dispose();
            }
        }
    }

    /** Bytes a pixel takes in the file once decoded (bands × bits), for the row buffers a decoder holds. */
    private static int bytesPerPixel(javax.imageio.ImageReader r) {
        try {
            ImageTypeSpecifier raw = r.getRawImageType(0);
            if (raw == null) return 4;
            int bits = 0;
            for (int s : raw.getSampleModel().getSampleSize()) bits += s;
            return Math.max(1, (bits + 7) / 8);
        } catch (IOException | RuntimeException e) {
            return 8; // 16-bit RGBA at worst
        }
    }

    /** Decoding straight into TYPE_INT_RGB spares a conversion copy; only offered for opaque pictures. */
    private static ImageTypeSpecifier intRgb(javax.imageio.ImageReader r) {
        try {
            for (Iterator<ImageTypeSpecifier> it = r.getImageTypes(0); it.hasNext(); ) {
                ImageTypeSpecifier t = it.next();
                if (t.getBufferedImageType() == BufferedImage.TYPE_INT_RGB) return t;
            }
        } catch (IOException | RuntimeException ignored) {
            // the reader's default destination then
        }
        return null;
    }

    private static byte[] prefix(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(EXIF_PREFIX);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /**
     * The picture's pixels as packed ints, row by row, in a new array: 0xRRGGBB with the top byte unspecified (alpha for
     * an ARGB picture). Copies the backing array of a plain INT_RGB/INT_ARGB picture at once; BufferedImage.getRGB goes
     * through the colour model pixel by pixel, seconds on a picture of tens of megapixels.
     */
    public static int[] pixels(BufferedImage img) {
        int[] own = backing(img);
        return own != null ? own.clone() : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /**
     * As {@link #pixels}, but hands over the picture's own array when it has a plain one: for a picture just read and
     * not used again, which spares a copy of tens of megabytes (the picture then shares the array: drop it).
     */
    public static int[] takePixels(BufferedImage img) {
        int[] own = backing(img);
        return own != null ? own : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static int[] backing(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        java.awt.image.WritableRaster r = img.getRaster();
        if ((img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_INT_ARGB)
                && r.getParent() == null && r.getDataBuffer() instanceof java.awt.image.DataBufferInt d
                && d.getNumBanks() == 1 && d.getOffset() == 0 && d.getSize() == w * h
                && r.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm && sm.getScanlineStride() == w
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0) {
            return d.getData();
        }
        return null;
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
        BufferedImage rgb = toRgb(img);
        // the pixel arrays themselves, not copies: a large picture is turned with one extra picture in memory
        int[] src = ((java.awt.image.DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        int[] dst = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
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
        return out;
    }
}
