package io.mouthpiece.dub;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.render.ChannelValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Viterbi selection over the rig-rendered talking shot's own frames. */
class MouthSelectorTest {
    static TalkingShot shot;
    static List<MouthDescriptor> descriptors;

    @BeforeAll
    static void shot() throws Exception {
        shot = TalkingShot.get();
        descriptors = MouthMeasureTest.describe(shot);
    }

    static List<ShapeMapping.ChannelSource> sources(List<ChannelValues> cs) {
        List<ShapeMapping.ChannelSource> out = new ArrayList<>();
        for (ChannelValues c : cs) out.add(c::get);
        return out;
    }

    /** Line B: another rhythm (11-frame syllables, a closure run, rounding early) over the same frames. */
    static ChannelValues lineB(int i) {
        double syllable = Math.max(0, Math.sin(2 * Math.PI * i / 11.0 + 0.7));
        double jaw = i >= 24 && i < 29 ? 0 : 0.9 * syllable;
        return ChannelValues.rest().with(Channel.JAW_OPEN, jaw).with(Channel.MOUTH_PUCKER, i >= 5 && i < 12 ? 0.7 : 0);
    }

    static List<MouthTarget> targets(ShapeMapping mapping, List<ShapeMapping.ChannelSource> line) {
        return targets(mapping, line, descriptors);
    }

    /** Targets over the shot's frames: line's channels, each frame's own pose and brightness. */
    static List<MouthTarget> targets(ShapeMapping mapping, List<ShapeMapping.ChannelSource> line, List<MouthDescriptor> background) {
        List<MouthTarget> t = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) t.add(MouthTarget.of(mapping, line.get(i), background.get(i)));
        return t;
    }

    @Test
    void theShotsOwnMotionPicksTheShotsOwnFrames() {
        MouthDatabase db = MouthDatabase.of(descriptors, shot.tracked);
        List<ShapeMapping.ChannelSource> own = sources(shot.channels);
        ShapeMapping mapping = ShapeMapping.calibrated(db, own);
        MouthSelector.Selection sel = new MouthSelector().select(targets(mapping, own), db, mapping);
        int same = 0;
        for (int i = 0; i < sel.source().length; i++) if (sel.source()[i] == i) same++;
        StringBuilder skipped = new StringBuilder();
        for (int i = 0; i < TalkingShot.FRAMES; i++) if (!db.usable(i)) skipped.append(i).append(':').append(db.skipReason(i)).append(' ');
        System.out.println("skipped frames: " + skipped);
        System.out.printf("identity: %d of %d picks are the frame itself; %d joins, mean run %.1f frames; picks %s%n",
                same, sel.source().length, sel.joins(), sel.meanRunLength(), Arrays.toString(sel.source()));
        // The shot's ends hold one rest mouth, so another rest frame can cost less than the frame itself once the
        // mapping is fitted (60/60 before the exports' exact BT.601 conversion, 47/60 with it): the identity must
        // dominate and come in long runs, not be exact.
        assertTrue(same >= 0.75 * TalkingShot.FRAMES, same + " identical picks");
        assertTrue(sel.meanRunLength() >= 10, "mean run " + sel.meanRunLength());
        assertEquals(0, sel.unmatchedCount());
    }

    @Test
    void aGuardKeepsEachFramesOwnMouthFromComingBack() {
        // dubbing over most of its own shot: the shot's own motion asked again, each output frame's own mouth and
        // those within 6 frames forbidden, must still be served (from elsewhere in the shot) and never from nearby
        MouthDatabase db = MouthDatabase.of(descriptors, shot.tracked);
        List<ShapeMapping.ChannelSource> own = sources(shot.channels);
        ShapeMapping mapping = ShapeMapping.calibrated(db, own);
        MouthSelector.Selection sel = new MouthSelector().select(targets(mapping, own), db, mapping,
                (out, frame) -> Math.abs(frame - out) <= 6);
        for (int i = 0; i < sel.source().length; i++) {
            assertTrue(Math.abs(sel.source()[i] - i) > 6, "output " + i + " picked its neighbour " + sel.source()[i]);
        }
        double[] asked = new double[sel.source().length], shown = new double[sel.source().length];
        for (int i = 0; i < asked.length; i++) {
            asked[i] = shot.channels.get(i).get(Channel.JAW_OPEN);
            shown[i] = shot.channels.get(sel.source()[i]).get(Channel.JAW_OPEN);
        }
        double r = Stats.correlation(asked, shown);
        System.out.printf("guarded identity: r(asked jawOpen, picked frames' jawOpen) %.3f; picks %s%n", r, Arrays.toString(sel.source()));
        assertTrue(r > 0.6, "r " + r);
    }

    @Test
    void anotherLinePicksFramesWithItsOpenings() {
        MouthDatabase db = MouthDatabase.of(descriptors, shot.tracked);
        ShapeMapping mapping = ShapeMapping.calibrated(db, sources(shot.channels));
        List<ChannelValues> b = new ArrayList<>();
        for (int i = 0; i < TalkingShot.FRAMES; i++) b.add(lineB(i));
        MouthSelector.Selection sel = new MouthSelector().select(targets(mapping, sources(b)), db, mapping);
        double[] asked = new double[b.size()], shown = new double[b.size()], lineA = new double[b.size()];
        for (int i = 0; i < b.size(); i++) {
            asked[i] = b.get(i).get(Channel.JAW_OPEN);
            shown[i] = shot.channels.get(sel.source()[i]).get(Channel.JAW_OPEN); // ground truth of the picked frame
            lineA[i] = shot.channels.get(i).get(Channel.JAW_OPEN);
        }
        double r = Stats.correlation(asked, shown), leak = Stats.correlation(lineA, shown);
        System.out.printf("line B: r(B's jawOpen, picked frames' jawOpen) %.3f, against line A %.3f; %d joins, mean run %.1f; picks %s%n",
                r, leak, sel.joins(), sel.meanRunLength(), Arrays.toString(sel.source()));
        assertTrue(r >= 0.8, "picks follow line B: r = " + r);
        assertTrue(leak < 0.5, "line A does not leak: r = " + leak);
        for (int i = 24; i < 29; i++) {
            assertTrue(shown[i] < 0.15, "B's closure at " + i + " shows a frame with jawOpen " + shown[i]);
        }
        assertTrue(sel.meanRunLength() > 1.5, "some runs of real footage: " + sel.meanRunLength());
    }

    @Test
    void aShapeTheShotNeverShowsIsFlagged() {
        // a database of the shot's nearly closed frames only: B's wide openings are not in it
        MouthDatabase db = MouthDatabase.of(descriptors, shot.tracked, i -> shot.channels.get(i).get(Channel.JAW_OPEN) > 0.15);
        ShapeMapping mapping = ShapeMapping.calibrated(MouthDatabase.of(descriptors, shot.tracked), sources(shot.channels));
        List<ChannelValues> b = new ArrayList<>();
        for (int i = 0; i < TalkingShot.FRAMES; i++) b.add(lineB(i));
        MouthSelector.Selection sel = new MouthSelector().select(targets(mapping, sources(b)), db, mapping);
        int wideFlagged = 0, wide = 0, closedFlagged = 0;
        for (int i = 0; i < b.size(); i++) {
            double jaw = b.get(i).get(Channel.JAW_OPEN);
            if (jaw > 0.7) {
                wide++;
                if (sel.unmatched()[i]) wideFlagged++;
            }
            if (jaw < 0.05 && sel.unmatched()[i]) closedFlagged++;
        }
        System.out.printf("closed-only database: %d of %d wide-open targets flagged, %d closed targets flagged%n", wideFlagged, wide, closedFlagged);
        assertTrue(wide > 5);
        assertEquals(wide, wideFlagged);
        assertEquals(0, closedFlagged);
        assertEquals("excluded", db.skipReason(3));
    }
}
