package io.mouthpiece.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.media.FfmpegMediaProber;
import io.mouthpiece.service.MediaFixtures;
import io.mouthpiece.service.MediaImporter;
import io.mouthpiece.service.ProjectCreator;
import io.mouthpiece.ui.mediabin.ClipTranscriptViewModel;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.shell.RecentProjects;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.task.JobsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, pairing and the clip transcript through the real main-window view model, without a screen. */
class ImportAndPairTest {
    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final ScriptedMediaDialogs dialogs = new ScriptedMediaDialogs();
    final List<String> statuses = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    int analyses;
    MainWindowViewModel vm;
    StudioSelection selection;
    ImportMediaAction importer;
    PairAudioAction pairing;

    @BeforeEach
    void setUp() {
        RecentProjects recents = new RecentProjects() {
            @Override public List<Path> load() { return List.of(); }
            @Override public void store(List<Path> newestFirst) { }
        };
        vm = new MainWindowViewModel(store, dialogs, recents, () -> Project.empty("prj-new", "Untitled"));
        selection = new StudioSelection(vm.projectProperty());
        FxJobRunner runner = new FxJobRunner(new SameThreadTaskExecutor(), Runnable::run, new JobsViewModel());
        FfmpegMediaProber prober = new FfmpegMediaProber();
        importer = new ImportMediaAction(runner, new MediaImporter(prober, new ProjectCreator(store, prober)),
                vm::getDocument, vm::save, vm::execute, dialogs, (t, m) -> errors.add(t + ": " + m), statuses::add);
        pairing = new PairAudioAction(vm::getDocument, selection, vm::execute, () -> analyses++, (t, m) -> errors.add(t + ": " + m));
    }

    @Test
    void importsABatchAsOneUndoStepAndPairsTheSoundUnderACharacter() throws Exception {
        Path folder = tmp.resolve("proj");
        store.save(folder, Project.empty("prj-1", "Proj"));
        assertTrue(vm.open(folder));
        Path png = MediaFixtures.png(tmp.resolve("in/face.png"), 64, 64);
        Path wav = MediaFixtures.wav(tmp.resolve("in/line.wav"), 1.2, 0.5, false);
        Path junk = Files.writeString(tmp.resolve("in/readme.mp3"), "text");
        dialogs.fileAnswers.add(List.of(png, wav, junk));

        importer.chooseAndImport();
        List<MediaRef> media = vm.projectProperty().get().media();
        assertEquals(List.of("media/face.png", "media/line.wav"), media.stream().map(MediaRef::path).toList());
        assertEquals("Undo Import 2 Files", vm.undoTextProperty().get());
        assertEquals(1, errors.size(), "the bad file is reported: " + errors);
        assertTrue(errors.getFirst().startsWith("Some files were not imported: readme.mp3: readme.mp3 is not"), errors.getFirst());
        assertEquals("Imported face.png, line.wav", statuses.getLast());

        vm.undo();
        assertTrue(vm.projectProperty().get().media().isEmpty(), "one undo removes the batch");
        vm.redo();

        // a character on the picture and a take (as New Character from Portrait leaves them), then pair the sound
        MediaRef image = media.get(0), sound = media.get(1);
        vm.execute(io.mouthpiece.core.edit.ActorEdits.add(new Actor("act-1", "Face", image.id())));
        vm.execute(TakeEdits.add(new Take("tk-1", "Take 1", Rational.of(5), image.id())));
        var clipId = pairing.add(sound.id(), "act-1", Rational.of(1, 2)).orElseThrow();
        Take take = vm.projectProperty().get().take("tk-1");
        AudioClip clip = take.clip(clipId).orElseThrow();
        assertEquals(new TimeRange(Rational.of(1, 2), sound.duration()), clip.range());
        assertEquals("act-1", take.dialogue().getFirst().actorId());
        assertEquals(1, analyses, "the take is re-analysed");
        assertEquals(new StudioSelection.Focus.OfClip(clipId), selection.focusProperty().get());

        // dropped again at the same place: it slides after the first clip instead of overlapping it
        var second = pairing.add(sound.id(), "act-1", Rational.ONE).orElseThrow();
        assertEquals(clip.range().end(), vm.projectProperty().get().take("tk-1").clip(second).orElseThrow().range().start());
        assertFalse(pairing.add(image.id(), "act-1", Rational.ZERO).isPresent(), "a picture is not dialogue");
        assertTrue(errors.getLast().contains("has no sound"), errors.getLast());

        // the transcript panel follows the focused clip; Apply is one edit and re-analyses
        ClipTranscriptViewModel transcript = new ClipTranscriptViewModel(selection, vm::execute, () -> analyses++);
        selection.focus(new StudioSelection.Focus.OfClip(clipId));
        assertTrue(transcript.activeProperty().get());
        assertEquals("Clip: line.wav under Face", transcript.clipLabelProperty().get());
        transcript.textProperty().set("  hello there  ");
        int before = analyses;
        transcript.apply();
        assertEquals("hello there", vm.projectProperty().get().take("tk-1").clip(clipId).orElseThrow().transcript());
        assertEquals("Undo Edit Transcript", vm.undoTextProperty().get());
        assertEquals(before + 1, analyses);
        vm.undo();
        assertEquals("", transcript.textProperty().get(), "undo shows the old text");
        selection.focus(new StudioSelection.Focus.OfMedia(sound.id()));
        assertFalse(transcript.activeProperty().get());
    }

    @Test
    void anUnsavedProjectIsSavedFirstOrNothingHappens() throws Exception {
        vm.newProject();
        Path wav = MediaFixtures.wav(tmp.resolve("in/line.wav"), 0.5, 0.5, false);
        dialogs.saveFirstAnswers.add(false);
        importer.importFiles(List.of(wav));
        assertTrue(vm.projectProperty().get().media().isEmpty());
        assertEquals("Import cancelled: the project has no folder yet", statuses.getLast());

        dialogs.saveFirstAnswers.add(true);
        dialogs.studio.folderAnswers.add(tmp.resolve("saved"));
        importer.importFiles(List.of(wav));
        assertEquals(tmp.resolve("saved").toAbsolutePath(), vm.folderProperty().get());
        assertEquals(1, vm.projectProperty().get().media().size());
        assertTrue(Files.isRegularFile(tmp.resolve("saved/media/line.wav")));
    }

    @Test
    void onlyMediaDropsAreClaimedAProjectFolderStillOpens() throws Exception {
        Path folder = tmp.resolve("proj");
        store.save(folder, Project.empty("prj-1", "Proj"));
        Path wav = MediaFixtures.wav(tmp.resolve("line.wav"), 0.2, 0.5, false);
        assertFalse(MediaDropTarget.isMediaDrop(List.of(folder)), "a project folder is opened, not imported");
        assertFalse(MediaDropTarget.isMediaDrop(List.of(folder.resolve("project.json"))));
        assertTrue(MediaDropTarget.isMediaDrop(List.of(wav)));
        assertTrue(MediaDropTarget.isMediaDrop(List.of(tmp.resolve("Portrait.JPG"), tmp.resolve("notes.txt"))));
        assertFalse(MediaDropTarget.isMediaDrop(List.of(tmp.resolve("notes.txt"))));
    }

    @Test
    void freeStartSkipsOverlappingClips() {
        var a = new AudioClip("a", "m", TimeRange.between(Rational.ONE, Rational.of(2)));
        var b = new AudioClip("b", "m", TimeRange.between(Rational.of(2), Rational.of(3)));
        assertEquals(Rational.ZERO, PairAudioAction.freeStart(List.of(a, b), Rational.ZERO, Rational.ONE));
        assertEquals(Rational.of(3), PairAudioAction.freeStart(List.of(a, b), Rational.of(1, 2), Rational.ONE));
        assertEquals(Rational.of(3), PairAudioAction.freeStart(List.of(b, a), Rational.of(3, 2), Rational.of(1, 10)));
    }
}
