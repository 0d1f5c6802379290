package io.mouthpiece.dub;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.media.ShotProber;
import io.mouthpiece.media.ShotReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Mouth descriptors measured on the rig-rendered talking shot follow the channels that drew it. */
class MouthMeasureTest {

    static List<MouthDescriptor> describe(TalkingShot shot) throws Exception {
        ShotProber.Probe probe = ShotProber.probe(shot.file);
        List<MouthDescriptor> out = new ArrayList<>();
        try (ShotReader r = ShotReader.open(shot.file, probe, false)) {
            for (int i = 0; i < TalkingShot.FRAMES; i++) {
                ShotReader.Picture p = r.frame(i);
                out.add(MouthMeasure.describe(shot.tracked.get(i), new RgbImage(p.width(), p.height(), p.rgb())));
            }
        }
        return out;
    }

    @Test
    void descriptorsTrackTheRenderedJawAndPucker() throws Exception {
        TalkingShot shot = TalkingShot.get();
        List<MouthDescriptor> d = describe(shot);
        double[] jaw = new double[d.size()], aperture = new double[d.size()], jawLen = new double[d.size()];
        double[] yawIn = new double[d.size()], yawOut = new double[d.size()], pucker = new double[d.size()], width = new double[d.size()];
        for (int i = 0; i < d.size(); i++) {
            assertFalse(d.get(i).lost(), "frame " + i + " lost");
            jaw[i] = shot.channels.get(i).get(Channel.JAW_OPEN);
            aperture[i] = d.get(i).aperture();
            jawLen[i] = d.get(i).jaw();
            yawIn[i] = shot.channels.get(i).get(Channel.HEAD_YAW);
            yawOut[i] = d.get(i).yaw();
            pucker[i] = shot.channels.get(i).get(Channel.MOUTH_PUCKER);
            width[i] = d.get(i).width();
        }
        double rAperture = Stats.correlation(jaw, aperture), rJaw = Stats.correlation(jaw, jawLen);
        double rYaw = Stats.correlation(yawIn, yawOut), rWidth = Stats.correlation(pucker, width);
        System.out.printf("descriptor vs rendered channels: r(jawOpen, aperture) %.3f, r(jawOpen, jaw) %.3f, r(headYaw, yaw) %.3f, r(pucker, width) %.3f%n",
                rAperture, rJaw, rYaw, rWidth);
        System.out.printf("aperture/W range %.3f..%.3f, teeth max %.2f, sharpness %.1f..%.1f%n",
                Stats.min(aperture), Stats.max(aperture), d.stream().mapToDouble(MouthDescriptor::teeth).max().orElse(0),
                d.stream().mapToDouble(MouthDescriptor::sharpness).min().orElse(0), d.stream().mapToDouble(MouthDescriptor::sharpness).max().orElse(0));
        // measured 0.89: the tracker's 1€ smoothing lags the fastest syllables by a frame
        assertTrue(rAperture > 0.8, "aperture follows jawOpen: r = " + rAperture);
        assertTrue(rJaw > 0.8, "jaw length follows jawOpen: r = " + rJaw);
        assertTrue(Math.abs(rYaw) > 0.8, "yaw follows headYaw: r = " + rYaw);
        assertTrue(rWidth < -0.5, "a pucker narrows the mouth: r = " + rWidth);
        // the one-pass analysis measured the same descriptors
        assertEquals(d, shot.analysis.descriptors());
        assertEquals(List.of(), shot.analysis.lostFrames());
        assertEquals(TalkingShot.TIMECODE, shot.analysis.info().timecode());
    }
}
