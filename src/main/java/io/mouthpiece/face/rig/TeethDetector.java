package io.mouthpiece.face.rig;

import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.face.RgbImage;

import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * Whether the source shows teeth: inside the inner-lip polygon, the share of pixels that are bright relative to the
 * face's skin and nearly unsaturated (rig-notes: source teeth beat synthetic ones, so the renderer must know).
 */
final class TeethDetector {
    static final double MIN_SHARE = 0.2;

    private TeethDetector() {}

    static boolean teethVisible(RgbImage img, float[] p) { return teethShare(img, p) >= MIN_SHARE; }

    static double teethShare(RgbImage img, float[] p) {
        Path2D hole = new Path2D.Double();
        int[] loop = FaceIndices.innerLipLoop();
        hole.moveTo(p[3 * loop[0]], p[3 * loop[0] + 1]);
        for (int i = 1; i < loop.length; i++) hole.lineTo(p[3 * loop[i]], p[3 * loop[i] + 1]);
        hole.closePath();
        double skin = skinLuma(img, p);
        var b = hole.getBounds();
        int inside = 0, teeth = 0;
        for (int y = Math.max(0, b.y); y < Math.min(img.height(), b.y + b.height + 1); y++)
            for (int x = Math.max(0, b.x); x < Math.min(img.width(), b.x + b.width + 1); x++) {
                if (!hole.contains(x, y)) continue;
                inside++;
                int c = img.rgb()[y * img.width() + x];
                int r = c >> 16 & 255, g = c >> 8 & 255, bl = c & 255;
                int mx = Math.max(r, Math.max(g, bl)), mn = Math.min(r, Math.min(g, bl));
                double luma = 0.299 * r + 0.587 * g + 0.114 * bl;
                double sat = mx == 0 ? 0 : (mx - mn) / (double) mx;
                if (luma > 0.85 * skin && sat < 0.35) teeth++;
            }
        return inside < 4 ? 0 : (double) teeth / inside;
    }

    /** Median luma of the cheek points (where skin is least likely covered by hair or shadow). */
    private static double skinLuma(RgbImage img, float[] p) {
        int[] cheeks = {50, 280, 101, 330, 118, 347, 36, 266};
        double[] l = new double[cheeks.length];
        for (int k = 0; k < cheeks.length; k++) {
            int x = Math.clamp(Math.round(p[3 * cheeks[k]]), 0, img.width() - 1);
            int y = Math.clamp(Math.round(p[3 * cheeks[k] + 1]), 0, img.height() - 1);
            int c = img.rgb()[y * img.width() + x];
            l[k] = 0.299 * (c >> 16 & 255) + 0.587 * (c >> 8 & 255) + 0.114 * (c & 255);
        }
        Arrays.sort(l);
        return (l[3] + l[4]) / 2;
    }
}
