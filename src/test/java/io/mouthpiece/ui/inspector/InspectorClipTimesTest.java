package io.mouthpiece.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.Fixtures;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.inspector.InspectorPage.ClipPage;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.selection.StudioSelection.Focus;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The clip page's start and end timecodes are editable: start moves the clip, end trims it; bad text snaps back. */
class InspectorClipTimesTest {
    final ProjectDocument doc = new ProjectDocument(Fixtures.project(), null); // clp-1: 0.5 s .. 3.5 s of a 3 s sound
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>(doc.project());
    final StudioSelection selection = new StudioSelection(project);
    int reanalysed;
    final InspectorViewModel vm = new InspectorViewModel(selection, new SimpleObjectProperty<Path>(),
            new SimpleObjectProperty<>(Rational.ZERO), doc::execute, Clock.systemUTC(), () -> reanalysed++);

    { doc.addListener(() -> project.set(doc.project())); }

    AudioClip clip() { return doc.project().take("tk-1").clip("clp-1").orElseThrow(); }

    @Test
    void startMovesEndTrimsAndUndoRestores() {
        Project before = doc.project();
        selection.focus(new Focus.OfClip("clp-1"));
        vm.setClipStart("00:00:01:00");
        assertEquals(new TimeRange(Rational.ONE, Rational.of(3)), clip().range(), "moved, length kept");
        assertEquals(Rational.of(4), doc.project().take("tk-1").duration(), "the take grew to the clip's end");
        ClipPage p = assertInstanceOf(ClipPage.class, vm.page());
        assertEquals("00:00:01:00", p.start());
        assertEquals("00:00:04:00", p.end());
        vm.setClipEnd("00:00:02:10");
        assertEquals(new TimeRange(Rational.ONE, Rational.of(7, 5)), clip().range(), "trimmed to 2 s + 10 frames");
        assertEquals(Rational.ZERO, clip().sourceIn(), "the right edge leaves the source in-point");
        assertEquals(2, reanalysed, "each change re-analyses");
        assertEquals("", vm.errorProperty().get());
        vm.setClipEnd("00:00:02:10"); // the same text: no edit
        assertEquals(2, reanalysed);
        doc.undo();
        doc.undo();
        assertEquals(before, doc.project());
    }

    @Test
    void badTimesAreRefusedWithTheReasonAndNothingChanges() {
        Project before = doc.project();
        selection.focus(new Focus.OfClip("clp-1"));
        vm.setClipStart("soon");
        assertFalse(vm.errorProperty().get().isEmpty(), "not a timecode");
        assertEquals("00:00:00:12", ((ClipPage) vm.page()).start(), "the field shows the model's value again");
        vm.setClipEnd("00:00:00:05");
        assertTrue(vm.errorProperty().get().contains("after the start"), vm.errorProperty().get());
        vm.setClipEnd("00:00:05:00"); // the sound is 3 s long: from 0.5 s it can reach 3.5 s only
        assertTrue(vm.errorProperty().get().contains("media"), vm.errorProperty().get());
        assertEquals(before, doc.project());
        assertEquals(0, reanalysed);
        assertFalse(doc.canUndo());
    }
}
