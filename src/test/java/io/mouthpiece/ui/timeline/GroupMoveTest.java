package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.motion.SampledCurve;
import java.util.Map;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.testing.LiveDocument;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.timeline.TimelineViewModel.KeyRef;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dragging one of several selected keys (the drag's end, {@link TimelineViewModel#moveSelected}): every selected key
 * on every lane of the character moves by the grabbed key's time delta, only the grabbed key takes the new value,
 * and the whole move is one undo step.
 */
class GroupMoveTest {
    ProjectDocument doc;
    SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    TimelineViewModel vm;
    String take;
    String actor;

    @BeforeEach
    void setUp() throws Exception {
        Project p = new SampleFixture().project.get();
        take = p.takes().getFirst().id();
        actor = p.actors().getFirst().id();
        // a motion track (a flat generated jawOpen) so the channel lanes exist
        p = MotionEdits.setGenerated(take, actor, Map.of(Channel.JAW_OPEN,
                new SampledCurve(Rational.ZERO, FrameRate.FPS_25, new float[20]))).apply(p);
        doc = LiveDocument.of(p, project);
        vm = new TimelineViewModel(project, doc::execute);
    }

    Row lane(Channel c) { return vm.rows().stream().filter(r -> r.channel() == c).findFirst().orElseThrow(); }

    KeyframeCurve curve(Channel c) { return doc.project().take(take).motionOf(actor).orElseThrow().motion().userCurve(c); }

    List<Rational> times(Channel c) { return curve(c).keys().stream().map(Keyframe::time).toList(); }

    double value(Channel c, Rational t) { return curve(c).keyAt(t).orElseThrow().value(); }

    static Rational f(long n) { return FrameRate.FPS_25.timeOf(n); }

    /** Keys at 2, 5, 9 on jawOpen and 4, 12 on mouthFunnel, values set apart so a changed value shows. */
    Project keyed() {
        for (long n : new long[]{2, 5, 9}) vm.addKey(lane(Channel.JAW_OPEN), f(n));
        for (long n : new long[]{4, 12}) vm.addKey(lane(Channel.MOUTH_FUNNEL), f(n));
        vm.moveKey(lane(Channel.MOUTH_FUNNEL), f(4), f(4), 0.3);
        vm.moveKey(lane(Channel.JAW_OPEN), f(5), f(5), 0.2);
        return doc.project();
    }

    @Test
    void dragOfOneSelectedKeyMovesTheWholeSelectionAcrossLanesAsOneUndoStep() {
        Project before = keyed();
        double funnelAt4 = value(Channel.MOUTH_FUNNEL, f(4));
        double jawAt2 = value(Channel.JAW_OPEN, f(2));
        // the box: jawOpen 2 and 5, mouthFunnel 4 (frames 0..6 on both lanes); 9 and 12 stay where they are
        vm.selectRange(actor, List.of(Channel.JAW_OPEN, Channel.MOUTH_FUNNEL), f(0), f(6), false);
        assertEquals(3, vm.selectedKeysProperty().get().size());

        // grab jawOpen@5, drop it 3 frames later at value 0.8
        vm.moveSelected(lane(Channel.JAW_OPEN), f(5), f(8), 0.8);

        assertEquals(List.of(f(5), f(8), f(9)), times(Channel.JAW_OPEN));
        assertEquals(List.of(f(7), f(12)), times(Channel.MOUTH_FUNNEL));
        assertEquals(0.8, value(Channel.JAW_OPEN, f(8)), 1e-9, "the grabbed key takes the new value");
        assertEquals(jawAt2, value(Channel.JAW_OPEN, f(5)), 1e-9, "the other keys keep theirs");
        assertEquals(funnelAt4, value(Channel.MOUTH_FUNNEL, f(7)), 1e-9);
        assertEquals("Move Keyframes", doc.undoDescription().orElseThrow());
        assertEquals(Set.of(new KeyRef(actor, Channel.JAW_OPEN, f(5)), new KeyRef(actor, Channel.JAW_OPEN, f(8)),
                new KeyRef(actor, Channel.MOUTH_FUNNEL, f(7))), vm.selectedKeysProperty().get(), "the selection moves along");
        assertEquals(new KeyRef(actor, Channel.JAW_OPEN, f(8)), vm.selectedKeyProperty().get());

        doc.undo();
        assertEquals(before, doc.project(), "one undo puts every key back");
    }

    @Test
    void aMoveThatWouldLandOnAnUnselectedKeyOrBeforeZeroChangesNothing() {
        Project before = keyed();
        vm.selectRange(actor, List.of(Channel.JAW_OPEN, Channel.MOUTH_FUNNEL), f(0), f(6), false);
        vm.moveSelected(lane(Channel.JAW_OPEN), f(5), f(9), 0.5); // jawOpen 5 onto the unselected key at 9
        assertEquals(before, doc.project());
        vm.moveSelected(lane(Channel.JAW_OPEN), f(5), f(2), 0.5); // jawOpen 2 would go to -1
        assertEquals(before, doc.project());
        assertEquals(f(-2), vm.clampSelectionDelta(f(-3)), "a drag stops where the earliest key reaches 0");
        assertEquals(f(4), vm.clampSelectionDelta(f(4)));
    }

    @Test
    void aSingleSelectedKeyIsAnOrdinaryMove() {
        keyed();
        vm.selectKey(lane(Channel.JAW_OPEN), f(5));
        vm.moveSelected(lane(Channel.JAW_OPEN), f(5), f(6), 0.7);
        assertEquals(List.of(f(2), f(6), f(9)), times(Channel.JAW_OPEN));
        assertEquals(List.of(f(4), f(12)), times(Channel.MOUTH_FUNNEL));
        assertEquals("Move Keyframe", doc.undoDescription().orElseThrow());
    }
}
