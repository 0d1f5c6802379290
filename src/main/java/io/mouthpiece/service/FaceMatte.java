package io.mouthpiece.service;

import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.rig.DeformedRig;
import io.mouthpiece.render.rig.FaceMeshIndices;
import io.mouthpiece.render.rig.RigDeformer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Refines the person mask at the face: per frame, the union with each character's face-oval polygon as the rig
 * deforms it (so an opened jaw or a turned head is never cut by a mask computed on the still), with a
 * {@link #FEATHER}-pixel soft edge. Not thread-safe (one per frame source).
 */
final class FaceMatte {
    /** Half-width of the soft edge, output pixels. */
    static final float FEATHER = 1.25f;

    private final float[] base;
    private final int width, height;
    private final float scaleX, scaleY;
    private final List<RigDeformer> deformers = new ArrayList<>();
    private final float[] work;

    /**
     * @param base   the person mask at output size (not modified)
     * @param scaleX source picture px → output px
     */
    FaceMatte(float[] base, int width, int height, List<RigGeometry> rigs, float scaleX, float scaleY) {
        this.base = base;
        this.width = width;
        this.height = height;
        this.scaleX = scaleX;
        this.scaleY = scaleY;
        for (RigGeometry r : rigs) deformers.add(new RigDeformer(r));
        this.work = new float[base.length];
    }

    /** The frame's coverage 0..1 (a shared array, valid until the next call). */
    float[] frame(List<ChannelValues> poses) {
        System.arraycopy(base, 0, work, 0, base.length);
        for (int k = 0; k < deformers.size(); k++) {
            DeformedRig d = deformers.get(k).deform(poses.get(k));
            int[] oval = FaceMeshIndices.FACE_OVAL;
            float[] px = new float[oval.length], py = new float[oval.length];
            for (int i = 0; i < oval.length; i++) {
                px[i] = d.xy()[2 * oval[i]] * scaleX;
                py[i] = d.xy()[2 * oval[i] + 1] * scaleY;
            }
            fillPolygon(px, py);
        }
        return work;
    }

    private void fillPolygon(float[] px, float[] py) {
        float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y0 = Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (int i = 0; i < px.length; i++) {
            x0 = Math.min(x0, px[i]); x1 = Math.max(x1, px[i]);
            y0 = Math.min(y0, py[i]); y1 = Math.max(y1, py[i]);
        }
        int ix0 = Math.max(0, (int) Math.floor(x0 - FEATHER - 1)), ix1 = Math.min(width - 1, (int) Math.ceil(x1 + FEATHER + 1));
        int iy0 = Math.max(0, (int) Math.floor(y0 - FEATHER - 1)), iy1 = Math.min(height - 1, (int) Math.ceil(y1 + FEATHER + 1));
        int n = px.length;
        float[] xs = new float[n];
        for (int y = iy0; y <= iy1; y++) {
            float cy = y + 0.5f;
            // scanline crossings: inside = between pairs
            int k = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                if ((py[i] > cy) != (py[j] > cy)) xs[k++] = px[j] + (cy - py[j]) * (px[i] - px[j]) / (py[i] - py[j]);
            }
            Arrays.sort(xs, 0, k);
            for (int x = ix0; x <= ix1; x++) {
                float cx = x + 0.5f;
                boolean inside = false;
                for (int c = 0; c < k && xs[c] <= cx; c++) inside = !inside;
                float d = edgeDistance(px, py, cx, cy);
                if (!inside && d >= FEATHER) continue;
                float cover = inside ? Math.min(1f, 0.5f + d / (2 * FEATHER)) : Math.max(0f, 0.5f - d / (2 * FEATHER));
                int o = y * width + x;
                if (cover > work[o]) work[o] = cover;
            }
        }
    }

    private static float edgeDistance(float[] px, float[] py, float x, float y) {
        float best = Float.MAX_VALUE;
        for (int i = 0, j = px.length - 1; i < px.length; j = i++) {
            float ex = px[i] - px[j], ey = py[i] - py[j];
            float len2 = ex * ex + ey * ey;
            float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - px[j]) * ex + (y - py[j]) * ey) / len2));
            float dx = px[j] + t * ex - x, dy = py[j] + t * ey - y;
            best = Math.min(best, dx * dx + dy * dy);
        }
        return (float) Math.sqrt(best);
    }
}
