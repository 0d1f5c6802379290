package io.mouthpiece.core.edit;

import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.Marker;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

class ProjectDocumentTest {
    private static final Rational HALF = Rational.of(1, 2);

    /** Every kind of edit: applies, changes what it says, undoes to the identical snapshot, redoes identically. */
    @Test
    void everyEditKindUndoesAndRedoes() {
        Keyframe key = new Keyframe(HALF, 0.7, Interpolation.LINEAR);
        Map<String, Edit> edits = new java.util.LinkedHashMap<>();
        edits.put("rename", ProjectEdits.rename("Renamed"));
        edits.put("format", ProjectEdits.setFormat(FrameRate.NTSC, 1920, 1080));
        edits.put("background", ProjectEdits.setBackground("#00FF00"));
        edits.put("relink", ProjectEdits.relinkMedia("med-wav", "elsewhere/line.wav", "ff", 20));
        edits.put("addActor", ActorEdits.add(new Actor("act-2", "Bob", "med-img")));
        edits.put("removeActor", ActorEdits.remove("act-1"));
        edits.put("renameActor", ActorEdits.rename("act-1", "Eve"));
        edits.put("consent", ActorEdits.setConsent("act-1", new ConsentRecord(true, "Signed release, 2026", "me", "2026-11-21T00:00:00Z")));
        edits.put("dials", ActorEdits.setDials("act-1", new MotionDials(0.5, 0, 0, 1, 1, 1, 7)));
        edits.put("presets", ActorEdits.setPresets("act-1", List.of(new ExpressionPreset("happy", Map.of(Channel.MOUTH_SMILE_LEFT, 0.7)))));
        edits.put("addTake", TakeEdits.add(new Take("tk-2", "Take 2", Rational.ONE, null)));
        edits.put("removeTake", TakeEdits.remove("tk-1"));
        edits.put("renameTake", TakeEdits.rename("tk-1", "Hero line"));
        edits.put("duration", TakeEdits.setDuration("tk-1", Rational.of(9)));
        edits.put("inOut", TakeEdits.setInOut("tk-1", HALF, Rational.of(2)));
        edits.put("marker", TakeEdits.addMarker("tk-1", new Marker("mk-1", Rational.ONE, "beat")));
        edits.put("addClip", TakeEdits.addClip("tk-1", "act-1", new AudioClip("clp-2", "med-wav", new TimeRange(Rational.of(5), Rational.ONE))));
        edits.put("removeClip", TakeEdits.removeClip("tk-1", "clp-1"));
        edits.put("moveClip", TakeEdits.moveClip("tk-1", "clp-1", Rational.of(2)));
        edits.put("trimClip", TakeEdits.trimClip("tk-1", "clp-1", new TimeRange(Rational.ONE, Rational.ONE), HALF));
        edits.put("transcript", TakeEdits.setTranscript("tk-1", "clp-1", "Hello there"));
        edits.put("setKey", MotionEdits.setKey("tk-1", "act-1", Channel.JAW_OPEN, key));
        edits.put("generated", MotionEdits.setGenerated("tk-1", "act-1",
                Map.of(Channel.JAW_OPEN, new SampledCurve(Rational.ZERO, FrameRate.FPS_25, new float[] {0, 1}))));
        edits.put("preset", MotionEdits.applyPreset("tk-1", "act-1",
                new ExpressionPreset("surprised", Map.of(Channel.BROW_INNER_UP, 0.9)), HALF, Rational.of(2), Rational.of(1, 4)));
        for (Map.Entry<String, Edit> e : edits.entrySet()) {
            ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
            Project before = doc.project();
            doc.execute(e.getValue());
            Project after = doc.project();
            assertNotEquals(before, after, e.getKey() + " changed nothing");
            assertTrue(doc.isDirty(), e.getKey());
            assertEquals(e.getValue().description(), doc.undoDescription().orElseThrow());
            doc.undo();
            assertEquals(before, doc.project(), e.getKey() + " undo");
            assertFalse(doc.isDirty(), e.getKey() + " undo returns to the saved state");
            doc.redo();
            assertEquals(after, doc.project(), e.getKey() + " redo");
        }
    }

    @Test
    void keyframeEditsDoWhatTheySay() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        Function<Project, Double> jawAtHalf = p -> p.take("tk-1").motionOf("act-1").orElseThrow().motion().evaluate(Channel.JAW_OPEN, HALF);
        doc.execute(MotionEdits.setKey("tk-1", "act-1", Channel.JAW_OPEN, new Keyframe(HALF, 0.7, Interpolation.LINEAR)));
        assertEquals(0.7, jawAtHalf.apply(doc.project()), 1e-12);
        doc.execute(MotionEdits.setKey("tk-1", "act-1", Channel.JAW_OPEN, new Keyframe(Rational.ONE, 0.1, Interpolation.HOLD)));
        doc.execute(MotionEdits.moveKey("tk-1", "act-1", Channel.JAW_OPEN, HALF, Rational.of(1, 4), 2.0));
        assertEquals(1.0, doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().userCurve(Channel.JAW_OPEN)
                .keyAt(Rational.of(1, 4)).orElseThrow().value(), "moved and clamped into range");
        assertThrows(IllegalArgumentException.class, () -> doc.execute(
                MotionEdits.moveKey("tk-1", "act-1", Channel.JAW_OPEN, Rational.of(1, 4), Rational.ONE, 0)), "cannot land on a key");
        Rational frame = FrameRate.FPS_25.frameDuration();
        doc.execute(MotionEdits.nudgeKeys("tk-1", "act-1", Channel.JAW_OPEN, List.of(Rational.of(1, 4), Rational.ONE), frame));
        assertTrue(doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().userCurve(Channel.JAW_OPEN)
                .keyAt(Rational.ONE.add(frame)).isPresent());
        doc.execute(MotionEdits.setInterpolation("tk-1", "act-1", Channel.JAW_OPEN, Rational.ONE.add(frame), Interpolation.SMOOTH));
        doc.execute(MotionEdits.setBlendMode("tk-1", "act-1", Channel.JAW_OPEN, BlendMode.ADD));
        doc.execute(MotionEdits.deleteKey("tk-1", "act-1", Channel.JAW_OPEN, Rational.ONE.add(frame)));
        assertEquals(1, doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().userCurve(Channel.JAW_OPEN).keys().size());
        while (doc.canUndo()) doc.undo();
        assertEquals(Fixtures.project(), doc.project());
    }

    /** A follow-up (the re-analysis after a clip move) joins the move's undo step, only while nothing came between. */
    @Test
    void amendFoldsAFollowUpIntoTheLastStep() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        Project before = doc.project();
        Edit curves = MotionEdits.setGenerated("tk-1", "act-1",
                Map.of(Channel.JAW_OPEN, new SampledCurve(Rational.ZERO, FrameRate.FPS_25, new float[] {0, 1})));
        doc.execute(TakeEdits.moveClip("tk-1", "clp-1", Rational.of(2)));
        long moved = doc.revision();
        assertTrue(doc.amend(curves, moved));
        Project both = doc.project();
        assertEquals(Rational.of(2), both.take("tk-1").clip("clp-1").orElseThrow().range().start());
        assertNotEquals(before.take("tk-1").motionOf("act-1"), both.take("tk-1").motionOf("act-1"));
        assertNotEquals(moved, doc.revision(), "amended content is a new revision");
        doc.undo();
        assertEquals(before, doc.project(), "one undo reverts the move and its follow-up");
        assertFalse(doc.canUndo());
        doc.redo();
        assertEquals(both, doc.project());

        // Stale: the user did something after the edit the follow-up belongs to; it is refused and changes nothing.
        ProjectDocument doc2 = new ProjectDocument(Fixtures.project(), null);
        doc2.execute(TakeEdits.moveClip("tk-1", "clp-1", Rational.of(2)));
        long stale = doc2.revision();
        doc2.undo();
        Project undone = doc2.project();
        assertFalse(doc2.amend(curves, stale));
        assertEquals(undone, doc2.project());
        assertTrue(doc2.canRedo(), "a refused follow-up leaves redo alone");
        assertFalse(new ProjectDocument(Fixtures.project(), null).amend(curves, 0), "nothing to amend");
    }

    @Test
    void failedCompositeLeavesNothingBehind() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        Project before = doc.project();
        Edit bad = Edit.compose("Rename and break", List.of(ProjectEdits.rename("Half done"), TakeEdits.remove("no-such-take")));
        assertThrows(RuntimeException.class, () -> doc.execute(bad));
        assertEquals(before, doc.project());
        assertFalse(doc.canUndo());
        assertFalse(doc.isDirty());
        Edit good = Edit.compose("Rename twice", List.of(ProjectEdits.rename("A"), ProjectEdits.rename("B")));
        doc.execute(good);
        assertEquals("B", doc.project().name());
        doc.undo();
        assertEquals(before, doc.project(), "a composite undoes as one step");
    }

    @Test
    void clipsMayNotOverlapAndTakeGrowsToFit() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        assertEquals(Rational.of(7, 2), doc.project().take("tk-1").duration(), "take grew to the clip's end");
        assertThrows(IllegalArgumentException.class, () -> doc.execute(TakeEdits.addClip("tk-1", "act-1",
                new AudioClip("clp-x", "med-wav", new TimeRange(Rational.ONE, Rational.ONE)))));
        assertThrows(IllegalArgumentException.class, () -> doc.execute(TakeEdits.moveClip("tk-1", "clp-1", Rational.of(-1))));
    }

    @Test
    void analysisCompletingAnOpenedDocumentIsNoUndoStepAndKeepsItClean() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), Path.of("/tmp/x"));
        long opened = doc.revision();
        assertTrue(doc.completeOpened(ProjectEdits.rename("Analysed"), opened));
        assertEquals("Analysed", doc.project().name());
        assertFalse(doc.isDirty(), "derived content is not an unsaved change");
        assertFalse(doc.canUndo(), "and not an undo step");

        ProjectDocument edited = new ProjectDocument(Fixtures.project(), Path.of("/tmp/x"));
        long before = edited.revision();
        edited.execute(ProjectEdits.rename("Mine"));
        assertFalse(edited.completeOpened(ProjectEdits.rename("Analysed"), before), "the user edited meanwhile");
        edited.undo();
        assertFalse(edited.completeOpened(ProjectEdits.rename("Analysed"), before), "redo history exists");
        assertEquals(Fixtures.project().name(), edited.project().name(), "refused: nothing applied");
    }

    @Test
    void dirtyFlagFollowsRevisionsAndSaves() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        int[] fired = {0};
        doc.addListener(() -> fired[0]++);
        doc.execute(ProjectEdits.rename("One"));
        doc.markSaved(Path.of("/tmp/x"));
        assertFalse(doc.isDirty());
        doc.execute(ProjectEdits.rename("Two"));
        assertTrue(doc.isDirty());
        doc.undo();
        assertFalse(doc.isDirty(), "back at the saved revision");
        doc.undo();
        assertTrue(doc.isDirty(), "before the saved revision is also unsaved");
        doc.redo();
        doc.execute(ProjectEdits.rename(doc.project().name()));
        assertTrue(doc.canRedo(), "a no-op edit is not recorded and keeps redo");
        doc.execute(ProjectEdits.rename("Three"));
        assertTrue(fired[0] >= 5);
        assertFalse(doc.canRedo(), "a new edit clears redo");
    }

    @Test
    void editCannotRunInsideAnEdit() {
        ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
        Edit nested = Edit.of("Nested", p -> {
            doc.execute(ProjectEdits.rename("inner"));
            return p;
        });
        assertThrows(IllegalStateException.class, () -> doc.execute(nested));
    }

    @Test
    void realPersonNeedsAStatement() {
        assertThrows(IllegalArgumentException.class, () -> new ConsentRecord(true, " ", "me", "now"));
    }
}
