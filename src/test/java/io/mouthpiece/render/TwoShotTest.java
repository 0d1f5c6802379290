package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.gl.GlThread;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A picture with two faces holds two characters, each with its own rig and motion, rendered together. */
class TwoShotTest {

    @Test
    void eachCharacterMovesOnlyItsOwnFace() {
        SourceImage single = TestPortraits.astronaut();
        int w = single.width() * 2, h = single.height();
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(single.argb(), y * single.width(), px, y * w, single.width());
            System.arraycopy(single.argb(), y * single.width(), px, y * w + single.width(), single.width());
        }
        SourceImage twoShot = new SourceImage(w, h, px);
        float[] left = TestPortraits.astronautLandmarks();
        float[] right = left.clone();
        for (int i = 0; i < right.length; i += 3) right[i] += single.width();
        int[] tris = TestPortraits.canonicalTriangles();
        RenderScene scene = new RenderScene(twoShot, List.of(RigGeometry.fromLandmarks(left, tris), RigGeometry.fromLandmarks(right, tris)));

        try (GlThread gl = GlThread.start("gl-two-shot-test"); GlRigRenderer renderer = new GlRigRenderer(gl)) {
            ChannelValues talking = ChannelValues.rest().with(Channel.JAW_OPEN, 0.8);
            ChannelValues blinking = ChannelValues.rest().with(Channel.EYE_BLINK_LEFT, 1).with(Channel.EYE_BLINK_RIGHT, 1);
            int[] out = renderer.renderArgb(scene, List.of(talking, blinking), w, h);
            TestPortraits.save(out, w, h, "two-shot.png");

            int[] soloTalk = renderer.renderArgb(new RenderScene(single, List.of(TestPortraits.astronautRig())), List.of(talking), single.width(), h);
            int[] soloBlink = renderer.renderArgb(new RenderScene(single, List.of(TestPortraits.astronautRig())), List.of(blinking), single.width(), h);
            // Texture coordinates are normalised by a different image width, so bilinear weights may differ in the
            // last bit: allow 3 levels per channel.
            int worstLeft = 0, worstRight = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < single.width(); x++) {
                    worstLeft = Math.max(worstLeft, maxChannelDiff(soloTalk[y * single.width() + x], out[y * w + x]));
                    worstRight = Math.max(worstRight, maxChannelDiff(soloBlink[y * single.width() + x], out[y * w + x + single.width()]));
                }
            }
            assertTrue(worstLeft <= 3, "left half = the talking character alone, worst diff " + worstLeft);
            assertTrue(worstRight <= 3, "right half = the blinking one alone, worst diff " + worstRight);
            int differ = 0;
            for (int i = 0; i < soloTalk.length; i++) if (maxChannelDiff(soloTalk[i], soloBlink[i]) > 3) differ++;
            assertTrue(differ > 300, "the two characters must look different, " + differ + " px differ");
        }
    }

    static int maxChannelDiff(int a, int b) {
        int m = 0;
        for (int s = 0; s < 24; s += 8) m = Math.max(m, Math.abs(((a >> s) & 255) - ((b >> s) & 255)));
        return m;
    }
}
