package io.mouthpiece.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.Fixtures;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.motion.BlendMode;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.service.LipsyncService;
import io.mouthpiece.ui.inspector.InspectorPage.CharacterPage;
import io.mouthpiece.ui.inspector.InspectorPage.ClipPage;
import io.mouthpiece.ui.inspector.InspectorPage.KeyPage;
import io.mouthpiece.ui.inspector.InspectorPage.MediaPage;
import io.mouthpiece.ui.inspector.InspectorPage.ProjectPage;
import io.mouthpiece.ui.inspector.InspectorPage.TakePage;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.selection.StudioSelection.Focus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Every inspector subject without a screen: what it shows, each edit changes the project, undo restores it. */
class InspectorViewModelTest {
    final ProjectDocument doc = new ProjectDocument(Fixtures.project(), null);
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>(doc.project());
    final StudioSelection selection = new StudioSelection(project);
    final SimpleObjectProperty<Rational> playhead = new SimpleObjectProperty<>(Rational.ZERO);
    final InspectorViewModel vm = new InspectorViewModel(selection, new SimpleObjectProperty<Path>(), playhead, doc::execute,
            Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));

    { doc.addListener(() -> project.set(doc.project())); }

    @Test
    void projectPageRenamesAndSetsTheBackgroundThroughUndoableEdits() {
        ProjectPage p = assertInstanceOf(ProjectPage.class, vm.page());
        assertEquals("Fixture", p.name());
        assertEquals("25 fps \u00b7 1280\u00d7720", p.format());
        assertEquals("1 character", p.characters());
        assertEquals("(not saved yet)", p.folder());
        vm.renameProject("  Moon Walk ");
        assertEquals("Moon Walk", doc.project().name());
        assertEquals("Moon Walk", ((ProjectPage) vm.page()).name());
        vm.renameProject("   ");
        assertFalse(vm.errorProperty().get().isEmpty());
        vm.commitBackground("purple");
        assertEquals("keep", doc.project().background(), "an invalid value changes nothing");
        vm.commitBackground(" #00B140 ");
        assertEquals("#00b140", doc.project().background());
        assertEquals("", vm.errorProperty().get());
        doc.undo();
        doc.undo();
        assertEquals(Fixtures.project(), doc.project());
        assertEquals("Fixture", ((ProjectPage) vm.page()).name());
    }

    @Test
    void outlineFocusesTakesAndCharacters() {
        List<String> labels = vm.outline().stream().map(InspectorViewModel.Entry::label).toList();
        assertEquals(List.of("Fixture", "Take 1", "Ada"), labels);
        vm.pick(vm.outline().get(1));
        assertInstanceOf(TakePage.class, vm.page());
        vm.pick(vm.outline().get(2));
        assertInstanceOf(CharacterPage.class, vm.page());
        vm.pick(vm.outline().get(0));
        assertInstanceOf(ProjectPage.class, vm.page());
    }

    @Test
    void takePageEditsNameAndInOutWithTimecodes() {
        selection.focus(new Focus.OfTake("tk-1"));
        TakePage t = assertInstanceOf(TakePage.class, vm.page());
        // adding the 3 s clip at 0.5 s grew the take to 3.5 s
        assertEquals("00:00:03:12", t.duration());
        assertEquals("00:00:00:00", t.in());
        assertEquals("", t.out());
        assertEquals("face.png", t.picture());
        assertEquals(List.of("Ada"), t.characters());
        vm.renameTake("Hero line");
        assertEquals("Hero line", doc.project().take("tk-1").name());
        vm.setInOut("00:00:00:10", "00:00:02:00");
        assertEquals(Rational.of(2, 5), doc.project().take("tk-1").inPoint());
        assertEquals(Rational.of(2), doc.project().take("tk-1").outPoint());
        assertEquals("00:00:02:00", ((TakePage) vm.page()).out());
        vm.setInOut("00:00:02:10", "00:00:02:00");
        assertFalse(vm.errorProperty().get().isEmpty(), "out before in is refused");
        vm.setInOut("nonsense", "");
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(Rational.of(2), doc.project().take("tk-1").outPoint());
        doc.undo();
        doc.undo();
        assertEquals(Fixtures.project(), doc.project());
    }

    @Test
    void takeDurationIsEditableButNeverCutsOffDialogue() {
        int[] reanalysed = {0};
        InspectorViewModel vm = new InspectorViewModel(selection, new SimpleObjectProperty<Path>(), playhead, doc::execute,
                Clock.systemUTC(), () -> reanalysed[0]++);
        selection.focus(new Focus.OfTake("tk-1"));
        vm.setTakeDuration("00:00:03:12");
        assertFalse(doc.canUndo(), "the value shown, committed again, changes nothing");
        vm.setTakeDuration("00:00:05:00");
        assertEquals(Rational.of(5), doc.project().take("tk-1").duration());
        assertEquals("Change Take Duration", doc.undoDescription().orElseThrow());
        assertEquals(1, reanalysed[0], "the motion is recomputed for the new length");
        vm.setTakeDuration("00:00:02:00");
        assertTrue(vm.errorProperty().get().contains("the dialogue runs to 00:00:03:12"), vm.errorProperty().get());
        assertEquals(Rational.of(5), doc.project().take("tk-1").duration());
        vm.setTakeDuration("00:00:00:00");
        assertFalse(vm.errorProperty().get().isEmpty());
        // an out point past the new end comes in with it, in the same undo step
        vm.setInOut("00:00:01:00", "00:00:04:20");
        vm.setTakeDuration("00:00:04:00");
        assertEquals(Rational.of(4), doc.project().take("tk-1").outPoint());
        assertEquals(Rational.ONE, doc.project().take("tk-1").inPoint());
        doc.undo();
        assertEquals(Rational.of(5), doc.project().take("tk-1").duration());
        assertEquals(Rational.of(24, 5), doc.project().take("tk-1").outPoint());
        assertEquals(2, reanalysed[0]);
    }

    @Test
    void characterPageShowsConsentAndRecordsIt() {
        selection.focus(new Focus.OfCharacter("act-1"));
        CharacterPage c = assertInstanceOf(CharacterPage.class, vm.page());
        assertEquals("Ada", c.name());
        assertEquals("face.png", c.source());
        assertEquals("Not analysed yet", c.face());
        assertEquals(ConsentRecord.NOT_RECORDED, c.consent());
        assertTrue(c.presets().containsAll(List.of("neutral", "happy", "sad", "angry", "surprised", "thinking")));

        vm.setConsent(true, "  ", "me");
        assertFalse(vm.errorProperty().get().isEmpty(), "a real person needs a statement");
        assertFalse(doc.canUndo());
        vm.setConsent(true, "Ada signed a release for this video, 2026-04-30", "Producer");
        assertEquals(new ConsentRecord(true, "Ada signed a release for this video, 2026-04-30", "Producer", "2026-05-01T10:00:00Z"),
                doc.project().actor("act-1").consent());
        assertEquals("Edit Consent", doc.undoDescription().orElseThrow());
        vm.renameCharacter("Ada L.");
        assertEquals("Ada L.", doc.project().actor("act-1").name());
        doc.undo();
        doc.undo();
        assertEquals(Fixtures.project(), doc.project());
        assertEquals(ConsentRecord.NOT_RECORDED, ((CharacterPage) vm.page()).consent());
    }

    @Test
    void dialsCommitOnceAndRebuildTheGeneratedMotion() {
        VisemeTrack lane = new VisemeTrack(List.of(new VisemeSegment(Rational.ZERO, Rational.ONE, Viseme.SIL, 0),
                new VisemeSegment(Rational.ONE, Rational.of(2), Viseme.AA, 1),
                new VisemeSegment(Rational.of(2), Rational.of(7, 2), Viseme.SIL, 0)), Rational.of(7, 2));
        doc.execute(MotionEdits.setGenerated("tk-1", "act-1", LipsyncService.curves(lane, doc.project().frameRate(), MotionDials.DEFAULT), lane));
        Project analysed = doc.project();
        selection.focus(new Focus.OfCharacter("act-1"));
        assertTrue(((CharacterPage) vm.page()).hasLane());
        double jaw = jawAt(Rational.of(3, 2));
        assertTrue(jaw > 0.3, "open on the vowel: " + jaw);

        vm.commitDials(MotionDials.DEFAULT);
        assertEquals(analysed, doc.project(), "an unchanged dial makes no edit");
        vm.commitDials(new MotionDials(0.5, 1, 1, 1, 1, 1, 1));
        assertEquals(0.5, doc.project().actor("act-1").dials().mouthAmplitude());
        assertEquals(jaw * 0.5, jawAt(Rational.of(3, 2)), 0.01, "the mouth opens half as far");
        assertEquals(0.5, ((CharacterPage) vm.page()).dials().mouthAmplitude());
        doc.undo();
        assertEquals(analysed, doc.project());
    }

    double jawAt(Rational t) {
        return doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().evaluate(Channel.JAW_OPEN, t);
    }

    @Test
    void presetsGoAtThePlayheadOrOverTheInOutRange() {
        selection.focus(new Focus.OfCharacter("act-1"));
        playhead.set(Rational.ONE);
        assertEquals("At playhead 00:00:01:00", vm.presetWhereProperty().get());
        vm.applyPreset("surprised", 1.0, 0.2, 0.4);
        KeyframeCurve wide = doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().userCurve(Channel.EYE_WIDE_LEFT);
        assertEquals(List.of(Rational.ONE, Rational.of(6, 5), Rational.of(8, 5), Rational.of(2)),
                wide.keys().stream().map(Keyframe::time).toList());
        assertEquals(BlendMode.ADD, wide.mode());
        assertEquals(0.7, wide.evaluate(Rational.of(7, 5)), 1e-9);
        assertEquals("Apply Expression \"surprised\"", doc.undoDescription().orElseThrow());
        doc.undo();
        assertEquals(Fixtures.project(), doc.project(), "undo removes the block");

        // with an in/out range the block covers it
        doc.execute(io.mouthpiece.core.edit.TakeEdits.setInOut("tk-1", Rational.of(1, 2), Rational.of(3, 2)));
        assertEquals("In/out 00:00:00:12 \u2013 00:00:01:12", vm.presetWhereProperty().get());
        vm.applyPreset("happy", 5, 0.1, 0.1);
        KeyframeCurve smile = doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().userCurve(Channel.MOUTH_SMILE_LEFT);
        assertEquals(Rational.of(1, 2), smile.keys().getFirst().time());
        assertEquals(Rational.of(3, 2), smile.keys().getLast().time());

        playhead.set(Rational.of(7, 2));
        doc.undo();
        doc.undo();
        vm.applyPreset("happy", 1, 0.1, 0.1);
        assertFalse(vm.errorProperty().get().isEmpty(), "no room after the end of the take");
        assertFalse(doc.canUndo());
    }

    @Test
    void clipPageEditsTheTranscript() {
        selection.focus(new Focus.OfClip("clp-1"));
        ClipPage c = assertInstanceOf(ClipPage.class, vm.page());
        assertEquals("Ada", c.character());
        assertEquals("line.wav", c.media());
        assertEquals("00:00:00:12", c.start());
        assertEquals("00:00:03:12", c.end());
        assertEquals("", c.transcript());
        vm.setTranscript("  Hello there. ");
        assertEquals("Hello there.", doc.project().take("tk-1").clip("clp-1").orElseThrow().transcript());
        assertEquals("Hello there.", ((ClipPage) vm.page()).transcript());
        doc.undo();
        assertEquals(Fixtures.project(), doc.project());
    }

    @Test
    void keyPageEditsValueInterpolationAndTime() {
        doc.execute(MotionEdits.setKey("tk-1", "act-1", Channel.JAW_OPEN, new Keyframe(Rational.ONE, 0.4, Interpolation.SMOOTH)));
        Project keyed = doc.project();
        selection.focus(new Focus.OfKey("act-1", Channel.JAW_OPEN, Rational.ONE));
        KeyPage k = assertInstanceOf(KeyPage.class, vm.page());
        assertEquals("00:00:01:00", k.timecode());
        assertEquals(25, k.frame());
        assertEquals(0.4, k.value());
        vm.setKeyValue(0.9);
        vm.setKeyInterpolation(Interpolation.HOLD);
        vm.setKeyTimecode("00:00:01:05");
        KeyframeCurve jaw = doc.project().take("tk-1").motionOf("act-1").orElseThrow().motion().userCurve(Channel.JAW_OPEN);
        assertEquals(List.of(new Keyframe(Rational.of(6, 5), 0.9, Interpolation.HOLD)), jaw.keys());
        KeyPage moved = assertInstanceOf(KeyPage.class, vm.page(), "the focus follows the moved key");
        assertEquals(30, moved.frame());
        vm.setKeyTimecode("01:00");
        assertFalse(vm.errorProperty().get().isEmpty());
        doc.undo();
        doc.undo();
        doc.undo();
        assertEquals(keyed, doc.project());
    }

    @Test
    void mediaPageShowsFileKindSizeDurationAndState() {
        selection.focus(new Focus.OfMedia("med-wav"));
        MediaPage m = assertInstanceOf(MediaPage.class, vm.page());
        assertEquals("media/line.wav", m.file());
        assertEquals("audio", m.kind());
        assertEquals("20 B", m.size());
        assertEquals("3.00 s", m.duration());
        assertEquals("Missing", m.state(), "the fixture's files are not on disk");
        selection.focus(new Focus.OfMedia("med-gone"));
        assertInstanceOf(ProjectPage.class, vm.page(), "a focus on something gone shows the project");
    }
}
