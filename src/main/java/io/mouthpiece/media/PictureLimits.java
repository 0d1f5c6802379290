package io.mouthpiece.media;

import java.util.Locale;

/**
 * How big a picture is read. A picture within {@link #MAX_SIDE} a side and {@link #MAX_PIXELS} is read as it is; a
 * bigger one is read downscaled on the way in, keeping every n-th pixel of every n-th row (the smallest n that fits),
 * so memory holds only the small picture and a row or two of the file. The size read depends on the file alone, never
 * on the memory at hand, because rig corrections are stored in the read picture's pixels. A picture is refused only
 * when even that cannot be read: more pixels than the readers can count, rows too long to hold, or a read picture
 * (with its one working copy) that would take more than three quarters of the memory Java was given ({@code -Xmx}).
 */
public final class PictureLimits {
    /** Longest side of a read picture (the GL rig's texture limit on Mesa and most GPUs). */
    public static final int MAX_SIDE = 16_384;
    /** 64 megapixels (8192 × 8192): a read picture of 256 MB as RGB ints, copied a few times by face fitting and render. */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;

    /**
     * Heap a read picture takes while it is used: 4 bytes a pixel for the picture and 4 for one working copy (face
     * fitting's RGB array, or the renderer's eye-filled skin beside its source). Face fitting, the rig and the render
     * take over the read picture's own array rather than copying it, so two copies are the most held at once.
     */
    static final long BYTES_PER_READ_PIXEL = 8;

    /** ImageIO's readers count a picture's pixels in an int: about 2147 megapixels, e.g. 46340 × 46340. */
    public static final long MAX_SOURCE_PIXELS = Integer.MAX_VALUE - 2;

    /** How {@code sourceWidth × sourceHeight} is read: every {@code step}-th pixel, giving {@code width × height}. */
    public record Plan(int sourceWidth, int sourceHeight, int step, int width, int height) {
        public boolean downscaled() { return step > 1; }
    }

    private PictureLimits() {}

    /** The plan within the working limits. */
    public static Plan plan(int width, int height) {
        return plan(width, height, MAX_SIDE, MAX_PIXELS);
    }

    /** The smallest step whose read picture has at most {@code maxSide} a side and {@code maxPixels} pixels. */
    public static Plan plan(int width, int height, int maxSide, long maxPixels) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("picture size " + width + "x" + height);
        int step = Math.max(1, Math.max(ceilDiv(width, maxSide), ceilDiv(height, maxSide)));
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) > maxPixels) step++;
        return new Plan(width, height, step, ceilDiv(width, step), ceilDiv(height, step));
    }

    /**
     * Refuses a plan that cannot be carried out: a picture with more pixels than the readers can count, or one that does
     * not fit {@code heapBytes}: while reading, a decoder holds two rows of the file ({@code bytesPerPixel} each pixel)
     * besides the read picture (4 bytes a pixel).
     *
     * @throws PictureTooLargeException saying how big the picture is and what the limit is
     */
    public static void checkMemory(String name, Plan p, int bytesPerPixel, long heapBytes) throws PictureTooLargeException {
        long pixels = (long) p.sourceWidth() * p.sourceHeight();
        if (pixels > MAX_SOURCE_PIXELS) {
            throw new PictureTooLargeException(String.format(Locale.ROOT,
                    "%s claims to be %s pixels (%,d megapixels); pictures of up to %,d megapixels (for example "
                            + "46340 \u00d7 46340) can be read.", name, size(p), pixels / 1_000_000, MAX_SOURCE_PIXELS / 1_000_000));
        }
        long row = (long) p.sourceWidth() * Math.max(1, bytesPerPixel);
        if (row > Integer.MAX_VALUE - 16) {
            throw new PictureTooLargeException(String.format(Locale.ROOT,
                    "%s claims to be %s pixels: one row of it is %s, more than Java can hold in one piece (2 GB), "
                            + "so it cannot be read. Pictures up to %,d pixels wide (at %d bytes a pixel) can be read.",
                    name, size(p), mb(row), (Integer.MAX_VALUE - 16) / Math.max(1, bytesPerPixel), bytesPerPixel));
        }
        long need = 2 * row + BYTES_PER_READ_PIXEL * p.width() * p.height();
        long limit = heapBytes / 4 * 3; // the rest is for the project, the models' Java side and the encoder
        if (need > limit) {
            throw new PictureTooLargeException(String.format(Locale.ROOT,
                    "%s is %s pixels; reading it%s needs about %s of memory (the picture and one working copy "
                            + "of it), and Mouthpiece may use %s for a picture (three quarters of the %s Java was given). "
                            + "Start it with more memory (java -Xmx\u2026) or scale the picture down first.",
                    name, size(p), p.downscaled() ? " at " + p.width() + " \u00d7 " + p.height() : "",
                    mb(need), mb(limit), mb(heapBytes)));
        }
    }

    /** Whether FFmpeg decodes a picture this large: its av_image_check_size wants (w + 128) × (h + 128) < INT_MAX / 8. */
    public static boolean ffmpegCanRead(int width, int height) {
        return ((long) width + 128) * ((long) height + 128) < Integer.MAX_VALUE / 8;
    }

    /** One sentence for the user: the picture was read smaller than it is (a notice, not an error). */
    public static String notice(String name, int sourceWidth, int sourceHeight, int width, int height) {
        return String.format(Locale.ROOT, "%s is %d \u00d7 %d pixels, more than %d a side or %d megapixels; "
                        + "it is read downscaled to %d \u00d7 %d.", name, sourceWidth, sourceHeight, MAX_SIDE,
                MAX_PIXELS >> 20, width, height);
    }

    private static String size(Plan p) {
        return p.sourceWidth() + " \u00d7 " + p.sourceHeight();
    }

    static String mb(long bytes) {
        if (bytes >= 10L << 30) return (bytes >> 30) + " GB";
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return Math.max(1, bytes >> 20) + " MB";
    }

    private static int ceilDiv(int a, int b) {
        return (int) ((a + (long) b - 1) / b);
    }
}
