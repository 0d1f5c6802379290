package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.testing.LiveDocument;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several takes (selector, new, duplicate, rename, delete) and a second character on the sample project. */
class TakesAndCharactersTest {
    ProjectDocument doc;
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    StudioSelection selection;
    TimelineViewModel timeline;
    TakesViewModel takes;
    String first;
    Project before;

    @BeforeEach
    void setUp() throws Exception {
        Project p = new SampleFixture().project.get();
        doc = LiveDocument.of(p, project);
        selection = new StudioSelection(project);
        timeline = new TimelineViewModel(selection, doc::execute);
        takes = new TakesViewModel(selection, doc::execute);
        first = p.takes().getFirst().id();
        before = p;
    }

    @Test
    void newDuplicateRenameSwitchAndDeleteTakes() {
        assertEquals(1, takes.takes().size());
        new MarksViewModel(selection, doc::execute).addMarker(FrameRate.FPS_25.timeOf(12));
        String fresh = takes.newTake();
        assertEquals(2, doc.project().takes().size());
        assertEquals(fresh, selection.take().id(), "the new take is current");
        assertEquals("Take 2", selection.take().name());
        assertTrue(selection.take().dialogue().isEmpty());
        assertEquals(doc.project().take(first).duration(), selection.take().duration());
        assertEquals(List.of("Take 1", "Take 2"), takes.takes().stream().map(Take::name).toList());
        assertTrue(timeline.takeNameProperty().get().startsWith("Take 2"));
        assertEquals("0 dialogue clips", timeline.rows().get(1).detail(), "the timeline shows the empty take");

        takes.select(first);
        assertEquals(first, selection.take().id());
        assertEquals("1 dialogue clip", timeline.rows().get(1).detail());
        String copy = takes.duplicate();
        Take dup = doc.project().take(copy);
        Take orig = doc.project().take(first);
        assertEquals("Take 1 copy", dup.name());
        assertEquals(1, doc.project().takes().indexOf(dup), "right after its original");
        assertEquals(orig.dialogue().getFirst().clips().getFirst().range(), dup.dialogue().getFirst().clips().getFirst().range());
        assertNotEquals(orig.dialogue().getFirst().clips().getFirst().id(), dup.dialogue().getFirst().clips().getFirst().id(),
                "clip ids stay unique in the project");
        assertEquals(orig.markers().getFirst().time(), dup.markers().getFirst().time());

        takes.rename("Retake");
        assertEquals("Retake", doc.project().take(copy).name());
        takes.delete();
        assertEquals(2, doc.project().takes().size());
        assertEquals(fresh, selection.take().id(), "the next take becomes current");
        assertEquals(List.of("Delete Take", "Rename Take", "Duplicate Take"), List.of(doc.undoDescription().orElseThrow(),
                undoThen(), undoThen()));
        while (doc.canUndo()) doc.undo();
        assertEquals(before, doc.project());
        assertEquals(first, selection.take().id(), "after undo the removed take's place falls back to the first");
    }

    private String undoThen() {
        doc.undo();
        return doc.undoDescription().orElseThrow();
    }

    @Test
    void twoCharactersGetTwoLaneGroups() {
        Project p = doc.project();
        Actor a = p.actors().getFirst();
        Actor b = new Actor("act-second", "Second", a.sourceMediaId());
        String media = p.takes().getFirst().dialogue().getFirst().clips().getFirst().mediaId();
        doc.execute(ActorEdits.add(b));
        doc.execute(TakeEdits.addClip(first, b.id(), new AudioClip("clp-second", media,
                new TimeRange(Rational.ONE, Rational.of(2)), Rational.ZERO, "second line", null)));
        float[] flat = new float[25];
        for (String actor : List.of(a.id(), b.id())) {
            doc.execute(MotionEdits.setGenerated(first, actor, Map.of(Channel.JAW_OPEN,
                    new SampledCurve(Rational.ZERO, FrameRate.FPS_25, flat))));
        }
        List<Row> rows = timeline.rows();
        List<Row> dialogue = rows.stream().filter(r -> r.lane() == Lane.DIALOGUE).toList();
        assertEquals(List.of("Astronaut", "Second"), dialogue.stream().map(Row::name).toList());
        assertEquals(List.of(a.id(), b.id()), rows.stream().filter(r -> r.lane() == Lane.MOTION).map(Row::actorId).toList());
        assertEquals("second line", dialogue.get(1).spans().getFirst().label());
        long jawLanes = rows.stream().filter(r -> r.channel() == Channel.JAW_OPEN).count();
        assertEquals(2, jawLanes, "each character has its own mouth lanes");
        // a key on the second character's lane is that character's
        Row jawB = rows.stream().filter(r -> r.channel() == Channel.JAW_OPEN && r.actorId().equals(b.id())).findFirst().orElseThrow();
        timeline.addKey(jawB, FrameRate.FPS_25.timeOf(5));
        assertEquals(1, doc.project().take(first).motionOf(b.id()).orElseThrow().motion().userCurve(Channel.JAW_OPEN).keys().size());
        assertTrue(doc.project().take(first).motionOf(a.id()).orElseThrow().motion().userCurve(Channel.JAW_OPEN).isEmpty());
        // a box on the first character's lanes never picks the second's keys
        timeline.selectRange(a.id(), List.of(Channel.JAW_OPEN), Rational.ZERO, Rational.ONE, false);
        assertTrue(timeline.selectedKeysProperty().get().isEmpty());
    }
}
