package io.mouthpiece.dub;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.face.RgbImage;

/**
 * Measures a {@link MouthDescriptor} from a tracked frame's landmarks and the frame's pixels.
 */
public final class MouthMeasure {
    /** Teeth: brighter than this share of the skin's luma and less saturated than {@link #TEETH_SATURATION}. */
    static final double TEETH_LUMA = 0.85, TEETH_SATURATION = 0.35;
    /** Cheek points below the eyes whose surroundings give the skin's luma. */
    private static final int RIGHT_CHEEK_SKIN = 205, LEFT_CHEEK_SKIN = 425, NOSE_BASE = 2;

    private MouthMeasure() {}

    public static MouthDescriptor describe(TrackedFrame tracked, RgbImage image) {
        if (tracked.lost()) return MouthDescriptor.lost(tracked.index());
        FaceAnalysis face = tracked.face();
        FaceLandmarks lm = face.landmarks();
        double w = dist(lm, FaceIndices.RIGHT_CHEEK, FaceIndices.LEFT_CHEEK);
        if (w < 4) return MouthDescriptor.lost(tracked.index());
        double mouthWidth = dist(lm, FaceIndices.MOUTH_RIGHT, FaceIndices.MOUTH_LEFT);
        double aperture = dist(lm, FaceIndices.INNER_LIP_TOP, FaceIndices.INNER_LIP_BOTTOM) / w;
        double jaw = dist3(lm, NOSE_BASE, FaceIndices.CHIN) / dist3(lm, FaceIndices.RIGHT_CHEEK, FaceIndices.LEFT_CHEEK);
        double rounding = mouthWidth < 1 ? 0 : dist(lm, FaceIndices.LIP_TOP, FaceIndices.LIP_BOTTOM) / mouthWidth;
        double skin = (boxLuma(image, lm.x(RIGHT_CHEEK_SKIN), lm.y(RIGHT_CHEEK_SKIN), w * 0.04)
                + boxLuma(image, lm.x(LEFT_CHEEK_SKIN), lm.y(LEFT_CHEEK_SKIN), w * 0.04)) / 2;
        double teeth = teeth(image, lm, skin);
        double cx = (lm.x(FaceIndices.MOUTH_RIGHT) + lm.x(FaceIndices.MOUTH_LEFT)) / 2;
        double cy = (lm.y(FaceIndices.LIP_TOP) + lm.y(FaceIndices.CHIN)) / 2;
        double brightness = boxLuma(image, cx, cy, w * 0.3);
        double sharpness = sharpness(image, cx, (lm.y(FaceIndices.LIP_TOP) + lm.y(FaceIndices.LIP_BOTTOM)) / 2, mouthWidth * 0.7);
        var pose = face.pose();
        return new MouthDescriptor(tracked.index(), aperture, mouthWidth / w, jaw, rounding, teeth,
                pose == null ? 0 : pose.yaw(), pose == null ? 0 : pose.pitch(), pose == null ? 0 : pose.roll(),
                brightness, sharpness, Math.max(1e-3, face.score()), w);
    }

    /** Share of the inner-lip polygon's pixels that look like teeth. */
    static double teeth(RgbImage img, FaceLandmarks lm, double skinLuma) {
        int[] loop = FaceIndices.innerLipLoop();
        double[] xs = new double[loop.length], ys = new double[loop.length];
        for (int i = 0; i < loop.length; i++) {
            xs[i] = lm.x(loop[i]);
            ys[i] = lm.y(loop[i]);
        }
        PolygonMask m = PolygonMask.of(xs, ys, img.width(), img.height());
        if (m.area() < 4) return 0;
        int teeth = 0;
        for (int y = 0; y < m.h(); y++) {
            for (int x = 0; x < m.w(); x++) {
                if (m.inside()[y * m.w() + x] == 0) continue;
                int c = img.rgb()[(y + m.y0()) * img.width() + x + m.x0()];
                int r = c >> 16 & 255, g = c >> 8 & 255, b = c & 255;
                int mx = Math.max(r, Math.max(g, b)), mn = Math.min(r, Math.min(g, b));
                double sat = mx == 0 ? 0 : (mx - mn) / (double) mx;
                if (luma(c) > TEETH_LUMA * skinLuma && sat < TEETH_SATURATION) teeth++;
            }
        }
        return (double) teeth / m.area();
    }

    /** Mean luma of the square of half-side {@code r} around (cx, cy), clipped to the image. */
    static double boxLuma(RgbImage img, double cx, double cy, double r) {
        int x0 = clamp((int) (cx - r), img.width()), x1 = clamp((int) (cx + r), img.width());
        int y0 = clamp((int) (cy - r), img.height()), y1 = clamp((int) (cy + r), img.height());
        double sum = 0;
        int n = 0;
        for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++, n++) sum += luma(img.rgb()[y * img.width() + x]);
        return n == 0 ? 0 : sum / n;
    }

    /** Mean |4-neighbour Laplacian| of luma over the square of half-side {@code r}. */
    static double sharpness(RgbImage img, double cx, double cy, double r) {
        int x0 = Math.max(1, (int) (cx - r)), x1 = Math.min(img.width() - 2, (int) (cx + r));
        int y0 = Math.max(1, (int) (cy - r)), y1 = Math.min(img.height() - 2, (int) (cy + r));
        int[] px = img.rgb();
        int iw = img.width();
        double sum = 0;
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++, n++) {
                int i = y * iw + x;
                sum += Math.abs(4 * luma(px[i]) - luma(px[i - 1]) - luma(px[i + 1]) - luma(px[i - iw]) - luma(px[i + iw]));
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    static double luma(int c) { return 0.299 * (c >> 16 & 255) + 0.587 * (c >> 8 & 255) + 0.114 * (c & 255); }

    private static int clamp(int v, int size) { return Math.max(0, Math.min(size - 1, v)); }

    /** In 3-D (FaceMesh's z is in pixel units): a nod foreshortens the jaw in the picture, not in 3-D. */
    private static double dist3(FaceLandmarks lm, int a, int b) {
        double dx = lm.x(a) - lm.x(b), dy = lm.y(a) - lm.y(b), dz = lm.z(a) - lm.z(b);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    private static double dist(FaceLandmarks lm, int a, int b) { return Math.hypot(lm.x(a) - lm.x(b), lm.y(a) - lm.y(b)); }
}
