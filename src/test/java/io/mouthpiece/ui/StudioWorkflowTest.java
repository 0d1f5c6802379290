package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.task.PooledTaskExecutor;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.importing.ScriptedMediaDialogs;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import io.mouthpiece.ui.mediabin.MediaDrag;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.timeline.TimelineViewModel;
import io.mouthpiece.ui.timeline.LaneCell;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.KeyframeCurve;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.Decoded;
import io.mouthpiece.export.Background;
import io.mouthpiece.ui.export.ExportPreset;
import io.mouthpiece.ui.export.ExportSpec;
import io.mouthpiece.ui.export.QueueJob;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole workflow in the running studio (Monocle headless), as issue #6 asks: import the sample portrait and line
 * into a saved empty project, make a character from the portrait with a consent statement (real face fitting), pair
 * the line under it, wait for the analysis, save and read it back; then drag a keyframe on the jawOpen lane with the
 * mouse, undo it, and export a short MP4 through the render queue and decode it back.
 */
@ExtendWith(ApplicationExtension.class)
class StudioWorkflowTest {
    static final Path SAMPLE = Path.of("assets/samples/astronaut/media").toAbsolutePath();
    @TempDir Path tmp;
    Studio studio;
    MainWindowViewModel vm;
    final ScriptedMediaDialogs dialogs = new ScriptedMediaDialogs();
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = TestProjects.create(tmp.resolve("proj"), "Media Test");
        AppServices services = AppServices.create(AppDirs.under(tmp.resolve("home")),
                new InstallLayout(Path.of("assets"), Path.of("models")));
        studio = new Studio(new StudioOptions(folder, null, false, true, false, StudioOptions.Shot.DEFAULT), services,
                new PooledTaskExecutor(2));
        vm = studio.start(stage, owner -> dialogs);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(studio::stop).get(20, TimeUnit.SECONDS);
    }

    static ListCell<?> dialogueLane(FxRobot robot) {
        return robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof TimelineViewModel.Row r
                && r.lane() == TimelineViewModel.Lane.DIALOGUE).tryQuery().map(n -> (ListCell<?>) n).orElse(null);
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    @Test
    void importsMakesACharacterWithConsentPairsTheLineAndSavesIt(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        assertEquals(folder.toAbsolutePath(), fx(() -> vm.folderProperty().get()));
        fx(() -> {
            studio.media().importAction().importFiles(List.of(SAMPLE.resolve("astronaut.png"), SAMPLE.resolve("line.wav")));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> vm.projectProperty().get().media().size() == 2));
        List<MediaRef> media = fx(() -> vm.projectProperty().get().media());
        assertEquals(MediaKind.IMAGE, media.get(0).kind());
        assertEquals(MediaKind.AUDIO, media.get(1).kind());
        assertTrue(Files.isRegularFile(folder.resolve("media/astronaut.png")));
        // thumbnails arrive in the background: the picture scaled down, the line as a waveform
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> studio.media().binViewModel().items().stream()
                .allMatch(i -> i.thumbnail() != null)));
        var items = fx(() -> studio.media().binViewModel().items());
        assertEquals(512, items.get(0).thumbnail().sourceWidth(), "the 512x512 portrait");
        assertNotNull(items.get(1).thumbnail().peaks());

        ConsentRecord consent = new ConsentRecord(true, "Test Person agreed to this likeness voicing the demo line",
                "tester", "2026-11-21T00:00:00Z");
        dialogs.consentAnswers.add(Optional.of(consent));
        String imageId = media.get(0).id();
        fx(() -> {
            studio.media().characterAction().run(imageId);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !vm.projectProperty().get().actors().isEmpty()));
        assertEquals(List.of(), dialogs.studio.errors);
        Project p = fx(() -> vm.projectProperty().get());
        Actor actor = p.actors().getFirst();
        assertEquals("Astronaut", actor.name());
        assertNotNull(actor.face(), "the face was fitted");
        assertEquals(consent, actor.consent());
        Take take = p.takes().getFirst();
        assertEquals(imageId, take.pictureMediaId(), "the empty project got a take showing the portrait");

        // the sound dropped on the character's dialogue lane: the lane's drop target fires a pair request from the cell
        String soundId = media.get(1).id();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> dialogueLane(robot) != null));
        fx(() -> {
            ListCell<?> lane = dialogueLane(robot);
            lane.fireEvent(new MediaDrag.PairRequest(lane, lane, soundId, actor.id(), Rational.ZERO));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                !vm.projectProperty().get().takes().getFirst().dialogue().isEmpty()));
        String clipId = fx(() -> vm.projectProperty().get().takes().getFirst().dialogue().getFirst().clips().getFirst().id());
        assertEquals(new StudioSelection.Focus.OfClip(clipId), fx(() -> studio.selection().focusProperty().get()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            Take t = vm.projectProperty().get().takes().getFirst();
            return !studio.analyseAction().runningProperty().get() && t.motionOf(actor.id())
                    .map(m -> m.visemes() != null && !m.visemes().duration().isBefore(media.get(1).duration())).orElse(false);
        }));
        Take analysed = fx(() -> vm.projectProperty().get().takes().getFirst());
        assertTrue(analysed.motionOf(actor.id()).orElseThrow().visemes().segments().stream()
                .anyMatch(s -> s.viseme() != io.mouthpiece.core.speech.Viseme.SIL), "the line moves the mouth");

        // a click on the clip in the dialogue lane focuses it, which opens its transcript under the media bin
        fx(() -> {
            studio.selection().focus(new StudioSelection.Focus.OfMedia(soundId));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!fx(() -> studio.media().transcriptViewModel().activeProperty().get()));
        javafx.geometry.Point2D onClip = fx(() -> {
            ListCell<?> lane = dialogueLane(robot);
            return lane.localToScreen(lane.snappedLeftInset() + 170 + 40, lane.getHeight() / 2);
        });
        robot.clickOn(onClip, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() ->
                studio.selection().focusProperty().get().equals(new StudioSelection.Focus.OfClip(clipId))));
        assertTrue(fx(() -> studio.media().transcriptViewModel().activeProperty().get()));

        assertTrue(fx(vm::save));
        String json = Files.readString(folder.resolve(ProjectStore.FILE));
        assertTrue(json.contains("Test Person agreed to this likeness voicing the demo line"), json);
        assertTrue(json.contains("\"realPerson\" : true"), json);
        assertTrue(json.contains(clipId));
        Project saved = new ProjectStore().load(folder).project();
        assertEquals(consent, saved.actors().getFirst().consent());
        assertEquals(soundId, saved.takes().getFirst().clip(clipId).orElseThrow().mediaId());
        System.out.printf("import, character, pairing and analysis took %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        moveTheClipAndUndo(analysed.id(), actor.id(), clipId);
        moveAKeyAndUndo(robot, analysed.id(), actor.id());
        exportAShortMp4();
    }

    boolean settled(String takeId, String actorId, Rational firstSound) throws Exception {
        return fx(() -> !studio.analyseAction().runningProperty().get() && vm.getDocument().project().take(takeId)
                .motionOf(actorId).orElseThrow().visemes().segments().stream()
                .filter(s -> s.viseme() != io.mouthpiece.core.speech.Viseme.SIL).findFirst()
                .map(s -> !s.start().isBefore(firstSound)).orElse(false));
    }

    /**
     * The clip moved one second later (as the timeline's drag does: the edit, then the re-analysis): the curves follow
     * it inside the same undo step, so one undo brings back the clip and its curves together. An undo while the
     * re-analysis still runs drops the stale result instead of writing it over the restored take.
     */
    void moveTheClipAndUndo(String takeId, String actorId, String clipId) throws Exception {
        Project before = fx(() -> vm.getDocument().project());
        Rational firstSound = before.take(takeId).motionOf(actorId).orElseThrow().visemes().segments().stream()
                .filter(s -> s.viseme() != io.mouthpiece.core.speech.Viseme.SIL).findFirst().orElseThrow().start();
        Rational later = firstSound.add(Rational.ONE);
        String description = fx(() -> {
            vm.execute(TakeEdits.moveClip(takeId, clipId, Rational.ONE));
            studio.media().reanalyse();
            return vm.getDocument().undoDescription().orElseThrow();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> settled(takeId, actorId, later));
        assertEquals(description, fx(() -> vm.getDocument().undoDescription().orElseThrow()),
                "the analysis joined the move's undo step");
        fx(() -> {
            vm.undo();
            return null;
        });
        assertEquals(before, fx(() -> vm.getDocument().project()), "one undo: clip and curves back together");

        fx(() -> {
            vm.redo();
            vm.undo();
            vm.redo();
            vm.undo(); // back at the start, then the same move again and an undo straight away
            vm.execute(TakeEdits.moveClip(takeId, clipId, Rational.ONE));
            studio.media().reanalyse();
            vm.undo();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !studio.analyseAction().runningProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !studio.analyseAction().runningProperty().get()));
        assertEquals(before, fx(() -> vm.getDocument().project()), "the stale result did not land on the undone take");
        assertTrue(fx(() -> vm.getDocument().canRedo()), "and did not clear redo");
    }

    KeyframeCurve jaw(String actorId) throws Exception {
        return fx(() -> vm.getDocument().project().takes().getFirst().motionOf(actorId).orElseThrow().motion()
                .userCurve(Channel.JAW_OPEN));
    }

    static LaneCell jawLane(FxRobot robot) {
        return robot.lookup(n -> n instanceof LaneCell c && c.row() != null && c.row().channel() == Channel.JAW_OPEN)
                .tryQuery().map(n -> (LaneCell) n).orElse(null);
    }

    /** A key on jawOpen at 1 s, dragged with the mouse to the top of the lane and later; Ctrl+Z puts it back. */
    @SuppressWarnings("unchecked")
    void moveAKeyAndUndo(FxRobot robot, String takeId, String actorId) throws Exception {
        Keyframe key = new Keyframe(Rational.ONE, 0.3, Interpolation.SMOOTH);
        fx(() -> {
            vm.execute(MotionEdits.setKey(takeId, actorId, Channel.JAW_OPEN, key));
            return null;
        });
        ListView<TimelineViewModel.Row> list = robot.lookup(".track-list").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().stream().filter(r -> r.channel() == Channel.JAW_OPEN)
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> jawLane(robot) != null));
        Project keyed = fx(() -> vm.getDocument().project());

        Point2D from = fx(() -> jawLane(robot).screenPoint(key.time(), key.value()));
        Point2D to = fx(() -> jawLane(robot).screenPoint(Rational.of(3, 2), 1.0));
        robot.drag(from, MouseButton.PRIMARY).moveBy(10, 0).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jaw(actorId).keys().getFirst().time().equals(key.time()));
        Keyframe moved = jaw(actorId).keys().getFirst();
        assertEquals(1, jaw(actorId).keys().size());
        assertTrue(moved.time().isAfter(Rational.of(13, 10)), "dragged half a second later: " + moved);
        assertEquals(1L, moved.time().multiply(Rational.of(25)).den(), "the key lands on a whole frame");
        assertTrue(moved.value() > 0.9, "dragged to the top of the lane: " + moved);
        assertEquals("Move Keyframe", fx(() -> vm.getDocument().undoDescription().orElseThrow()));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jaw(actorId).keys().getFirst().equals(key));
        assertEquals(keyed, fx(() -> vm.getDocument().project()), "one undo restores the project exactly");
    }

    /** 0.4 s of the take through the render queue (its own GL thread), decoded back: frames, size, sound, label. */
    void exportAShortMp4() throws Exception {
        String takeId = fx(() -> vm.getDocument().project().takes().getFirst().id());
        fx(() -> {
            vm.execute(TakeEdits.setInOut(takeId, Rational.of(1, 5), Rational.of(3, 5)));
            return null;
        });
        Path out = tmp.resolve("out").resolve("take.mp4");
        Optional<QueueJob> job = fx(() -> studio.exportAction().queue(ExportSpec.of(ExportPreset.WEB_MP4,
                ExportSpec.Range.IN_OUT, 320, 180, FrameRate.FPS_25, Background.KEEP, out)));
        assertTrue(job.isPresent(), "queued");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> job.get().state().isFinished()));
        assertEquals(QueueJob.State.DONE, fx(() -> job.get().state()), fx(() -> job.get().messageProperty().get()));
        Decoded d = Decoded.of(out, false);
        assertEquals(10, d.frames.size(), "0.4 s at 25 fps");
        assertEquals(320, d.width);
        assertEquals(180, d.height);
        assertTrue(d.audioSeconds() > 0.35 && d.audioSeconds() < 0.5, "the range's sound: " + d.audioSeconds());
        assertTrue(d.metadata.values().stream().anyMatch(v -> v.contains("AI-generated")), d.metadata.toString());
        assertTrue(Files.isRegularFile(out.resolveSibling("take.mp4.provenance.json")));
        // the mouth moves during the line: not every frame is the same picture
        assertTrue(d.frames.stream().map(java.util.Arrays::hashCode).distinct().count() > 1, "the exported frames animate");
    }
}
