package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.rig.DeformedRig;
import io.mouthpiece.render.rig.RigDeformer;
import org.junit.jupiter.api.Test;

/** Geometry of the deformers on the astronaut rig, against the ranges measured in rig-notes.md. */
class RigDeformerTest {
    static final RigGeometry RIG = TestPortraits.astronautRig();
    static final RigDeformer DEFORMER = new RigDeformer(RIG);

    static double width(DeformedRig d) {
        return Math.hypot(d.xy()[2 * 291] - d.xy()[2 * 61], d.xy()[2 * 291 + 1] - d.xy()[2 * 61 + 1]);
    }

    static double change(Channel c, double value) {
        double rest = width(DEFORMER.deform(ChannelValues.rest()));
        return width(DEFORMER.deform(ChannelValues.rest().with(c, value))) / rest - 1;
    }

    @Test
    void restIsExactlyTheRig() {
        DeformedRig d = DEFORMER.deform(ChannelValues.rest());
        for (int i = 0; i < RIG.vertexCount(); i++) {
            assertEquals(RIG.x(i), d.xy()[2 * i]);
            assertEquals(RIG.y(i), d.xy()[2 * i + 1]);
            assertEquals(0f, d.skinMix()[i]);
        }
    }

    @Test
    void lipShapesChangeMouthWidthAsMeasuredOnThePrototype() {
        double pucker = change(Channel.MOUTH_PUCKER, 1), stretch = change(Channel.MOUTH_STRETCH, 1);
        double smile = (change(Channel.MOUTH_SMILE_LEFT, 1) + change(Channel.MOUTH_SMILE_RIGHT, 1));
        assertTrue(pucker < -0.12 && pucker > -0.40, "pucker width change " + pucker);
        assertTrue(stretch > 0.08 && stretch < 0.30, "stretch width change " + stretch);
        assertTrue(smile > 0.08 && smile < 0.35, "smile (both sides) width change " + smile);
    }

    @Test
    void browsAndLidsMoveTheRightWay() {
        DeformedRig up = DEFORMER.deform(ChannelValues.rest().with(Channel.BROW_INNER_UP, 1));
        assertTrue(up.xy()[2 * 107 + 1] < RIG.y(107) - 1, "inner brow rises");
        assertEquals(RIG.y(159), up.xy()[2 * 159 + 1], 1e-4, "the lid margin stays when brows move");
        DeformedRig down = DEFORMER.deform(ChannelValues.rest().with(Channel.BROW_DOWN_LEFT, 1));
        assertTrue(down.xy()[2 * 334 + 1] > RIG.y(334) + 0.5, "left brow lowers");
        assertEquals(RIG.y(105), down.xy()[2 * 105 + 1], 1e-4, "the right brow stays");
        DeformedRig wide = DEFORMER.deform(ChannelValues.rest().with(Channel.EYE_WIDE_RIGHT, 1));
        assertTrue(wide.xy()[2 * 159 + 1] < RIG.y(159) - 0.5, "wide raises the upper lid");
        DeformedRig squint = DEFORMER.deform(ChannelValues.rest().with(Channel.EYE_SQUINT_LEFT, 1));
        assertTrue(squint.xy()[2 * 374 + 1] < RIG.y(374), "squint raises the lower lid");
    }

    @Test
    void jawStaysInItsMeasuredRange() {
        float w = DEFORMER.frame().w();
        DeformedRig open = DEFORMER.deform(ChannelValues.rest().with(Channel.JAW_OPEN, 1));
        double chin = (open.xy()[2 * 152 + 1] - RIG.y(152)) / w;
        assertTrue(chin > 0.05 && chin < 0.12, "chin drop at 14 degrees: " + chin + " W (rig-notes 0.06-0.10)");
        double jawAngle = Math.hypot(open.xy()[2 * 172] - RIG.x(172), open.xy()[2 * 172 + 1] - RIG.y(172)) / w;
        assertTrue(jawAngle < 0.03, "the jaw angle barely moves under rotation: " + jawAngle + " W");
        double upperLip = (open.xy()[2 * 0 + 1] - RIG.y(0)) / w;
        assertTrue(Math.abs(upperLip) < 0.01, "upper lip stays: " + upperLip);
    }
}
