package io.mouthpiece.render;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.core.motion.Channel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every channel moves the face, and none changes a pixel outside 1.6× the face box (hair edge, neck, suit). */
class ChannelSweepTest extends AstronautGlTest {
    @ParameterizedTest
    @EnumSource(Channel.class)
    void channelAtItsExtremeMovesOnlyTheFace(Channel channel) {
        double value = channel.group() == io.mouthpiece.core.motion.ChannelGroup.HEAD && channel.max() > 1 ? 15 : channel.max();
        if (channel == Channel.TONGUE_UP) {
            assertTongueNeedsAnOpenMouth();
            return;
        }
        int[] out = renderer.renderArgb(scene, List.of(ChannelValues.rest().with(channel, value)), image.width(), image.height());
        TestPortraits.save(out, image.width(), image.height(), "channel-" + channel.id() + ".png");
        double[] box = GlRigRendererTest.faceBoxOf(rig, 1.6);
        int inside = 0, outside = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int i = y * image.width() + x;
                if ((out[i] & 0xFFFFFF) == (image.argb()[i] & 0xFFFFFF)) continue;
                if (x + 0.5 >= box[0] && x + 0.5 <= box[2] && y + 0.5 >= box[1] && y + 0.5 <= box[3]) inside++; else outside++;
            }
        }
        assertEquals(0, outside, channel.id() + " changed pixels outside 1.6x the face box");
        assertTrue(inside > 20, channel.id() + " should change the face, changed " + inside + " px");
    }

    private void assertTongueNeedsAnOpenMouth() {
        ChannelValues open = ChannelValues.rest().with(Channel.JAW_OPEN, 0.8);
        int[] a = renderer.renderArgb(scene, List.of(open), image.width(), image.height());
        int[] b = renderer.renderArgb(scene, List.of(open.with(Channel.TONGUE_UP, 1)), image.width(), image.height());
        TestPortraits.save(b, image.width(), image.height(), "channel-tongueUp.png");
        int changed = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) changed++;
        assertTrue(changed > 10, "tongueUp should raise the tongue inside an open mouth, changed " + changed);
    }
}
