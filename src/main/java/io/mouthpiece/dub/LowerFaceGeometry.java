package io.mouthpiece.dub;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.face.FaceIndices;

/**
 * Where the chosen source frame's lower face goes in an output frame. The source face is aligned to the output's
 * head by a similarity on points the mouth does not move (eye corners, nose); the mask runs along the jaw —
 * the output's or the aligned source's, whichever reaches further, pushed out by a margin — and closes in a line
 * just under the nose. The warp's control points: every lower-face landmark goes where the aligned source puts it
 * (so the chin follows the new jaw opening), and the mask boundary stays where the output's head is (so the
 * seam meets unmoved surroundings).
 */
final class LowerFaceGeometry {
    /** Points the jaw and lips do not move: eye corners, between the eyes, the nose bridge and tip. */
    static final int[] STABLE = {33, 133, 362, 263, 168, 6, 197, 195, 5, 4, 1};
    /** The jaw from the left cheek at nose-base height round the chin to the right. */
    static final int[] JAW_CHAIN = {361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132};
    /** Landmarks inside the mask that carry the mouth's shape: lips, chin midline, nose base, cheeks. */
    static final int[] INNER = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 146, 91, 181, 84, 17, 314, 405, 321, 375,
            78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 95, 88, 178, 87, 14, 317, 402, 318, 324,
            18, 200, 199, 175, 2, 98, 327, 205, 425, 164};
    static final int NOSE_BASE = 2, FOREHEAD = 10;
    /** Mask margin outside the jaw and below the nose, in face widths. */
    static final double JAW_MARGIN = 0.07, NOSE_GAP = 0.015;
    /** Each polygon edge is split into this many pieces, so boundary samples keep their index from frame to frame. */
    static final int SPLIT = 3;

    final Similarity2 align;       // source → output
    final double faceWidth;        // output W in pixels
    final double[] boundary;       // closed polygon in the output, x0, y0, … (consistent count)
    final double[] controlDst;     // warp control points in the output
    final double[] controlSrc;     // … and where they are in the source frame

    LowerFaceGeometry(FaceLandmarks out, FaceLandmarks src) {
        double[] so = new double[STABLE.length * 2], ss = new double[STABLE.length * 2];
        for (int i = 0; i < STABLE.length; i++) {
            so[2 * i] = out.x(STABLE[i]);
            so[2 * i + 1] = out.y(STABLE[i]);
            ss[2 * i] = src.x(STABLE[i]);
            ss[2 * i + 1] = src.y(STABLE[i]);
        }
        align = Similarity2.fit(ss, so);
        Similarity2 back = align.inverse();
        faceWidth = Math.hypot(out.x(FaceIndices.RIGHT_CHEEK) - out.x(FaceIndices.LEFT_CHEEK),
                out.y(FaceIndices.RIGHT_CHEEK) - out.y(FaceIndices.LEFT_CHEEK));
        double mx = (out.x(13) + out.x(14)) / 2, my = (out.y(13) + out.y(14)) / 2;
        // face axis: forehead → chin; the nose line is perpendicular to it, just under the nose base
        double ax = out.x(FaceIndices.CHIN) - out.x(FOREHEAD), ay = out.y(FaceIndices.CHIN) - out.y(FOREHEAD);
        double al = Math.hypot(ax, ay);
        ax /= al;
        ay /= al;
        double nx = out.x(NOSE_BASE) + ax * NOSE_GAP * faceWidth, ny = out.y(NOSE_BASE) + ay * NOSE_GAP * faceWidth;

        int k = JAW_CHAIN.length;
        double[] poly = new double[(k + 2) * 2];
        for (int i = 0; i < k; i++) {
            int j = JAW_CHAIN[i];
            double ox = out.x(j), oy = out.y(j);
            double px = align.x(src.x(j), src.y(j)), py = align.y(src.x(j), src.y(j));
            boolean srcFurther = Math.hypot(px - mx, py - my) > Math.hypot(ox - mx, oy - my);
            double bx = srcFurther ? px : ox, by = srcFurther ? py : oy;
            double dx = bx - mx, dy = by - my, d = Math.max(1e-6, Math.hypot(dx, dy));
            poly[2 * (i + 1)] = bx + dx / d * JAW_MARGIN * faceWidth;
            poly[2 * (i + 1) + 1] = by + dy / d * JAW_MARGIN * faceWidth;
        }
        // close under the nose: project both chain ends onto the nose line
        double[] first = project(poly[2], poly[3], nx, ny, ax, ay), last = project(poly[2 * k], poly[2 * k + 1], nx, ny, ax, ay);
        poly[0] = first[0];
        poly[1] = first[1];
        poly[2 * (k + 1)] = last[0];
        poly[2 * (k + 1) + 1] = last[1];
        boundary = subdivide(poly, SPLIT);

        int nb = boundary.length / 2;
        controlDst = new double[(INNER.length + JAW_CHAIN.length + nb) * 2];
        controlSrc = new double[controlDst.length];
        int c = 0;
        for (int[] set : new int[][] {INNER, JAW_CHAIN}) {
            for (int j : set) {
                controlSrc[2 * c] = src.x(j);
                controlSrc[2 * c + 1] = src.y(j);
                controlDst[2 * c] = align.x(src.x(j), src.y(j));
                controlDst[2 * c + 1] = align.y(src.x(j), src.y(j));
                c++;
            }
        }
        for (int i = 0; i < nb; i++, c++) {
            double bx = boundary[2 * i], by = boundary[2 * i + 1];
            controlDst[2 * c] = bx;
            controlDst[2 * c + 1] = by;
            controlSrc[2 * c] = back.x(bx, by);
            controlSrc[2 * c + 1] = back.y(bx, by);
        }
    }

    /** The point of the line through (nx, ny) perpendicular to the axis (ax, ay) nearest (x, y). */
    private static double[] project(double x, double y, double nx, double ny, double ax, double ay) {
        double along = (x - nx) * ax + (y - ny) * ay;
        return new double[] {x - along * ax, y - along * ay};
    }

    /** Splits every edge of the closed polygon into {@code parts} equal pieces. */
    static double[] subdivide(double[] poly, int parts) {
        int n = poly.length / 2;
        double[] out = new double[n * parts * 2];
        for (int i = 0, o = 0; i < n; i++) {
            int j = (i + 1) % n;
            for (int p = 0; p < parts; p++, o++) {
                double t = (double) p / parts;
                out[2 * o] = poly[2 * i] + t * (poly[2 * j] - poly[2 * i]);
                out[2 * o + 1] = poly[2 * i + 1] + t * (poly[2 * j + 1] - poly[2 * i + 1]);
            }
        }
        return out;
    }
}
