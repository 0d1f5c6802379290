package io.mouthpiece.render.rig;

import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.SourceImage;

/**
 * The tapered lash line drawn along a closing upper lid (rig-notes: 0.014 W at the middle, the darkest colour
 * found along the source's upper margin), so a closed eye reads as closed instead of as a pale smear.
 */
public final class LashLine {
    private final int[] margin;
    private final float[] halfThickness;   // px, per margin point
    private final float vx, vy;            // down the face
    private final float[] color;

    private LashLine(int[] margin, float[] halfThickness, float vx, float vy, float[] color) {
        this.margin = margin;
        this.halfThickness = halfThickness;
        this.vx = vx;
        this.vy = vy;
        this.color = color;
    }

    public static LashLine of(SourceImage img, RigGeometry rig, FaceFrame frame, int[] upperMargin) {
        float[] half = new float[upperMargin.length];
        for (int j = 0; j < half.length; j++) {
            float t = (float) Math.sin(Math.PI * j / (half.length - 1));
            half[j] = 0.5f * 0.014f * frame.w() * (float) Math.sqrt(t);
        }
        int darkest = 0xFF000000;
        double best = Double.MAX_VALUE;
        float[] mean = new float[3];
        int n = 0;
        for (int i : upperMargin) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = Math.round(rig.x(i)) + dx, y = Math.round(rig.y(i)) + dy;
                    if (x < 0 || y < 0 || x >= img.width() || y >= img.height()) continue;
                    int p = img.pixel(x, y);
                    double l = 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
                    mean[0] += ((p >> 16) & 255) / 255f; mean[1] += ((p >> 8) & 255) / 255f; mean[2] += (p & 255) / 255f;
                    n++;
                    if (l < best) { best = l; darkest = p; }
                }
            }
        }
        // The very darkest margin pixel is often the pupil; lean towards the margin's mean so the line is lash
        // coloured, not a black stroke.
        float[] c = {((darkest >> 16) & 255) / 255f, ((darkest >> 8) & 255) / 255f, (darkest & 255) / 255f};
        for (int k = 0; k < 3; k++) c[k] = 0.5f * c[k] + 0.5f * (n == 0 ? c[k] : mean[k] / n);
        return new LashLine(upperMargin, half, frame.vx(), frame.vy(), c);
    }

    /** Opacity for a blink value: none at rest (the source lashes show), 0.7 from blink 0.5 (no MSAA yet: a
     * fully opaque aliased stroke reads as drawn on). */
    public static float opacity(float blink) {
        return 0.7f * RigDeformer.smoothstep(0f, 0.5f, blink);
    }

    public float[] color() { return color.clone(); }

    /**
     * The seam where an open source's lips are pulled shut (rig-notes: dark lip colour, 0.01 W, opacity 0.45):
     * a strip through the midpoints of the current inner-lip columns, tapering at the corners.
     */
    public static float[] seamStrip(float[] xy, FaceFrame frame) {
        int[] up = FaceMeshIndices.LIPS_UPPER_INNER, lo = FaceMeshIndices.LIPS_LOWER_INNER;
        float[] out = new float[up.length * 4];
        for (int j = 0; j < up.length; j++) {
            float x = (xy[2 * up[j]] + xy[2 * lo[j]]) / 2, y = (xy[2 * up[j] + 1] + xy[2 * lo[j] + 1]) / 2;
            float h = 0.005f * frame.w() * (float) Math.sqrt(Math.sin(Math.PI * j / (up.length - 1)));
            out[4 * j] = x - frame.vx() * h;
            out[4 * j + 1] = y - frame.vy() * h;
            out[4 * j + 2] = x + frame.vx() * h;
            out[4 * j + 3] = y + frame.vy() * h;
        }
        return out;
    }

    /** A triangle strip (x, y pairs, image px) along the current upper margin, slightly below it. */
    public float[] strip(float[] xy) {
        float[] out = new float[margin.length * 4];
        for (int j = 0; j < margin.length; j++) {
            float x = xy[2 * margin[j]], y = xy[2 * margin[j] + 1];
            float h = halfThickness[j];
            out[4 * j] = x - vx * h * 0.6f;
            out[4 * j + 1] = y - vy * h * 0.6f;
            out[4 * j + 2] = x + vx * h * 1.4f;
            out[4 * j + 3] = y + vy * h * 1.4f;
        }
        return out;
    }
}
