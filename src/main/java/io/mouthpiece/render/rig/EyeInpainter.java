package io.mouthpiece.render.rig;

import static io.mouthpiece.render.rig.FaceMeshIndices.*;

import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.SourceImage;
import java.util.List;

/**
 * Builds the "closed eye" skin texture: the source with each eye opening (grown by 1.5 px) filled from its
 * surroundings, so lid skin stretched over the eyeball carries no iris or eye-white colour (rig-notes: squashing
 * the eyeball turned the iris into a dotted line). Fill: onion peeling (each unknown pixel next to known ones
 * takes their mean), then a few smoothing passes inside the hole. Deterministic. The alpha channel carries the
 * eye-opening mask (255 inside the lid margins, 0 elsewhere) for the gaze shader.
 */
public final class EyeInpainter {
    private EyeInpainter() {}

    public static int[] inpaint(SourceImage img, List<RigGeometry> rigs) {
        int w = img.width(), h = img.height();
        int[] out = img.argb().clone();
        for (int i = 0; i < out.length; i++) out[i] &= 0x00FFFFFF;
        for (RigGeometry rig : rigs) {
            fill(out, w, h, polygon(rig, RIGHT_EYE_UPPER_0, RIGHT_EYE_LOWER_0));
            fill(out, w, h, polygon(rig, LEFT_EYE_UPPER_0, LEFT_EYE_LOWER_0));
        }
        return out;
    }

    /** Eye-white colour (0..1 RGB): the mean of the 50–75th brightness percentile inside both openings (the very
     * brightest are catch-lights; the eye white in shade is darker). */
    public static float[] sclera(SourceImage img, RigGeometry rig) {
        java.util.List<Integer> px = new java.util.ArrayList<>();
        for (float[] poly : new float[][]{polygon(rig, RIGHT_EYE_UPPER_0, RIGHT_EYE_LOWER_0), polygon(rig, LEFT_EYE_UPPER_0, LEFT_EYE_LOWER_0)}) {
            // only the opening's bounding box: a scan of the whole picture took seconds on a large portrait
            float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (int i = 0; i < poly.length; i += 2) {
                minX = Math.min(minX, poly[i]); maxX = Math.max(maxX, poly[i]);
                minY = Math.min(minY, poly[i + 1]); maxY = Math.max(maxY, poly[i + 1]);
            }
            int x0 = Math.max(0, (int) Math.floor(minX) - 1), x1 = Math.min(img.width() - 1, (int) Math.ceil(maxX) + 1);
            int y0 = Math.max(0, (int) Math.floor(minY) - 1), y1 = Math.min(img.height() - 1, (int) Math.ceil(maxY) + 1);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    if (inside(poly, x + 0.5f, y + 0.5f)) px.add(img.pixel(x, y));
                }
            }
        }
        if (px.isEmpty()) return new float[]{0.85f, 0.82f, 0.8f};
        px.sort(java.util.Comparator.comparingInt(p -> ((p >> 16) & 255) + ((p >> 8) & 255) + (p & 255)));
        float[] c = new float[3];
        int from = px.size() / 2, to = Math.max(from + 1, px.size() * 3 / 4), n = to - from;
        for (int p : px.subList(from, to)) {
            c[0] += ((p >> 16) & 255) / 255f; c[1] += ((p >> 8) & 255) / 255f; c[2] += (p & 255) / 255f;
        }
        for (int k = 0; k < 3; k++) c[k] /= n;
        return c;
    }

    private static float[] polygon(RigGeometry rig, int[] upper, int[] lower) {
        float[] p = new float[2 * (upper.length + lower.length - 2)];
        int k = 0;
        for (int i : upper) { p[k++] = rig.x(i); p[k++] = rig.y(i); }
        for (int j = lower.length - 2; j >= 1; j--) { p[k++] = rig.x(lower[j]); p[k++] = rig.y(lower[j]); }
        return p;
    }

    private static void fill(int[] px, int w, int h, float[] poly) {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int i = 0; i < poly.length; i += 2) {
            minX = Math.min(minX, poly[i]); maxX = Math.max(maxX, poly[i]);
            minY = Math.min(minY, poly[i + 1]); maxY = Math.max(maxY, poly[i + 1]);
        }
        int x0 = Math.max(0, (int) Math.floor(minX - 3)), x1 = Math.min(w - 1, (int) Math.ceil(maxX + 3));
        int y0 = Math.max(0, (int) Math.floor(minY - 3)), y1 = Math.min(h - 1, (int) Math.ceil(maxY + 3));
        if (x1 <= x0 || y1 <= y0) return;
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        boolean[] hole = new boolean[bw * bh];
        boolean[] opening = new boolean[bw * bh];
        int holes = 0;
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                float cx = x0 + x + 0.5f, cy = y0 + y + 0.5f;
                opening[y * bw + x] = inside(poly, cx, cy);
                if (opening[y * bw + x] || edgeDistance(poly, cx, cy) < 1.5f) { hole[y * bw + x] = true; holes++; }
            }
        }
        float[][] rgb = new float[3][bw * bh];
        boolean[] known = new boolean[bw * bh];
        for (int i = 0; i < bw * bh; i++) {
            int p = px[(y0 + i / bw) * w + x0 + i % bw];
            rgb[0][i] = (p >> 16) & 255; rgb[1][i] = (p >> 8) & 255; rgb[2][i] = p & 255;
            known[i] = !hole[i];
        }
        int[] dx = {-1, 1, 0, 0, -1, 1, -1, 1}, dy = {0, 0, -1, 1, -1, -1, 1, 1};
        while (holes > 0) {
            boolean[] next = known.clone();
            int filled = 0;
            for (int i = 0; i < bw * bh; i++) {
                if (known[i]) continue;
                int x = i % bw, y = i / bw, n = 0;
                float r = 0, g = 0, b = 0;
                for (int k = 0; k < 8; k++) {
                    int nx = x + dx[k], ny = y + dy[k];
                    if (nx < 0 || ny < 0 || nx >= bw || ny >= bh || !known[ny * bw + nx]) continue;
                    int j = ny * bw + nx;
                    r += rgb[0][j]; g += rgb[1][j]; b += rgb[2][j]; n++;
                }
                if (n == 0) continue;
                rgb[0][i] = r / n; rgb[1][i] = g / n; rgb[2][i] = b / n;
                next[i] = true;
                filled++;
            }
            known = next;
            holes -= filled;
            if (filled == 0) break;
        }
        for (int pass = 0; pass < 6; pass++) {
            for (int c = 0; c < 3; c++) {
                float[] src = rgb[c].clone();
                for (int i = 0; i < bw * bh; i++) {
                    if (!hole[i]) continue;
                    int x = i % bw, y = i / bw, n = 0;
                    float s = 0;
                    for (int k = 0; k < 4; k++) {
                        int nx = x + dx[k], ny = y + dy[k];
                        if (nx < 0 || ny < 0 || nx >= bw || ny >= bh) continue;
                        s += src[ny * bw + nx]; n++;
                    }
                    rgb[c][i] = s / n;
                }
            }
        }
        for (int i = 0; i < bw * bh; i++) {
            if (!hole[i]) continue;
            int idx = (y0 + i / bw) * w + x0 + i % bw;
            px[idx] = (opening[i] ? 0xFF000000 : 0) | (Math.round(rgb[0][i]) << 16) | (Math.round(rgb[1][i]) << 8) | Math.round(rgb[2][i]);
        }
    }

    private static boolean inside(float[] poly, float x, float y) {
        boolean in = false;
        for (int i = 0, j = poly.length - 2; i < poly.length; j = i, i += 2) {
            float xi = poly[i], yi = poly[i + 1], xj = poly[j], yj = poly[j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
        }
        return in;
    }

    private static float edgeDistance(float[] poly, float x, float y) {
        float best = Float.MAX_VALUE;
        for (int i = 0, j = poly.length - 2; i < poly.length; j = i, i += 2) {
            float ax = poly[j], ay = poly[j + 1], bx = poly[i], by = poly[i + 1];
            float ex = bx - ax, ey = by - ay;
            float len2 = ex * ex + ey * ey;
            float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / len2));
            best = Math.min(best, (float) Math.hypot(x - ax - t * ex, y - ay - t * ey));
        }
        return best;
    }
}
