package io.mouthpiece.face;

/**
 * Samples a rotated ROI of an image into a float NHWC tensor, exactly as MediaPipe's ImageToTensor / tf.image.transform
 * do it: output pixel (xo, yo) reads the image at the rect point (xo/n, yo/n) (no half-pixel offset), bilinear with
 * pixel centres on integers. Verified against the TensorFlow.js input tensors in the reference data.
 */
public final class ImageCrop {
    public enum Border {
        /** Clamp to the nearest edge pixel (face and eye crops). */
        REPLICATE,
        /** Black outside the image (the detector's letterbox). */
        ZERO
    }

    private ImageCrop() {}

    /**
     * @param scale  value = channel * scale + offset (1/255, 0 for [0,1]; 1/127.5, −1 for [−1,1])
     * @param mirror sample the ROI mirrored horizontally (the iris model only knows left eyes)
     */
    public static float[] crop(RgbImage img, RotatedRect roi, int size, Border border, float scale, float offset,
                               boolean mirror) {
        float[] out = new float[size * size * 3];
        double cos = Math.cos(roi.rotation()), sin = Math.sin(roi.rotation());
        int w = img.width(), h = img.height();
        int[] px = img.rgb();
        // Step per output column / row in image pixels; x(xo, yo) = x00 + xo·ux + yo·vx (same for y).
        double ux = roi.width() / size * cos, uy = roi.width() / size * sin;
        double vx = -roi.height() / size * sin, vy = roi.height() / size * cos;
        double x00 = roi.cx() - 0.5 * roi.width() * cos + 0.5 * roi.height() * sin;
        double y00 = roi.cy() - 0.5 * roi.width() * sin - 0.5 * roi.height() * cos;
        int o = 0;
        for (int yo = 0; yo < size; yo++) {
            for (int xo = 0; xo < size; xo++) {
                int xs = mirror ? size - 1 - xo : xo;
                double x = x00 + xs * ux + yo * vx;
                double y = y00 + xs * uy + yo * vy;
                if (border == Border.REPLICATE) {
                    x = Math.min(Math.max(x, 0), w - 1);
                    y = Math.min(Math.max(y, 0), h - 1);
                }
                int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
                double fx = x - x0, fy = y - y0;
                int p00, p10, p01, p11;
                if (x0 >= 0 && y0 >= 0 && x0 < w - 1 && y0 < h - 1) {          // fast path: all four inside
                    int i = y0 * w + x0;
                    p00 = px[i]; p10 = px[i + 1]; p01 = px[i + w]; p11 = px[i + w + 1];
                } else {
                    p00 = pixel(px, w, h, x0, y0, border); p10 = pixel(px, w, h, x0 + 1, y0, border);
                    p01 = pixel(px, w, h, x0, y0 + 1, border); p11 = pixel(px, w, h, x0 + 1, y0 + 1, border);
                }
                out[o++] = lerp2(p00 >> 16 & 255, p10 >> 16 & 255, p01 >> 16 & 255, p11 >> 16 & 255, fx, fy) * scale + offset;
                out[o++] = lerp2(p00 >> 8 & 255, p10 >> 8 & 255, p01 >> 8 & 255, p11 >> 8 & 255, fx, fy) * scale + offset;
                out[o++] = lerp2(p00 & 255, p10 & 255, p01 & 255, p11 & 255, fx, fy) * scale + offset;
            }
        }
        return out;
    }

    private static int pixel(int[] px, int w, int h, int x, int y, Border border) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            if (border == Border.ZERO) return 0;
            x = Math.min(Math.max(x, 0), w - 1);
            y = Math.min(Math.max(y, 0), h - 1);
        }
        return px[y * w + x];
    }

    private static float lerp2(int a, int b, int c, int d, double fx, double fy) {
        double top = a + (b - a) * fx, bot = c + (d - c) * fx;
        return (float) (top + (bot - top) * fy);
    }

    /** The letterbox ROI for a whole image: centred square of the long side, no rotation. */
    public static RotatedRect letterbox(int width, int height) {
        double s = Math.max(width, height);
        return new RotatedRect(width / 2.0, height / 2.0, s, s, 0);
    }
}
