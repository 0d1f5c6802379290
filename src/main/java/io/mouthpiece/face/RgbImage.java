package io.mouthpiece.face;

import java.awt.image.BufferedImage;

/**
 * Packed 0xRRGGBB pixels, row-major; what the crop code samples. Made once per image so sampling never goes through
 * BufferedImage's per-pixel colour model.
 */
public record RgbImage(int width, int height, int[] rgb) {
    public RgbImage {
        if (width <= 0 || height <= 0 || rgb.length != width * height)
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
    }

    public static RgbImage of(BufferedImage img) {
        return masked(img.getWidth(), img.getHeight(), io.mouthpiece.media.ImageReader.pixels(img));
    }

    /** As {@link #of}, taking over the pixel array of a picture just read and not used again (no copy of it). */
    public static RgbImage taking(BufferedImage img) {
        return masked(img.getWidth(), img.getHeight(), io.mouthpiece.media.ImageReader.takePixels(img));
    }

    private static RgbImage masked(int w, int h, int[] px) {
        for (int i = 0; i < px.length; i++) px[i] &= 0xFFFFFF;
        return new RgbImage(w, h, px);
    }

    /** Area-averaged downscale by an integer-free factor (box filter), for analysing very large images. */
    public RgbImage downscaled(int newW, int newH) {
        int[] out = new int[newW * newH];
        double sx = (double) width / newW, sy = (double) height / newH;
        for (int y = 0; y < newH; y++) {
            int y0 = (int) (y * sy), y1 = Math.max(y0 + 1, (int) ((y + 1) * sy));
            for (int x = 0; x < newW; x++) {
                int x0 = (int) (x * sx), x1 = Math.max(x0 + 1, (int) ((x + 1) * sx));
                long r = 0, g = 0, b = 0, n = 0;
                for (int yy = y0; yy < y1 && yy < height; yy++)
                    for (int xx = x0; xx < x1 && xx < width; xx++) {
                        int p = rgb[yy * width + xx];
                        r += p >> 16 & 255; g += p >> 8 & 255; b += p & 255; n++;
                    }
                out[y * newW + x] = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
            }
        }
        return new RgbImage(newW, newH, out);
    }

    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, rgb, 0, width);
        return img;
    }
}
