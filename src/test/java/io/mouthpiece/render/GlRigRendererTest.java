package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.rig.DeformedRig;
import io.mouthpiece.render.rig.FaceMeshIndices;
import io.mouthpiece.render.rig.RigDeformer;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlRigRendererTest extends AstronautGlTest {
    static int[] render(ChannelValues pose) {
        return renderer.renderArgb(scene, List.of(pose), image.width(), image.height());
    }

    /** The face box (landmark bounds) grown by {@code scale} about its centre: {x0, y0, x1, y1}. */
    static double[] faceBox(double scale) { return faceBoxOf(rig, scale); }

    static double[] faceBoxOf(RigGeometry rig, double scale) {
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (int i = 0; i < RigGeometry.LANDMARKS; i++) {
            x0 = Math.min(x0, rig.x(i)); x1 = Math.max(x1, rig.x(i));
            y0 = Math.min(y0, rig.y(i)); y1 = Math.max(y1, rig.y(i));
        }
        double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hw = (x1 - x0) / 2 * scale, hh = (y1 - y0) / 2 * scale;
        return new double[]{cx - hw, cy - hh, cx + hw, cy + hh};
    }

    @Test
    void rigSplitsTheCanonicalMeshAndAddsFadeRings() {
        assertEquals(852 + 216, rig.skinTriangles().length / 3);
        assertEquals(18, rig.mouthHoleTriangles().length / 3);
        assertEquals(28, rig.eyeHoleTriangles().length / 3);
        assertEquals(468 + 3 * 36, rig.vertexCount());
    }

    @Test
    void restPoseIsPixelIdenticalToTheSource() {
        int[] out = render(ChannelValues.rest());
        TestPortraits.save(out, image.width(), image.height(), "rest.png");
        int differing = 0;
        for (int i = 0; i < out.length; i++) if ((out[i] | 0xFF000000) != (image.argb()[i] | 0xFF000000)) differing++;
        assertEquals(0, differing, "pixels differing from the source at rest");
    }

    @Test
    void scaledRestPoseMatchesTheScaledSource() {
        RenderScene noFaces = new RenderScene(image, List.of());
        for (int size : new int[]{160, 480}) {
            int[] bare = renderer.renderArgb(noFaces, List.of(), size, size);
            int[] rest = renderer.renderArgb(scene, List.of(ChannelValues.rest()), size, size);
            assertArrayEquals(bare, rest, "rest at " + size + "px must equal the plain scaled source");
            int[] open = renderer.renderArgb(scene, List.of(ChannelValues.rest().with(Channel.JAW_OPEN, 1)), size, size);
            assertFalse(java.util.Arrays.equals(bare, open));
        }
    }

    @Test
    void renderingIsDeterministic() {
        ChannelValues pose = ChannelValues.rest().with(Channel.JAW_OPEN, 0.7).with(Channel.EYE_BLINK_LEFT, 0.5)
                .with(Channel.MOUTH_SMILE_RIGHT, 0.4).with(Channel.HEAD_YAW, 6);
        assertArrayEquals(render(pose), render(pose));
        try (GlRigRenderer other = new GlRigRenderer(gl)) {
            assertArrayEquals(render(pose), other.renderArgb(scene, List.of(pose), image.width(), image.height()));
        }
    }

    @Test
    void jawOpenChangesPixelsOnlyInsideTheFaceBox() {
        int[] out = render(ChannelValues.rest().with(Channel.JAW_OPEN, 1));
        TestPortraits.save(out, image.width(), image.height(), "jaw-1.png");
        double[] box = faceBox(1.6);
        int inside = 0, outside = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int i = y * image.width() + x;
                if ((out[i] & 0xFFFFFF) == (image.argb()[i] & 0xFFFFFF)) continue;
                boolean in = x + 0.5 >= box[0] && x + 0.5 <= box[2] && y + 0.5 >= box[1] && y + 0.5 <= box[3];
                if (in) inside++; else outside++;
            }
        }
        assertEquals(0, outside, "changed pixels outside 1.6x the face box");
        assertTrue(inside > 300, "jawOpen 1 should visibly change the face, changed " + inside);
    }

    @Test
    void mouthOpensMonotonicallyWithJawOpen() {
        RigDeformer deformer = new RigDeformer(rig);
        float w = deformer.frame().w();
        double[] gaps = new double[5];
        double[] darkness = new double[5];
        // Mouth box: the lips' columns, from the upper inner lip to well below the rest lower lip.
        int x0 = (int) rig.x(61), x1 = (int) Math.ceil(rig.x(291));
        int y0 = (int) rig.y(13), y1 = (int) Math.ceil(rig.y(14) + 0.15 * w);
        for (int k = 0; k < 5; k++) {
            ChannelValues pose = ChannelValues.rest().with(Channel.JAW_OPEN, k / 4.0);
            DeformedRig d = deformer.deform(pose);
            gaps[k] = Math.hypot(d.xy()[2 * 14] - d.xy()[2 * 13], d.xy()[2 * 14 + 1] - d.xy()[2 * 13 + 1]) / w;
            int[] out = render(pose);
            if (k == 2) TestPortraits.save(out, image.width(), image.height(), "jaw-0.5.png");
            double sum = 0;
            for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) sum += 255 - TestPortraits.luminance(out[y * image.width() + x]);
            darkness[k] = sum / ((y1 - y0 + 1) * (x1 - x0 + 1));
        }
        for (int k = 1; k < 5; k++) {
            assertTrue(gaps[k] > gaps[k - 1], "inner-lip gap must grow: " + java.util.Arrays.toString(gaps));
            assertTrue(darkness[k] > darkness[k - 1], "mouth box must darken: " + java.util.Arrays.toString(darkness));
        }
        // rig-notes: 14° opens the inner lips by about 0.17 W on top of the rest gap.
        assertEquals(0.17, gaps[4] - gaps[0], 0.06, java.util.Arrays.toString(gaps));
    }

    @Test
    void mouthCloseSealsTheOpenSourceMouth() {
        RigDeformer deformer = new RigDeformer(rig);
        assertTrue(deformer.openSource(), "the astronaut smiles with teeth showing");
        DeformedRig d = deformer.deform(ChannelValues.rest().with(Channel.MOUTH_CLOSE, 1));
        float w = deformer.frame().w();
        for (int j = 1; j < 10; j++) {
            int u = FaceMeshIndices.LIPS_UPPER_INNER[j], l = FaceMeshIndices.LIPS_LOWER_INNER[j];
            double gap = Math.hypot(d.xy()[2 * l] - d.xy()[2 * u], d.xy()[2 * l + 1] - d.xy()[2 * u + 1]);
            assertTrue(gap < 0.005 * w, "inner lips must meet, column " + j + " gap " + gap + " px");
        }
        int[] out = render(ChannelValues.rest().with(Channel.MOUTH_CLOSE, 1));
        TestPortraits.save(out, image.width(), image.height(), "mouth-close.png");
        // Source teeth are bright and unsaturated; once the lips meet, the rest hole holds lip colour instead.
        double before = teethFraction(image.argb()), after = teethFraction(out);
        assertTrue(before > 0.5, "source shows teeth in the rest hole: " + before);
        assertTrue(after < 0.1, "teeth left after mouthClose: " + after);
    }

    /** Fraction of teeth-like pixels (bright, not pink) on the segments between the rest inner-lip pairs. */
    static double teethFraction(int[] px) {
        int teeth = 0, total = 0;
        for (int j = 2; j < 9; j++) {
            int u = FaceMeshIndices.LIPS_UPPER_INNER[j], l = FaceMeshIndices.LIPS_LOWER_INNER[j];
            for (int s = 1; s < 6; s++) {
                double f = s / 6.0;
                int x = (int) Math.round(rig.x(u) + f * (rig.x(l) - rig.x(u)));
                int y = (int) Math.round(rig.y(u) + f * (rig.y(l) - rig.y(u)));
                int p = px[y * image.width() + x];
                int r = (p >> 16) & 255, g = (p >> 8) & 255, b = p & 255;
                total++;
                if (r > 150 && g >= 0.84 * r) teeth++;   // lips here are pale but pinker (G < 0.82 R)
            }
        }
        return teeth / (double) total;
    }

    @Test
    void blinkBringsTheUpperLidDownToTheLowerLid() {
        RigDeformer deformer = new RigDeformer(rig);
        DeformedRig d = deformer.deform(ChannelValues.rest().with(Channel.EYE_BLINK_LEFT, 1).with(Channel.EYE_BLINK_RIGHT, 1));
        for (int[][] eye : new int[][][]{{FaceMeshIndices.RIGHT_EYE_UPPER_0, FaceMeshIndices.RIGHT_EYE_LOWER_0},
                {FaceMeshIndices.LEFT_EYE_UPPER_0, FaceMeshIndices.LEFT_EYE_LOWER_0}}) {
            for (int j = 1; j < eye[0].length - 1; j++) {
                int u = eye[0][j], l = eye[1][j];
                double restGap = rig.y(l) - rig.y(u);
                double gap = d.xy()[2 * l + 1] - d.xy()[2 * u + 1];
                assertTrue(Math.abs(gap) < 0.05 * Math.max(restGap, 1) + 0.05, "lid column " + j + " gap " + gap + " (rest " + restGap + ")");
            }
        }
        int[] out = render(ChannelValues.rest().with(Channel.EYE_BLINK_LEFT, 1).with(Channel.EYE_BLINK_RIGHT, 1));
        TestPortraits.save(out, image.width(), image.height(), "blink-1.png");
        // The eye whites are covered: the brightest pixels inside each rest eye opening get darker.
        for (int centre : new int[]{159, 386}) {
            int cx = Math.round(rig.x(centre)), cy = Math.round((rig.y(centre) + rig.y(centre == 159 ? 145 : 374)) / 2);
            double before = 0, after = 0;
            for (int y = cy - 1; y <= cy + 1; y++) {
                for (int x = cx - 6; x <= cx + 6; x++) {
                    before = Math.max(before, TestPortraits.luminance(image.pixel(x, y)));
                    after = Math.max(after, TestPortraits.luminance(out[y * image.width() + x]));
                }
            }
            assertTrue(after < before, "eye " + centre + ": brightest " + before + " -> " + after);
        }
    }

    @Test
    void gazeMovesTheIrisInsideTheOpening() {
        int[] out = render(ChannelValues.rest().with(Channel.GAZE_X, 1));
        for (int[] eye : new int[][]{{33, 133, 159, 145}, {263, 362, 386, 374}}) {
            double before = darkCentroidX(image.argb(), eye), after = darkCentroidX(out, eye);
            assertTrue(after - before > 1.5, "iris centroid should move right: " + before + " -> " + after);
        }
    }

    /** x centroid of the dark (iris) pixels between the eye corners and lids. */
    static double darkCentroidX(int[] px, int[] eye) {
        int x0 = (int) Math.min(rig.x(eye[0]), rig.x(eye[1])), x1 = (int) Math.ceil(Math.max(rig.x(eye[0]), rig.x(eye[1])));
        int y0 = (int) rig.y(eye[2]), y1 = (int) Math.ceil(rig.y(eye[3]));
        double sx = 0, n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dark = Math.max(0, 110 - TestPortraits.luminance(px[y * image.width() + x]));
                sx += dark * x;
                n += dark;
            }
        }
        return sx / n;
    }

    @Test
    void eyesAndTeethMoveWithTheHead() {
        ChannelValues pose = ChannelValues.rest().with(Channel.HEAD_X, 0.05);
        int[] out = render(pose);
        TestPortraits.save(out, image.width(), image.height(), "head-x.png");
        DeformedRig d = new RigDeformer(rig).deform(pose);
        int shift = Math.round(d.xy()[2 * 1] - rig.x(1));   // nose tip displacement
        assertTrue(shift >= 3, "head moved " + shift + " px");
        for (int centre : new int[]{159, 386, 13}) {
            int cx = Math.round(rig.x(centre)), cy = Math.round(rig.y(centre)) + 3;
            double moved = 0, stayed = 0;
            for (int y = cy - 3; y <= cy + 3; y++) {
                for (int x = cx - 4; x <= cx + 4; x++) {
                    double src = TestPortraits.luminance(image.pixel(x, y));
                    moved += Math.abs(TestPortraits.luminance(out[y * image.width() + x + shift]) - src);
                    stayed += Math.abs(TestPortraits.luminance(out[y * image.width() + x]) - src);
                }
            }
            assertTrue(moved < 0.5 * stayed, "feature " + centre + " should follow the head: diff moved " + moved + " vs in place " + stayed);
        }
    }
}
