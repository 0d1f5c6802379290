package io.mouthpiece.dub;

import io.mouthpiece.core.face.FaceLandmarks;

/**
 * CPU reference of the lower-face synthesis and composite: warps the chosen source frame's lower face onto the
 * output frame (thin-plate spline through the lip, chin and jaw landmarks of the aligned source and the unmoved
 * mask boundary), then clones it in seamlessly: the colour difference to the output frame along the mask
 * boundary is spread over the inside by mean-value coordinates (an instant approximation of Poisson cloning,
 * Farbman et al. 2009), with the boundary differences smoothed over time so the seam does not flicker, and a
 * feather just inside the boundary. Outside the mask every output pixel is the output frame's own pixel.
 * The warp and the correction are evaluated on a coarse grid and interpolated per pixel. One instance per run
 * of consecutive output frames (it keeps the previous frame's seam colours); not thread-safe.
 */
public final class LowerFaceCompositor {
    /** Grid spacing for the warp and the correction: about a 48th of the face width, at least 4 px. */
    static final double GRID_PER_FACE = 48;
    /** Share of the previous frame's seam correction kept (exponential smoothing over time). */
    public static final double SEAM_SMOOTHING = 0.6;
    /** Feather width inside the mask boundary, in face widths. */
    static final double FEATHER = 0.035;

    /** The composited frame and the mask it changed pixels in. */
    public record Result(int[] rgb, PolygonMask mask) {}

    private double[] previousSeam;

    /** Forgets the seam history (call at a cut or a new line). */
    public void reset() { previousSeam = null; }

    /**
     * @param background the output frame's decoded pixels (0xRRGGBB), {@code w × h}; never modified
     * @param out        its tracked landmarks
     * @param source     the chosen source frame's pixels, same size
     * @param src        its tracked landmarks
     */
    public Result composite(int w, int h, int[] background, FaceLandmarks out, int[] source, FaceLandmarks src) {
        LowerFaceGeometry g = new LowerFaceGeometry(out, src);
        int nb = g.boundary.length / 2;
        double[] bx = new double[nb], by = new double[nb];
        for (int i = 0; i < nb; i++) {
            bx[i] = g.boundary[2 * i];
            by[i] = g.boundary[2 * i + 1];
        }
        PolygonMask mask = PolygonMask.of(bx, by, w, h);
        int[] result = background.clone();
        if (mask.area() == 0) return new Result(result, mask);
        ThinPlate2 warp = new ThinPlate2(g.controlDst, g.controlSrc, g.faceWidth);

        double[] seam = seam(g, warp, w, h, background, source, bx, by);
        if (previousSeam != null && previousSeam.length == seam.length) {
            for (int i = 0; i < seam.length; i++) seam[i] = SEAM_SMOOTHING * previousSeam[i] + (1 - SEAM_SMOOTHING) * seam[i];
        }
        previousSeam = seam;

        // grid over the mask's box: source position, colour correction, feather
        final int grid = Math.max(4, (int) (g.faceWidth / GRID_PER_FACE));
        int gw = (mask.w() + grid - 1) / grid + 1, gh = (mask.h() + grid - 1) / grid + 1;
        float[] node = new float[gw * gh * 6];
        double[] p = new double[2];
        double feather = Math.max(1, FEATHER * g.faceWidth);
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                double x = mask.x0() + gx * grid + 0.5, y = mask.y0() + gy * grid + 0.5;
                warp.map(x, y, p);
                int o = (gy * gw + gx) * 6;
                node[o] = (float) p[0];
                node[o + 1] = (float) p[1];
                meanValue(x, y, bx, by, seam, node, o + 2);
                node[o + 5] = (float) Math.min(1, distanceToPolygon(x, y, bx, by) / feather);
            }
        }
        for (int ly = 0; ly < mask.h(); ly++) {
            int y = ly + mask.y0();
            int gy = ly / grid;
            float fy = (ly % grid) / (float) grid;
            for (int lx = 0; lx < mask.w(); lx++) {
                if (mask.inside()[ly * mask.w() + lx] == 0) continue;
                int x = lx + mask.x0(), gx = lx / grid;
                float fx = (lx % grid) / (float) grid;
                int o00 = (gy * gw + gx) * 6, o10 = o00 + 6, o01 = o00 + gw * 6, o11 = o01 + 6;
                float w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
                float sx = w00 * node[o00] + w10 * node[o10] + w01 * node[o01] + w11 * node[o11];
                float sy = w00 * node[o00 + 1] + w10 * node[o10 + 1] + w01 * node[o01 + 1] + w11 * node[o11 + 1];
                float dr = w00 * node[o00 + 2] + w10 * node[o10 + 2] + w01 * node[o01 + 2] + w11 * node[o11 + 2];
                float dg = w00 * node[o00 + 3] + w10 * node[o10 + 3] + w01 * node[o01 + 3] + w11 * node[o11 + 3];
                float db = w00 * node[o00 + 4] + w10 * node[o10 + 4] + w01 * node[o01 + 4] + w11 * node[o11 + 4];
                float a = w00 * node[o00 + 5] + w10 * node[o10 + 5] + w01 * node[o01 + 5] + w11 * node[o11 + 5];
                int s = bilinear(source, w, h, sx, sy);
                int bg = background[y * w + x];
                float r = (s >> 16 & 255) + dr, gr = (s >> 8 & 255) + dg, b = (s & 255) + db;
                r = a * r + (1 - a) * (bg >> 16 & 255);
                gr = a * gr + (1 - a) * (bg >> 8 & 255);
                b = a * b + (1 - a) * (bg & 255);
                result[y * w + x] = clamp(r) << 16 | clamp(gr) << 8 | clamp(b);
            }
        }
        return new Result(result, mask);
    }

    /** Output minus warped source at every boundary sample (r, g, b), each averaged over a small cross. */
    private static double[] seam(LowerFaceGeometry g, ThinPlate2 warp, int w, int h, int[] background, int[] source,
                                 double[] bx, double[] by) {
        double[] d = new double[bx.length * 3];
        double[] p = new double[2];
        double[][] offsets = {{0, 0}, {1.5, 0}, {-1.5, 0}, {0, 1.5}, {0, -1.5}};
        for (int i = 0; i < bx.length; i++) {
            for (double[] off : offsets) {
                double x = bx[i] + off[0], y = by[i] + off[1];
                warp.map(x, y, p);
                int s = bilinear(source, w, h, (float) p[0], (float) p[1]);
                int b = bilinear(background, w, h, (float) x, (float) y);
                d[3 * i] += ((b >> 16 & 255) - (s >> 16 & 255)) / 5.0;
                d[3 * i + 1] += ((b >> 8 & 255) - (s >> 8 & 255)) / 5.0;
                d[3 * i + 2] += ((b & 255) - (s & 255)) / 5.0;
            }
        }
        return d;
    }

    /** Mean-value interpolation of the boundary values {@code v} (3 per vertex) at (x, y) into {@code out[o..o+2]}. */
    static void meanValue(double x, double y, double[] px, double[] py, double[] v, float[] out, int o) {
        int n = px.length;
        double[] tanHalf = new double[n];
        double[] len = new double[n];
        for (int i = 0; i < n; i++) {
            double ax = px[i] - x, ay = py[i] - y;
            len[i] = Math.hypot(ax, ay);
            if (len[i] < 1e-6) {
                out[o] = (float) v[3 * i];
                out[o + 1] = (float) v[3 * i + 1];
                out[o + 2] = (float) v[3 * i + 2];
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ax = px[i] - x, ay = py[i] - y, bxx = px[j] - x, byy = py[j] - y;
            double cross = ax * byy - ay * bxx, dot = ax * bxx + ay * byy;
            // tan(α/2) = sin α / (1 + cos α) = cross / (|a||b| + dot), without trigonometry
            double den = len[i] * len[j] + dot;
            tanHalf[i] = Math.abs(den) < 1e-12 ? 0 : cross / den;
        }
        double sw = 0, r = 0, g = 0, b = 0;
        for (int i = 0; i < n; i++) {
            double wi = (tanHalf[(i + n - 1) % n] + tanHalf[i]) / len[i];
            sw += wi;
            r += wi * v[3 * i];
            g += wi * v[3 * i + 1];
            b += wi * v[3 * i + 2];
        }
        if (Math.abs(sw) < 1e-12) return;
        out[o] = (float) (r / sw);
        out[o + 1] = (float) (g / sw);
        out[o + 2] = (float) (b / sw);
    }

    static double distanceToPolygon(double x, double y, double[] px, double[] py) {
        double best = Double.MAX_VALUE;
        int n = px.length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ex = px[j] - px[i], ey = py[j] - py[i];
            double t = ((x - px[i]) * ex + (y - py[i]) * ey) / Math.max(1e-12, ex * ex + ey * ey);
            t = Math.clamp(t, 0, 1);
            best = Math.min(best, Math.hypot(x - px[i] - t * ex, y - py[i] - t * ey));
        }
        return best;
    }

    static int bilinear(int[] img, int w, int h, float x, float y) {
        x = Math.clamp(x - 0.5f, 0, w - 1.001f);
        y = Math.clamp(y - 0.5f, 0, h - 1.001f);
        int x0 = (int) x, y0 = (int) y;
        float fx = x - x0, fy = y - y0;
        int i = y0 * w + x0;
        int c00 = img[i], c10 = img[i + 1 < img.length && x0 + 1 < w ? i + 1 : i];
        int c01 = img[y0 + 1 < h ? i + w : i], c11 = img[y0 + 1 < h && x0 + 1 < w ? i + w + 1 : i];
        int r = Math.round(lerp2(c00 >> 16 & 255, c10 >> 16 & 255, c01 >> 16 & 255, c11 >> 16 & 255, fx, fy));
        int g = Math.round(lerp2(c00 >> 8 & 255, c10 >> 8 & 255, c01 >> 8 & 255, c11 >> 8 & 255, fx, fy));
        int b = Math.round(lerp2(c00 & 255, c10 & 255, c01 & 255, c11 & 255, fx, fy));
        return r << 16 | g << 8 | b;
    }

    private static float lerp2(int a, int b, int c, int d, float fx, float fy) {
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    private static int clamp(float v) { return Math.clamp(Math.round(v), 0, 255); }
}
