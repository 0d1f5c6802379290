package io.mouthpiece.render.rig;

import static io.mouthpiece.render.rig.FaceMeshIndices.*;

import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.SourceImage;

/**
 * Mouth-interior colours sampled from the portrait (rig-notes): cavity = ½·0.4·lip + ½·(80, 28, 30)·skin/190,
 * tongue from the lip colour, teeth an ivory scaled by skin luminance; and whether the source shows its own
 * teeth (bright, unsaturated pixels inside an open rest hole), in which case the renderer uses them. The seam
 * colour (dark lip) draws the line where an open source's lips are pulled shut.
 * Colours are linear 0..1 RGB.
 */
public record MouthPalette(float[] cavity, float[] teeth, float[] tongue, float[] seam, boolean sourceTeeth) {

    public static MouthPalette sample(SourceImage img, RigGeometry rig, RigDeformer deformer) {
        float[] lip = mean(img, rig, LIPS_LOWER_SEMI_INNER, LIPS_LOWER_SEMI_OUTER, LIPS_UPPER_SEMI_OUTER);
        float[] skin = mean(img, rig, new int[]{50, 280, 205, 425, 101, 330});
        float lum = 255f * luminance(skin);
        float k = lum / 190f;
        float[] cavity = {
                0.5f * 0.4f * lip[0] + 0.5f * (80 / 255f) * k,
                0.5f * 0.4f * lip[1] + 0.5f * (28 / 255f) * k,
                0.5f * 0.4f * lip[2] + 0.5f * (30 / 255f) * k};
        float tk = Math.min(1f, 0.55f + 0.45f * k);
        float[] teeth = {0.93f * tk, 0.90f * tk, 0.84f * tk};
        float[] tongue = {Math.min(1f, 0.75f * lip[0] + 0.08f), 0.6f * lip[1], 0.65f * lip[2]};
        float[] seam = {0.55f * lip[0], 0.45f * lip[1], 0.45f * lip[2]};
        return new MouthPalette(cavity, teeth, tongue, seam, deformer.openSource() && showsTeeth(img, rig));
    }

    private static boolean showsTeeth(SourceImage img, RigGeometry rig) {
        int bright = 0, total = 0;
        for (int j = 1; j < 10; j++) {
            int u = LIPS_UPPER_INNER[j], l = LIPS_LOWER_INNER[j];
            for (int s = 1; s < 4; s++) {
                float f = s / 4f;
                int x = Math.round(rig.x(u) + f * (rig.x(l) - rig.x(u)));
                int y = Math.round(rig.y(u) + f * (rig.y(l) - rig.y(u)));
                if (x < 0 || y < 0 || x >= img.width() || y >= img.height()) continue;
                int p = img.pixel(x, y);
                float r = ((p >> 16) & 255) / 255f, g = ((p >> 8) & 255) / 255f, b = (p & 255) / 255f;
                float max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
                total++;
                if (max > 0.55f && (max - min) / max < 0.35f && g >= 0.84f * r) bright++;   // pale lips are pinker
            }
        }
        return total > 0 && bright >= 0.3f * total;
    }

    private static float[] mean(SourceImage img, RigGeometry rig, int[]... lists) {
        float[] s = new float[3];
        int n = 0;
        for (int[] list : lists) {
            for (int i : list) {
                int x = Math.round(rig.x(i)), y = Math.round(rig.y(i));
                if (x < 0 || y < 0 || x >= img.width() || y >= img.height()) continue;
                int p = img.pixel(x, y);
                s[0] += ((p >> 16) & 255) / 255f;
                s[1] += ((p >> 8) & 255) / 255f;
                s[2] += (p & 255) / 255f;
                n++;
            }
        }
        if (n == 0) return new float[]{0.6f, 0.35f, 0.35f};
        for (int c = 0; c < 3; c++) s[c] /= n;
        return s;
    }

    private static float luminance(float[] c) { return 0.299f * c[0] + 0.587f * c[1] + 0.114f * c[2]; }
}
