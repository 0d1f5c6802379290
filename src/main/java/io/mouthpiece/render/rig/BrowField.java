package io.mouthpiece.render.rig;

import static io.mouthpiece.render.rig.FaceMeshIndices.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.ChannelValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brows: each brow point gets a target displacement (inner up, outer up, down-and-in), spread to the skin
 * around it with Gaussian weights over 0.05 W and a falloff to 0 at 0.14 W. Lid margins (eye rings 0 and 1)
 * stay, so the eyeball and lids do not shift when the brows move.
 */
final class BrowField {
    private final int[] vertices;      // affected vertices
    private final float[][] weights;   // per affected vertex: normalised weight per brow point, × falloff
    private final int[] browPoints;
    private final boolean[] rightSide, inner;

    BrowField(float[] fu, float[] fv) {
        browPoints = new int[RIGHT_BROW.length + LEFT_BROW.length];
        rightSide = new boolean[browPoints.length];
        inner = new boolean[browPoints.length];
        Set<Integer> innerSet = new HashSet<>();
        for (int i : RIGHT_BROW_INNER) innerSet.add(i);
        for (int i : LEFT_BROW_INNER) innerSet.add(i);
        int k = 0;
        for (int i : RIGHT_BROW) { browPoints[k] = i; rightSide[k] = true; inner[k++] = innerSet.contains(i); }
        for (int i : LEFT_BROW) { browPoints[k] = i; rightSide[k] = false; inner[k++] = innerSet.contains(i); }
        Set<Integer> fixed = new HashSet<>();
        for (int[] ring : new int[][]{RIGHT_EYE_UPPER_0, RIGHT_EYE_UPPER_1, RIGHT_EYE_LOWER_0, RIGHT_EYE_LOWER_1,
                LEFT_EYE_UPPER_0, LEFT_EYE_UPPER_1, LEFT_EYE_LOWER_0, LEFT_EYE_LOWER_1}) for (int i : ring) fixed.add(i);
        List<Integer> verts = new ArrayList<>();
        List<float[]> ws = new ArrayList<>();
        for (int v = 0; v < fu.length; v++) {
            if (fixed.contains(v)) continue;
            float dmin = Float.MAX_VALUE, sum = 0;
            float[] w = new float[browPoints.length];
            for (int b = 0; b < browPoints.length; b++) {
                float d = (float) Math.hypot(fu[v] - fu[browPoints[b]], fv[v] - fv[browPoints[b]]);
                dmin = Math.min(dmin, d);
                w[b] = (float) Math.exp(-(d / 0.05f) * (d / 0.05f));
                sum += w[b];
            }
            float falloff = 1f - RigDeformer.smoothstep(0.02f, 0.14f, dmin);
            if (falloff <= 0f || sum <= 0f) continue;
            for (int b = 0; b < w.length; b++) w[b] = w[b] / sum * falloff;
            verts.add(v);
            ws.add(w);
        }
        vertices = verts.stream().mapToInt(Integer::intValue).toArray();
        weights = ws.toArray(new float[0][]);
    }

    void apply(ChannelValues c, float[] du, float[] dv) {
        float innerUp = c.get(Channel.BROW_INNER_UP);
        float outR = c.get(Channel.BROW_OUTER_UP_RIGHT), outL = c.get(Channel.BROW_OUTER_UP_LEFT);
        float downR = c.get(Channel.BROW_DOWN_RIGHT), downL = c.get(Channel.BROW_DOWN_LEFT);
        if (innerUp == 0 && outR == 0 && outL == 0 && downR == 0 && downL == 0) return;
        float[] bu = new float[browPoints.length], bv = new float[browPoints.length];
        for (int b = 0; b < browPoints.length; b++) {
            float down = rightSide[b] ? downR : downL;
            bv[b] = inner[b] ? -0.035f * innerUp : -0.035f * (rightSide[b] ? outR : outL);
            bv[b] += 0.025f * down;
            bu[b] = (rightSide[b] ? 0.008f : -0.008f) * down;   // towards the nose
        }
        for (int k = 0; k < vertices.length; k++) {
            float x = 0, y = 0;
            for (int b = 0; b < browPoints.length; b++) { x += weights[k][b] * bu[b]; y += weights[k][b] * bv[b]; }
            du[vertices[k]] += x;
            dv[vertices[k]] += y;
        }
    }
}
