package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.testing.LiveDocument;
import io.mouthpiece.ui.testing.SampleFixture;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * Moving, trimming and deleting the sample take's dialogue clip through the timeline's view model: frame-exact
 * results, snapping, the stops at neighbours and media ends, one edit per change, one re-analysis per change, and
 * undo restoring the project exactly.
 */
class ClipEditingTest {
    final ProjectDocument doc;
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    final StudioSelection selection;
    final List<String> edits = new ArrayList<>();
    int reanalysed;
    final TimelineViewModel vm;
    final Project original;
    final String take;
    final String actor;
    final String clipId;
    final String mediaId;
    final FrameRate rate;

    ClipEditingTest() throws Exception {
        original = new SampleFixture().project.get();
        doc = LiveDocument.of(original, project);
        selection = new StudioSelection(project);
        vm = new TimelineViewModel(selection, (Edit e) -> {
            edits.add(e.description());
            doc.execute(e);
        }, () -> reanalysed++);
        vm.setLaneWidth(700); // about 4.5 px a frame for the 151.5-frame take
        take = original.takes().getFirst().id();
        actor = original.actors().getFirst().id();
        AudioClip c = original.takes().getFirst().dialogue().getFirst().clips().getFirst();
        clipId = c.id();
        mediaId = c.mediaId();
        rate = original.frameRate();
    }

    Rational f(long frame) { return rate.timeOf(frame); }

    AudioClip clip() { return doc.project().take(take).clip(clipId).orElseThrow(); }

    Rational mediaLength() { return doc.project().mediaById(mediaId).orElseThrow().duration(); }

    @Test
    void aMoveKeepsLengthAndSourceGrowsTheTakeAndUndoes() {
        Rational length = clip().range().duration();
        vm.clips().move(clipId, f(10));
        assertEquals(new TimeRange(f(10), length), clip().range());
        assertEquals(Rational.ZERO, clip().sourceIn());
        assertEquals(f(10).add(length), doc.project().take(take).duration(), "the take grows to the clip's end");
        assertEquals(List.of("Move Dialogue Clip"), edits);
        assertEquals(1, reanalysed, "the lip sync is re-analysed once");
        vm.clips().move(clipId, f(10)); // where it is: no edit, no analysis
        assertEquals(1, edits.size());
        assertEquals(1, reanalysed);
        doc.undo();
        assertEquals(original, doc.project(), "undo restores the clip and the take's length exactly");
    }

    @Test
    void aDragSnapsItsEdgesToPlayheadAndMarkersOnlyWithSnappingOn() {
        TimeScale s = vm.scaleProperty().get();
        double px = s.pxPerFrame();
        assertTrue(px > 4 && px < 5, "scale " + px);
        vm.setMarkTargets(() -> List.of(f(37)));
        double nearMarker = s.x(f(37)) + 4; // 0.9 frame right of the marker, within the 6 px snap radius
        assertEquals(f(37), vm.clips().snapMove(clipId, nearMarker), "the left edge snaps to the marker");
        vm.setPlayhead(f(200));
        Rational length = clip().range().duration(); // 151.5 frames: not a whole number
        double startX = s.x(f(200)) - TimeScale.frames(rate, length) * px + 3;
        assertEquals(f(200).subtract(length), vm.clips().snapMove(clipId, startX), "the right edge lands on the playhead");
        vm.snappingProperty().set(false);
        assertEquals(f(38), vm.clips().snapMove(clipId, nearMarker), "snapping off: the nearest whole frame");
        assertEquals(s.snap(startX), vm.clips().snapMove(clipId, startX));
        assertEquals(f(38), vm.clips().snapEdge(clipId, nearMarker));
        vm.snappingProperty().set(true);
        assertEquals(f(37), vm.clips().snapEdge(clipId, nearMarker), "edges being trimmed snap as well");
        assertTrue(edits.isEmpty(), "snapping edits nothing");
    }

    @Test
    void aMoveStopsAtItsNeighboursAndAtZero() {
        vm.clips().trimEnd(clipId, f(50));
        doc.execute(TakeEdits.addClip(take, actor, new AudioClip("clp-next", mediaId, new TimeRange(f(100), f(30)))));
        assertEquals(f(50), vm.clips().clampMove(clipId, f(90)), "it stops where its end meets the next clip");
        vm.clips().move(clipId, f(90));
        assertEquals(new TimeRange(f(50), f(50)), clip().range());
        assertEquals(f(0), vm.clips().clampMove(clipId, f(-20)), "never before the start of the take");
        // the next clip, dragged left, stops at this one's end; its left edge too
        assertEquals(f(100), vm.clips().clampMove("clp-next", f(70)));
        assertEquals(f(100), vm.clips().clampTrimStart("clp-next", f(70)), "no source before the in-point to reveal");
        vm.clips().trimStart("clp-next", f(110));
        assertEquals(f(10), doc.project().take(take).clip("clp-next").orElseThrow().sourceIn());
        assertEquals(f(100), vm.clips().clampTrimStart("clp-next", f(20)), "revealing stops at the clip before it");
        assertEquals(f(110), vm.clips().clampTrimEnd(clipId, f(120)), "a right edge stops at the next clip");
        assertEquals(List.of("Trim Dialogue Clip", "Move Dialogue Clip", "Trim Dialogue Clip"), edits);
        assertEquals(3, reanalysed);
    }

    @Test
    void trimmingEitherEdgeKeepsTheSoundInPlaceAndStaysInsideTheMedia() {
        Rational end = clip().range().end();
        vm.clips().trimStart(clipId, f(20));
        assertEquals(TimeRange.between(f(20), end), clip().range(), "the left edge moves, the end stays");
        assertEquals(f(20), clip().sourceIn(), "the source in-point follows the left edge: the words stay where they were");
        vm.clips().trimEnd(clipId, f(100));
        assertEquals(TimeRange.between(f(20), f(100)), clip().range());
        assertEquals(f(20), clip().sourceIn(), "the right edge leaves the in-point");
        // back out past the media's end: it stops where the sound ends
        assertEquals(f(20).add(mediaLength().subtract(f(20))), vm.clips().clampTrimEnd(clipId, f(400)));
        vm.clips().trimEnd(clipId, f(400));
        assertEquals(end, clip().range().end(), "no further than the media's last sample");
        // the left edge back to the start reveals the whole sound again, never before its first sample
        vm.clips().trimStart(clipId, f(0));
        assertEquals(new TimeRange(f(0), mediaLength()), clip().range());
        assertEquals(Rational.ZERO, clip().sourceIn());
        // at least one frame remains
        assertEquals(f(1), vm.clips().clampTrimEnd(clipId, f(0)));
        assertEquals(end.subtract(f(1)), vm.clips().clampTrimStart(clipId, f(400)));
        assertEquals(4, edits.size());
        assertEquals(4, reanalysed);
        for (int i = 0; i < 4; i++) doc.undo();
        assertEquals(original, doc.project());
    }

    @Test
    void deleteRemovesTheFocusedClipAsOneEdit() {
        selection.focus(new StudioSelection.Focus.OfClip(clipId));
        assertEquals(clipId, vm.clips().focused().orElseThrow().id());
        vm.clips().delete(vm.clips().focused().orElseThrow().id());
        assertTrue(doc.project().take(take).clip(clipId).isEmpty());
        assertEquals(StudioSelection.NOTHING, selection.focusProperty().get(), "the focus goes with the clip");
        assertEquals("0 dialogue clips", vm.rows().get(1).detail());
        assertEquals(List.of("Delete Dialogue Clip"), edits);
        assertEquals(1, reanalysed);
        doc.undo();
        assertEquals(original, doc.project());
        assertEquals(1, vm.rows().get(1).spans().size());
    }
}
