package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Marker;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.testing.LiveDocument;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.timeline.TimelineViewModel.KeyRef;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In/out, markers, snapping and box selection on the real sample project, each through its view model. */
class TransportEditingTest {
    ProjectDocument doc;
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    StudioSelection selection;
    TimelineViewModel vm;
    MarksViewModel marks;
    String take;
    String actor;
    Project before;

    @BeforeEach
    void setUp() throws Exception {
        Project p = new SampleFixture().project.get();
        take = p.takes().getFirst().id();
        actor = p.actors().getFirst().id();
        float[] flat = new float[100];
        p = MotionEdits.setGenerated(take, actor, Map.of(Channel.JAW_OPEN, new SampledCurve(Rational.ZERO, FrameRate.FPS_25, flat))).apply(p);
        doc = LiveDocument.of(p, project);
        selection = new StudioSelection(project);
        vm = new TimelineViewModel(selection, doc::execute);
        marks = new MarksViewModel(selection, doc::execute);
        vm.setMarkTargets(marks::snapTargets);
        before = doc.project();
    }

    Take take() { return doc.project().take(take); }

    Rational f(long n) { return FrameRate.FPS_25.timeOf(n); }

    Row lane(Channel c) { return vm.rows().stream().filter(r -> r.channel() == c).findFirst().orElseThrow(); }

    List<Rational> keys(Channel c) {
        return take().motionOf(actor).orElseThrow().motion().userCurve(c).keys().stream().map(Keyframe::time).toList();
    }

    @Test
    void inAndOutAreInclusiveFramesAndUndoable() {
        // the playhead anywhere inside frame 10, then inside frame 30
        marks.markIn(f(10).add(Rational.of(1, 1000)));
        marks.markOut(f(30));
        assertEquals(f(10), take().inPoint());
        assertEquals(f(31), take().outPoint(), "O keeps the playhead's frame: out is that frame's end");
        assertEquals(f(10), take().workRange().start());
        assertEquals(f(21), take().workRange().duration());
        assertEquals("Set In/Out Points", doc.undoDescription().orElseThrow());
        marks.markIn(f(40)); // after the out point: the out point goes
        assertEquals(f(40), take().inPoint());
        assertNull(take().outPoint());
        doc.undo();
        assertEquals(f(31), take().outPoint());
        marks.clearIn();
        assertEquals(Rational.ZERO, take().inPoint());
        marks.clearOut();
        assertNull(take().outPoint());
        while (doc.canUndo()) doc.undo();
        assertEquals(before, doc.project());
    }

    @Test
    void markersAddRenameJumpDeleteAndUndo() {
        String a = marks.addMarker(f(12));
        String b = marks.addMarker(f(50));
        assertEquals(List.of("Marker 1", "Marker 2"), take().markers().stream().map(Marker::label).toList());
        assertEquals(List.of(f(12), f(50)), take().markers().stream().map(Marker::time).toList());
        assertEquals(a, marks.addMarker(f(12)), "M on a marker's frame selects it rather than stacking another");
        assertEquals(2, take().markers().size());

        marks.renameMarker(a, "  breath  ");
        assertEquals("breath", take().markers().getFirst().label());
        assertEquals("Rename Marker", doc.undoDescription().orElseThrow());

        assertEquals(b, marks.next(f(12)).orElseThrow().id());
        assertEquals(a, marks.previous(f(50)).orElseThrow().id());
        assertTrue(marks.next(f(50)).isEmpty());

        marks.selectMarker(b);
        assertTrue(marks.removeSelectedMarker());
        assertEquals(List.of(a), take().markers().stream().map(Marker::id).toList());
        assertNull(marks.selectedMarkerProperty().get());
        doc.undo();
        assertEquals(2, take().markers().size(), "Delete Marker undone");
        doc.undo();
        assertEquals("Marker 1", take().markers().getFirst().label(), "Rename undone");
        while (doc.canUndo()) doc.undo();
        assertEquals(before, doc.project());
    }

    @Test
    void aKeyDraggedNearAMarkerLandsExactlyOnItsFrame() {
        vm.setLaneWidth(1012); // 1000 px for the take (151.5 frames): ~6.6 px per frame
        TimeScale s = vm.scaleProperty().get();
        marks.addMarker(f(40));
        vm.addKey(lane(Channel.JAW_OPEN), f(10));
        double nearMarker = s.x(f(40)) + 5; // 5 px right of the marker: the frame under the pointer is 41
        assertEquals(f(41), s.snap(nearMarker));
        Rational landed = vm.snapTime(nearMarker, actor, Set.of(new KeyRef(actor, Channel.JAW_OPEN, f(10))));
        assertEquals(f(40), landed);
        vm.moveKey(lane(Channel.JAW_OPEN), f(10), landed, 0.5);
        assertEquals(List.of(f(40)), keys(Channel.JAW_OPEN));

        // the playhead, the in point and other keys pull too; beyond 6 px, or with snapping off, only frames count
        vm.setPlayhead(f(70));
        assertEquals(f(70), vm.snapTime(s.x(f(70)) - 4, actor, Set.of()));
        marks.markIn(f(90));
        assertEquals(f(90), vm.snapTime(s.x(f(90)) + 3, actor, Set.of()));
        assertEquals(f(40), vm.snapTime(s.x(f(40)) + 2, actor, Set.of()), "the key (and marker) at 40");
        assertEquals(f(72), vm.snapTime(s.x(f(70)) + 13, actor, Set.of()));
        vm.snappingProperty().set(false);
        assertEquals(f(41), vm.snapTime(nearMarker, actor, Set.of()));
    }

    @Test
    void aBoxAcrossLanesSelectsTheirKeysAndNudgeMovesThemAll() {
        for (long n : new long[]{5, 12, 20}) vm.addKey(lane(Channel.JAW_OPEN), f(n));
        for (long n : new long[]{8, 30}) vm.addKey(lane(Channel.MOUTH_FUNNEL), f(n));
        vm.addKey(lane(Channel.MOUTH_PUCKER), f(10));
        Project keyed = doc.project();

        vm.selectRange(actor, List.of(Channel.JAW_OPEN, Channel.MOUTH_FUNNEL), f(5), f(25), false);
        assertEquals(Set.of(new KeyRef(actor, Channel.JAW_OPEN, f(5)), new KeyRef(actor, Channel.JAW_OPEN, f(12)),
                new KeyRef(actor, Channel.JAW_OPEN, f(20)), new KeyRef(actor, Channel.MOUTH_FUNNEL, f(8))),
                vm.selectedKeysProperty().get());
        assertTrue(vm.isSelected(lane(Channel.MOUTH_FUNNEL), f(8)));
        // Shift adds: the pucker key joins
        vm.selectRange(actor, List.of(Channel.MOUTH_PUCKER), f(0), f(15), true);
        assertEquals(5, vm.selectedKeysProperty().get().size());

        vm.nudgeSelected(1);
        assertEquals(List.of(f(6), f(13), f(21)), keys(Channel.JAW_OPEN));
        assertEquals(List.of(f(9), f(30)), keys(Channel.MOUTH_FUNNEL), "the unselected key at 30 stays");
        assertEquals(List.of(f(11)), keys(Channel.MOUTH_PUCKER));
        assertEquals("Nudge Keyframes", doc.undoDescription().orElseThrow());
        assertTrue(vm.isSelected(lane(Channel.MOUTH_FUNNEL), f(9)), "the selection moved with the keys");
        doc.undo();
        assertEquals(keyed, doc.project(), "one undo step for all lanes");
        assertTrue(vm.selectedKeysProperty().get().isEmpty(), "the selected (nudged) keys are gone after the undo");

        vm.selectRange(actor, List.of(Channel.JAW_OPEN, Channel.MOUTH_FUNNEL), f(5), f(25), false);
        vm.copySelected();
        vm.paste(lane(Channel.JAW_OPEN), f(60));
        assertEquals(List.of(f(5), f(12), f(20), f(60), f(67), f(75)), keys(Channel.JAW_OPEN));
        assertEquals(List.of(f(8), f(30), f(63)), keys(Channel.MOUTH_FUNNEL), "keys of two lanes paste onto their own lanes");
        assertEquals("Paste Keyframes", doc.undoDescription().orElseThrow());
        vm.deleteSelected();
        assertEquals(keyed, doc.project(), "Delete removes the pasted keys on both lanes");
        assertNotEquals(keyed, before);
    }

    @Test
    void aMarkerMovesToAWholeFrameAsOneUndoStepButNeverOntoAnother() {
        String a = marks.addMarker(f(10));
        String b = marks.addMarker(f(30));
        marks.renameMarker(a, "breath");
        Project named = doc.project();
        marks.moveMarker(a, f(40).add(Rational.of(1, 100))); // inside frame 40: lands on its start
        assertEquals(List.of(f(30), f(40)), take().markers().stream().map(Marker::time).toList(), "kept in time order");
        assertEquals("breath", marks.marker(a).orElseThrow().label());
        assertEquals(a, marks.selectedMarkerProperty().get());
        assertEquals("Move Marker", doc.undoDescription().orElseThrow());
        marks.moveMarker(a, f(30)); // onto marker b: one marker per frame, refused
        marks.moveMarker(a, f(40));  // nowhere: no edit
        assertEquals(f(40), marks.marker(a).orElseThrow().time());
        assertEquals("Move Marker", doc.undoDescription().orElseThrow());
        doc.undo();
        assertEquals(named, doc.project());
        assertEquals(f(30), marks.marker(b).orElseThrow().time());
        assertThrows(java.util.NoSuchElementException.class,
                () -> io.mouthpiece.core.edit.TakeEdits.moveMarker(take, "nope", f(1)).apply(doc.project()));
        assertThrows(IllegalArgumentException.class, () -> io.mouthpiece.core.edit.TakeEdits.moveMarker(take, a, f(-1)));
    }
}
