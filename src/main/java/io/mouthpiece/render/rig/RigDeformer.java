package io.mouthpiece.render.rig;

import static io.mouthpiece.render.rig.FaceMeshIndices.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.RigGeometry;

/**
 * Moves a rig's vertices from motion channels, on the CPU (a thousand vertices: well under a millisecond, and
 * Java float maths is deterministic). Every displacement is built in the face frame in W units, then rotated by
 * the small 2.5D head motion and scaled by the vertex's fade weight. All channels 0 give exactly the rest
 * positions. Numbers come from docs/rig-notes (a CPU prototype): jaw = rotation about the x axis through
 * mid(234,454) + (0, 0.10 W, 0.05 W deeper), 14° at jawOpen 1; lids close over a static eyeball.
 */
public final class RigDeformer {
    static final float JAW_MAX_DEG = 14f;
    static final float JAW_CAP_DEG = 18f;
    static final float HEAD_MAX_DEG = 15f;
    /** Head offsets beyond this (W units) would fold the fade rings; the rig is for small motion only. */
    static final float HEAD_MAX_SHIFT = 0.08f;

    private final RigGeometry rig;
    private final FaceFrame frame;
    private final int n;
    private final float[] fu, fv, fz;       // rest, face frame, W units (z relative to the cheeks' mean depth)
    private final float[] jawWeight;
    private final float[] lipRingS;         // −1 = not a lip ring vertex; else 0 inner … 1 outer
    private final boolean[] upperLip;
    private final int[] lipColumn;
    private final float[] mouthFalloff;     // 1 on the lips, fading out around the mouth
    private final float seamU, seamV, halfWidth, lowerLipHeight;
    private final boolean openSource;       // rest inner-lip gap > 0.01 W: teeth or a dark gap show
    private final EyeLids rightEye, leftEye;
    private final BrowField brows;

    public RigDeformer(RigGeometry rig) {
        this.rig = rig;
        this.frame = FaceFrame.of(rig);
        n = rig.vertexCount();
        fu = new float[n];
        fv = new float[n];
        fz = new float[n];
        float z0 = (rig.z(RIGHT_CHEEK) + rig.z(LEFT_CHEEK)) / 2;
        for (int i = 0; i < n; i++) {
            fu[i] = frame.u(rig.x(i), rig.y(i));
            fv[i] = frame.v(rig.x(i), rig.y(i));
            fz[i] = (rig.z(i) - z0) / frame.w();
        }
        seamU = (fu[13] + fu[14]) / 2;
        seamV = (fv[13] + fv[14]) / 2;
        halfWidth = Math.max(0.05f, Math.abs(fu[291] - fu[61]) / 2);
        lowerLipHeight = Math.max(0.01f, Math.abs(fv[17] - fv[14]));
        openSource = fv[14] - fv[13] > 0.01f;

        lipRingS = new float[n];
        java.util.Arrays.fill(lipRingS, -1f);
        upperLip = new boolean[n];
        lipColumn = new int[n];
        for (int r = 0; r < 4; r++) {
            for (int j = 0; j < 11; j++) {
                int u = UPPER_LIP_RINGS[r][j], l = LOWER_LIP_RINGS[r][j];
                lipRingS[u] = r / 3f; upperLip[u] = true; lipColumn[u] = j;
                lipRingS[l] = r / 3f; upperLip[l] = j == 0 || j == 10; lipColumn[l] = j;
            }
        }
        jawWeight = new float[n];
        mouthFalloff = new float[n];
        for (int i = 0; i < n; i++) {
            jawWeight[i] = jawWeight(i);
            float mu = fu[i] - seamU, mv = fv[i] - seamV;
            float r = (float) Math.hypot(mu / (1.7f * halfWidth), mv / (1.3f * halfWidth));
            mouthFalloff[i] = lipRingS[i] >= 0 ? 1f : 1f - smoothstep(0.55f, 1f, r);
        }
        rightEye = new EyeLids(RIGHT_EYE_UPPER_0, RIGHT_EYE_UPPER_1, RIGHT_EYE_UPPER_2,
                RIGHT_EYE_LOWER_0, RIGHT_EYE_LOWER_1, RIGHT_EYE_LOWER_2, fv);
        leftEye = new EyeLids(LEFT_EYE_UPPER_0, LEFT_EYE_UPPER_1, LEFT_EYE_UPPER_2,
                LEFT_EYE_LOWER_0, LEFT_EYE_LOWER_1, LEFT_EYE_LOWER_2, fv);
        brows = new BrowField(fu, fv);
    }

    public FaceFrame frame() { return frame; }

    /** True when the pose moves the whole head (rotation, offset, breath): the skull-fixed parts move too. */
    public static boolean headMoves(ChannelValues c) {
        return c.get(Channel.HEAD_YAW) != 0 || c.get(Channel.HEAD_PITCH) != 0 || c.get(Channel.HEAD_ROLL) != 0
                || c.get(Channel.HEAD_X) != 0 || c.get(Channel.HEAD_Y) != 0 || c.get(Channel.BREATH) != 0;
    }

    /** True when the source mouth is open at rest (teeth or a gap show between the inner lips). */
    public boolean openSource() { return openSource; }

    private float taper(float mu) {
        float t = Math.min(1f, Math.abs(mu) / halfWidth);
        return 0.45f + 0.55f * (1 - t * t);
    }

    /** How much vertex i follows the jaw rotation (rig-notes: lens-shaped opening, rigid chin). */
    private float jawWeight(int i) {
        float mu = fu[i] - seamU, mv = fv[i] - seamV;
        if (lipRingS[i] >= 0) return upperLip[i] ? 0f : taper(mu);
        float rigid = smoothstep(0f, 2.6f * lowerLipHeight, mv - lowerLipHeight);
        if (Math.abs(mu) <= halfWidth) {
            if (mv <= 0) return 0f;
            return lerp(taper(mu), 1f, rigid);
        }
        float cornerV = (mu < 0 ? fv[61] : fv[291]) - seamV;
        float d = Math.abs(mu) - halfWidth;
        float e = 0.004f + 0.55f * d;
        float split = smoothstep(-e, e, mv - cornerV);
        return split * lerp(0.45f, 1f, smoothstep(0f, 2.6f * lowerLipHeight, mv - cornerV));
    }

    /** Deforms the rig for one frame. */
    public DeformedRig deform(ChannelValues c) {
        float[] du = new float[n], dv = new float[n];
        float[] mix = new float[n];
        jawAndLips(c, du, dv);
        float gazeY = c.get(Channel.GAZE_Y);
        rightEye.apply(c.get(Channel.EYE_BLINK_RIGHT), c.get(Channel.EYE_WIDE_RIGHT), c.get(Channel.EYE_SQUINT_RIGHT), gazeY, dv, mix);
        leftEye.apply(c.get(Channel.EYE_BLINK_LEFT), c.get(Channel.EYE_WIDE_LEFT), c.get(Channel.EYE_SQUINT_LEFT), gazeY, dv, mix);
        brows.apply(c, du, dv);

        Head head = new Head(c);
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            float pu = fu[i] + du[i], pv = fv[i] + dv[i];
            float tu = head.u(pu, pv, fz[i]) - fu[i], tv = head.v(pu, pv, fz[i]) - fv[i];
            float f = rig.fade()[i];
            xy[2 * i] = rig.x(i) + f * frame.dx(tu, tv);
            xy[2 * i + 1] = rig.y(i) + f * frame.dy(tu, tv);
        }
        return new DeformedRig(xy, mix, mouth(head, xy));
    }

    private void jawAndLips(ChannelValues c, float[] du, float[] dv) {
        float close = c.get(Channel.MOUTH_CLOSE);
        float deg = Math.min(JAW_CAP_DEG, c.get(Channel.JAW_OPEN) * JAW_MAX_DEG) - (openSource ? 4.4f * close : 0f);
        double theta = Math.toRadians(deg);
        float pivotV = 0.10f, pivotZ = 0.05f;
        for (int i = 0; i < n; i++) {
            float w = jawWeight[i];
            if (w == 0f || theta == 0) continue;
            double a = w * theta;
            float rv = fv[i] - pivotV, rz = fz[i] - pivotZ;
            dv[i] += (float) (rv * Math.cos(a) - rz * Math.sin(a)) - rv;
        }
        float lowerDrop = dv[14];
        float pucker = c.get(Channel.MOUTH_PUCKER), funnel = c.get(Channel.MOUTH_FUNNEL);
        float stretch = c.get(Channel.MOUTH_STRETCH), press = c.get(Channel.MOUTH_PRESS);
        float upperUp = c.get(Channel.MOUTH_UPPER_UP), lowerDown = c.get(Channel.MOUTH_LOWER_DOWN);
        float smileR = c.get(Channel.MOUTH_SMILE_RIGHT), smileL = c.get(Channel.MOUTH_SMILE_LEFT);
        float frownR = c.get(Channel.MOUTH_FROWN_RIGHT), frownL = c.get(Channel.MOUTH_FROWN_LEFT);
        float shift = c.get(Channel.MOUTH_SHIFT);
        float narrow = 0.36f * pucker + 0.26f * funnel;
        float pout = 0.35f * pucker + 0.25f * funnel;

        for (int i = 0; i < n; i++) {
            float g = mouthFalloff[i];
            if (g == 0f) continue;
            float mu = fu[i] - seamU, mv = fv[i] - seamV;
            float t = clamp(mu / halfWidth, -1f, 1f);
            float at = Math.abs(t);
            float x = 0f, y = 0f;
            x += -narrow * mu;                                   // pucker / funnel: corners in
            x += 0.065f * stretch * t;                           // stretch: corners out
            float right = smoothstep(0f, 1f, -t * 1.2f), left = smoothstep(0f, 1f, t * 1.2f);
            float cornerR = right * (float) Math.pow(at, 1.5), cornerL = left * (float) Math.pow(at, 1.5);
            x += -0.045f * smileR * cornerR + 0.045f * smileL * cornerL;
            y += -0.05f * (smileR * cornerR + smileL * cornerL) + 0.04f * (frownR * cornerR + frownL * cornerL);
            if (lipRingS[i] < 0 && Math.abs(mu) > halfWidth && mv < 0) {  // cheek bulge beside a smile
                x += 0.025f * (-smileR * right + smileL * left);
            }
            x += 0.03f * shift;
            if (lipRingS[i] >= 0) {
                float s = lipRingS[i];
                float mid = 1 - t * t;
                float away = upperLip[i] ? -1f : 1f;             // away from the seam
                y += away * pout * lowerLipHeight * s * mid;
                float hole = Math.max(0f, 1 - (t / 0.6f) * (t / 0.6f));
                y += away * 0.014f * funnel * hole * (1 - s * 0.5f);
                if (upperLip[i]) {
                    y += -0.035f * upperUp * (float) Math.sqrt(mid);
                    if (!openSource) y += -0.18f * lowerDrop * taper(mu) * (1 - 0.3f * s);
                } else {
                    y += 0.035f * lowerDown * mid;
                    y -= 0.6f * funnel * dv[i] * (1 - mid);      // funnel: lower corners do not follow the jaw
                }
            } else if (mv < 0 && Math.abs(mu) < halfWidth * 1.2f) {
                y += -0.02f * upperUp * g;                       // skin between lip and nose follows a little
            }
            du[i] += g * x;
            dv[i] += g * y;
        }
        // Column-wise lip maths on the already moved lips: press / stretch thin the lips towards the inner
        // contour; mouthClose makes the inner pairs meet (upper 35 %, lower 65 %), the outer rings following less.
        float thin = 0.5f * press + 0.22f * stretch;
        float[] follow = {1f, 0.8f, 0.6f, 0.45f};
        for (int j = 1; j < 10; j++) {
            int ui = LIPS_UPPER_INNER[j], li = LIPS_LOWER_INNER[j];
            float gu = (fu[li] + du[li]) - (fu[ui] + du[ui]);
            float gv = (fv[li] + dv[li]) - (fv[ui] + dv[ui]);
            float baseUu = fu[ui] + du[ui], baseUv = fv[ui] + dv[ui];
            float baseLu = fu[li] + du[li], baseLv = fv[li] + dv[li];
            for (int r = 3; r >= 0; r--) {
                int u = UPPER_LIP_RINGS[r][j], l = LOWER_LIP_RINGS[r][j];
                if (thin > 0 && r > 0) {
                    du[u] -= thin * (fu[u] + du[u] - baseUu) * (r / 3f);
                    dv[u] -= thin * (fv[u] + dv[u] - baseUv) * (r / 3f);
                    du[l] -= thin * (fu[l] + du[l] - baseLu) * (r / 3f);
                    dv[l] -= thin * (fv[l] + dv[l] - baseLv) * (r / 3f);
                }
                if (close > 0) {
                    du[u] += 0.35f * close * gu * follow[r];
                    dv[u] += 0.35f * close * gv * follow[r];
                    du[l] -= 0.65f * close * gu * follow[r];
                    dv[l] -= 0.65f * close * gv * follow[r];
                }
            }
        }
    }

    private DeformedRig.MouthOpening mouth(Head head, float[] xy) {
        float cx = (xy[2 * 61] + xy[2 * 291]) / 2, cy = (xy[2 * 61 + 1] + xy[2 * 291 + 1]) / 2;
        // The opening's frame turns with the skull (head roll), not with the lips' own shapes.
        float ax = frame.dx(head.u(1, 0, 0) - head.u(0, 0, 0), head.v(1, 0, 0) - head.v(0, 0, 0));
        float ay = frame.dy(head.u(1, 0, 0) - head.u(0, 0, 0), head.v(1, 0, 0) - head.v(0, 0, 0));
        float len = (float) Math.hypot(ax, ay);
        ax /= len;
        ay /= len;
        float w = frame.w();
        float[] up = curve(LIPS_UPPER_INNER, xy, cx, cy, ax, ay, w);
        float[] lo = curve(LIPS_LOWER_INNER, xy, cx, cy, ax, ay, w);
        float[] restXy = new float[2 * n];
        float sx = 0, sy = 0;
        for (int i : new int[]{13, 14}) {
            float tu = head.u(fu[i], fv[i], fz[i]) - fu[i], tv = head.v(fu[i], fv[i], fz[i]) - fv[i];
            sx += frame.dx(tu, tv) / 2;
            sy += frame.dy(tu, tv) / 2;
        }
        for (int[] ring : new int[][]{LIPS_UPPER_INNER, LIPS_LOWER_INNER}) {
            for (int i : ring) {
                float tu = head.u(fu[i], fv[i], fz[i]) - fu[i], tv = head.v(fu[i], fv[i], fz[i]) - fv[i];
                restXy[2 * i] = rig.x(i) + frame.dx(tu, tv);
                restXy[2 * i + 1] = rig.y(i) + frame.dy(tu, tv);
            }
        }
        float rcx = cx, rcy = cy;
        float[] rup = curve(LIPS_UPPER_INNER, restXy, rcx, rcy, ax, ay, w);
        float[] rlo = curve(LIPS_LOWER_INNER, restXy, rcx, rcy, ax, ay, w);
        if (isRestMouth(xy, restXy)) {
            rup = up;
            rlo = lo;
        }
        return new DeformedRig.MouthOpening(cx, cy, ax, ay, w, halfWidth, up, lo, rup, rlo, sx, sy);
    }

    /** When the inner lips sit exactly where the skull put them, share the arrays so extra gap is exactly 0. */
    private static boolean isRestMouth(float[] xy, float[] restXy) {
        for (int[] ring : new int[][]{LIPS_UPPER_INNER, LIPS_LOWER_INNER}) {
            for (int i : ring) if (xy[2 * i] != restXy[2 * i] || xy[2 * i + 1] != restXy[2 * i + 1]) return false;
        }
        return true;
    }

    private static float[] curve(int[] ring, float[] xy, float cx, float cy, float ax, float ay, float w) {
        float[] out = new float[ring.length * 2];
        for (int j = 0; j < ring.length; j++) {
            float dx = xy[2 * ring[j]] - cx, dy = xy[2 * ring[j] + 1] - cy;
            out[2 * j] = (dx * ax + dy * ay) / w;
            out[2 * j + 1] = (-dx * ay + dy * ax) / w;
        }
        return out;
    }

    /** Small 2.5D head rotation about a centre half a face width behind the cheeks, plus offsets and breath. */
    private static final class Head {
        final double cy, sy, cp, sp, cr, sr;
        final float tx, ty;
        final boolean identity;

        Head(ChannelValues c) {
            double yaw = Math.toRadians(clamp(c.get(Channel.HEAD_YAW), -HEAD_MAX_DEG, HEAD_MAX_DEG));
            double pitch = Math.toRadians(clamp(c.get(Channel.HEAD_PITCH), -HEAD_MAX_DEG, HEAD_MAX_DEG));
            double roll = Math.toRadians(clamp(c.get(Channel.HEAD_ROLL), -HEAD_MAX_DEG, HEAD_MAX_DEG));
            cy = Math.cos(yaw); sy = Math.sin(yaw);
            cp = Math.cos(pitch); sp = Math.sin(pitch);
            cr = Math.cos(roll); sr = Math.sin(roll);
            tx = clamp(c.get(Channel.HEAD_X), -HEAD_MAX_SHIFT, HEAD_MAX_SHIFT);
            ty = clamp(c.get(Channel.HEAD_Y), -HEAD_MAX_SHIFT, HEAD_MAX_SHIFT) - 0.006f * c.get(Channel.BREATH);
            identity = yaw == 0 && pitch == 0 && roll == 0 && tx == 0 && ty == 0;
        }

        private double[] apply(float u, float v, float z) {
            double zc = z - 0.5;                        // rotate about a centre 0.5 W behind the face plane
            double u1 = u * cy - zc * sy, z1 = u * sy + zc * cy;   // yaw: front points move to image right
            double v2 = v * cp - z1 * sp;                           // pitch: front points move down
            double u3 = u1 * cr - v2 * sr, v3 = u1 * sr + v2 * cr; // roll, clockwise in the image
            return new double[]{u3 + tx, v3 + ty};
        }

        float u(float u, float v, float z) { return identity ? u : (float) apply(u, v, z)[0]; }

        float v(float u, float v, float z) { return identity ? v : (float) apply(u, v, z)[1]; }
    }

    static float smoothstep(float e0, float e1, float x) {
        if (e0 == e1) return x < e0 ? 0f : 1f;
        float t = clamp((x - e0) / (e1 - e0), 0f, 1f);
        return t * t * (3 - 2 * t);
    }

    static float clamp(float x, float lo, float hi) { return Math.max(lo, Math.min(hi, x)); }

    static float lerp(float a, float b, float t) { return a + (b - a) * t; }
}
