package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.ChannelGroup;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.testing.LiveDocument;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline's editing through its view model on a real document: every gesture is one undoable edit. */
class TimelineEditingTest {
    ProjectDocument doc;
    SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    TimelineViewModel vm;
    String take;
    String actor;
    Project before;

    @BeforeEach
    void setUp() throws Exception {
        Project p = new SampleFixture().project.get();
        take = p.takes().getFirst().id();
        actor = p.actors().getFirst().id();
        // a generated jawOpen ramp 0, 0.1, ..., 0.9 over the first 10 frames, and a viseme lane
        float[] ramp = new float[10];
        for (int i = 0; i < ramp.length; i++) ramp[i] = i / 10f;
        Rational frame = FrameRate.FPS_25.frameDuration();
        VisemeTrack v = VisemeTrack.fromFrames(new Viseme[]{Viseme.SIL, Viseme.PP, Viseme.PP, Viseme.AA}, null, frame);
        p = MotionEdits.setGenerated(take, actor, Map.of(Channel.JAW_OPEN,
                new SampledCurve(Rational.ZERO, FrameRate.FPS_25, ramp)), v).apply(p);
        doc = LiveDocument.of(p, project);
        vm = new TimelineViewModel(project, doc::execute);
        before = doc.project();
    }

    Row lane(Channel c) {
        return vm.rows().stream().filter(r -> r.channel() == c).findFirst().orElseThrow();
    }

    KeyframeCurve jaw() { return doc.project().take(take).motionOf(actor).orElseThrow().motion().userCurve(Channel.JAW_OPEN); }

    Rational f(long n) { return FrameRate.FPS_25.timeOf(n); }

    @Test
    void motionLanesAreGroupedUnderTheCharacterWithTheVisemeLane() {
        var lanes = vm.rows().stream().map(Row::lane).toList();
        assertEquals(Lane.VISEMES, lanes.get(3));
        assertEquals(Lane.GROUP, lanes.get(4));
        // mouth is open: all its channels follow its header; the other groups are collapsed headers
        assertEquals(Channel.inGroup(ChannelGroup.MOUTH).size(), lanes.stream().filter(l -> l == Lane.CHANNEL).count());
        assertEquals(4, lanes.stream().filter(l -> l == Lane.GROUP).count());
        assertEquals(java.util.List.of("sil", "PP", "aa"), vm.rows().get(3).spans().stream().map(TimelineViewModel.Span::label).toList());
        vm.toggleGroup(ChannelGroup.HEAD);
        assertEquals(Channel.inGroup(ChannelGroup.MOUTH).size() + Channel.inGroup(ChannelGroup.HEAD).size(),
                vm.rows().stream().filter(r -> r.lane() == Lane.CHANNEL).count());
        assertEquals(Channel.HEAD_YAW, vm.rows().get(vm.rows().size() - 6).channel());
    }

    @Test
    void addingAKeyHoldsTheCurvesValueAndUndoRemovesIt() {
        vm.addKey(lane(Channel.JAW_OPEN), f(4));
        assertEquals(1, jaw().keys().size());
        assertEquals(new Keyframe(f(4), 0.4f, Interpolation.SMOOTH), jaw().keys().getFirst());
        assertEquals(f(4), vm.selectedKeyProperty().get().time());
        assertEquals("Set Keyframe", doc.undoDescription().orElseThrow());
        doc.undo();
        assertEquals(before, doc.project());
    }

    @Test
    void aDragIsOneMoveAndOneUndoStep() {
        vm.addKey(lane(Channel.JAW_OPEN), f(4));
        Project keyed = doc.project();
        vm.moveKey(lane(Channel.JAW_OPEN), f(4), f(7), 0.9);
        assertEquals(java.util.List.of(new Keyframe(f(7), 0.9, Interpolation.SMOOTH)), jaw().keys());
        assertEquals(0.9, vm.valueAt(lane(Channel.JAW_OPEN), f(2)), 1e-9, "override: the only key holds everywhere");
        doc.undo();
        assertEquals(keyed, doc.project());
        // a drag back to where it started is no edit at all
        vm.moveKey(lane(Channel.JAW_OPEN), f(4), f(4), jaw().keys().getFirst().value());
        assertEquals(keyed, doc.project());
    }

    @Test
    void deleteNudgeInterpolationBlendAndPaste() {
        Row jaw = lane(Channel.JAW_OPEN);
        vm.addKey(jaw, f(2));
        vm.addKey(lane(Channel.JAW_OPEN), f(5));
        vm.nudgeSelected(1);
        assertEquals(java.util.List.of(f(2), f(6)), jaw().keys().stream().map(Keyframe::time).toList());
        vm.nudgeSelected(-4); // would land on the key at frame 2: refused, nothing changes
        assertEquals(f(6), jaw().keys().get(1).time());
        vm.setInterpolation(lane(Channel.JAW_OPEN), f(2), Interpolation.HOLD);
        assertEquals(Interpolation.HOLD, jaw().keys().getFirst().interpolation());
        assertEquals(0.2, vm.valueAt(lane(Channel.JAW_OPEN), f(4)), 1e-6, "held until the next key");
        vm.setBlendMode(lane(Channel.JAW_OPEN), BlendMode.ADD);
        assertEquals(BlendMode.ADD, jaw().mode());
        assertTrue(vm.copySelected());
        vm.paste(lane(Channel.MOUTH_FUNNEL), f(3));
        assertEquals(jaw().keyAt(f(6)).orElseThrow().withTime(f(3)),
                doc.project().take(take).motionOf(actor).orElseThrow().motion().userCurve(Channel.MOUTH_FUNNEL).keys().getFirst());
        vm.selectKey(lane(Channel.JAW_OPEN), f(6));
        vm.deleteSelected();
        assertEquals(1, jaw().keys().size());
        assertNull(vm.selectedKeyProperty().get());
        while (doc.canUndo()) doc.undo();
        assertEquals(before, doc.project());
        assertFalse(jaw().keys().size() > 0);
    }

    @Test
    void theDrawnColumnsAreTheExactCurveAtEachColumnsTime() {
        for (TimeScale s : new TimeScale[]{new TimeScale(FrameRate.FPS_25, 7.3, 0), new TimeScale(FrameRate.FPS_25, 0.6, 2.5)}) {
            double[] gen = vm.valueColumns(lane(Channel.JAW_OPEN), s, 120);
            for (int x = 0; x <= 120; x++) {
                // columnTime is the column's instant to 1/64 frame; on a 0.1-per-frame ramp that is within 0.1/128
                assertEquals(vm.valueAt(lane(Channel.JAW_OPEN), s.columnTime(x)), gen[x], 0.1 / 128 + 1e-6, "column " + x);
            }
        }
        vm.addKey(lane(Channel.JAW_OPEN), f(3));
        vm.moveKey(lane(Channel.JAW_OPEN), f(3), f(3), 0.75);
        TimeScale s = new TimeScale(FrameRate.FPS_25, 5, 0);
        assertEquals(0.75, vm.valueColumns(lane(Channel.JAW_OPEN), s, 40)[40], 1e-12, "the user's key overrides");
        assertEquals(0.8, vm.generatedColumns(lane(Channel.JAW_OPEN), s, 40)[40], 1e-6, "frame 8 of the ramp");
    }

    @Test
    void shiftSelectedKeysNudgeAndDeleteTogether() {
        for (long n : new long[]{2, 3, 6}) vm.addKey(lane(Channel.JAW_OPEN), f(n));
        Project keyed = doc.project();
        vm.selectKey(lane(Channel.JAW_OPEN), f(2));
        vm.toggleKey(lane(Channel.JAW_OPEN), f(3));
        assertEquals(java.util.Set.of(f(2), f(3)), vm.selectedTimesProperty().get());
        vm.nudgeSelected(1); // frame 3 moves to 4 while frame 2 moves onto 3: allowed, both move
        assertEquals(java.util.List.of(f(3), f(4), f(6)), jaw().keys().stream().map(Keyframe::time).toList());
        assertEquals(java.util.Set.of(f(3), f(4)), vm.selectedTimesProperty().get());
        vm.nudgeSelected(2); // frame 4 would land on the unselected key at 6: refused
        assertEquals(f(4), jaw().keys().get(1).time());
        vm.deleteSelected();
        assertEquals(java.util.List.of(f(6)), jaw().keys().stream().map(Keyframe::time).toList());
        assertEquals("Delete Keyframes", doc.undoDescription().orElseThrow());
        doc.undo();
        doc.undo();
        assertEquals(keyed, doc.project());
        vm.toggleKey(lane(Channel.MOUTH_FUNNEL), f(1)); // another lane: a fresh selection
        assertEquals(java.util.Set.of(f(1)), vm.selectedTimesProperty().get());
    }

    @Test
    void retimingAndChangingVisemesRebuildTheMouthAndUndo() {
        Row lane = vm.rows().get(3);
        VisemeTrack v0 = doc.project().take(take).motionOf(actor).orElseThrow().visemes();
        var jaw0 = doc.project().take(take).motionOf(actor).orElseThrow().motion().generated().get(Channel.JAW_OPEN);
        // segments: sil [0,1) PP [1,3) aa [3,4) in frames; move the PP|aa boundary to frame 2
        vm.retimeViseme(lane, 2, f(2));
        VisemeTrack v1 = doc.project().take(take).motionOf(actor).orElseThrow().visemes();
        assertEquals(f(2), v1.segments().get(2).start());
        assertEquals(f(2), v1.segments().get(1).end());
        assertEquals("Retime Viseme", doc.undoDescription().orElseThrow());
        assertFalse(jaw0.equals(doc.project().take(take).motionOf(actor).orElseThrow().motion().generated().get(Channel.JAW_OPEN)),
                "the generated mouth is rebuilt from the lane");
        vm.retimeViseme(lane, 2, f(1)); // would swallow PP: refused
        assertEquals(f(2), doc.project().take(take).motionOf(actor).orElseThrow().visemes().segments().get(2).start());
        vm.changeViseme(vm.rows().get(3), 0, Viseme.OH);
        assertEquals(Viseme.OH, doc.project().take(take).motionOf(actor).orElseThrow().visemes().segments().get(0).viseme());
        assertEquals(java.util.List.of("oh", "PP", "aa"), vm.rows().get(3).spans().stream().map(TimelineViewModel.Span::label).toList());
        doc.undo();
        doc.undo();
        assertEquals(v0, doc.project().take(take).motionOf(actor).orElseThrow().visemes());
        assertEquals(before, doc.project());
    }

    @Test
    void pixelsAndFramesMapExactlyAtTheProjectRate() {
        for (FrameRate rate : new FrameRate[]{FrameRate.FPS_25, FrameRate.NTSC_FILM, FrameRate.NTSC, FrameRate.FPS_60}) {
            for (double px : new double[]{0.05, 0.37, 1, 3.3, 17, 200}) {
                TimeScale s = new TimeScale(rate, px, 12.5);
                for (long n = 13; n < 200_000; n += 997) {
                    Rational t = rate.timeOf(n);
                    assertEquals(n, s.frameAt(s.x(t)), rate + " " + px + " frame " + n);
                    assertEquals(t, s.snap(s.x(t)));
                    // a click a little off the frame still lands on it
                    assertEquals(t, s.snap(s.x(t) + 0.49 * px));
                }
            }
        }
        TimeScale s = new TimeScale(FrameRate.NTSC_FILM, 4, 0);
        assertEquals(Rational.of(1001, 24000).multiply(10), s.snap(40));
        TimeScale z = s.zoomed(2, 100);
        assertEquals(s.columnTime(100), z.columnTime(100), "zoom keeps the instant under the pointer");
        assertEquals(0, new TimeScale(FrameRate.FPS_25, 4, 0).frameAt(-50), "never before the take");
    }
}
