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
        int o = 0;
        for (int yo = 0; yo < size; yo++) {
            double dv = ((double) yo / size - 0.5) * roi.height();
            for (int xo = 0; xo < size; xo++) {
                int xs = mirror ? size - 1 - xo : xo;
                double du = ((double) xs / size - 0.5) * roi.width();
                double x = roi.cx() + du * cos - dv * sin;
                double y = roi.cy() + du * sin + dv * cos;
                float r, g, b;
                if (border == Border.REPLICATE) {
                    x = Math.min(Math.max(x, 0), w - 1);
                    y = Math.min(Math.max(y, 0), h - 1);
                }
                int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
                double fx = x - x0, fy = y - y0;
                int p00 = pixel(px, w, h, x0, y0, border), p10 = pixel(px, w, h, x0 + 1, y0, border);
                int p01 = pixel(px, w, h, x0, y0 + 1, border), p11 = pixel(px, w, h, x0 + 1, y0 + 1, border);
                r = lerp2(p00 >> 16 & 255, p10 >> 16 & 255, p01 >> 16 & 255, p11 >> 16 & 255, fx, fy);
                g = lerp2(p00 >> 8 & 255, p10 >> 8 & 255, p01 >> 8 & 255, p11 >> 8 & 255, fx, fy);
                b = lerp2(p00 & 255, p10 & 255, p01 & 255, p11 & 255, fx, fy);
                out[o++] = r * scale + offset;
                out[o++] = g * scale + offset;
                out[o++] = b * scale + offset;
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
