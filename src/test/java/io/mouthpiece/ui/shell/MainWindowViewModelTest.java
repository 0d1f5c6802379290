package io.mouthpiece.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.ui.dialog.Dialogs.SaveChoice;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import io.mouthpiece.ui.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state and file actions, without a screen, against real project folders. */
class MainWindowViewModelTest {
    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<List<Path>> storedRecents = new ArrayList<>();
    MainWindowViewModel vm;
    Path astronaut;

    @BeforeEach
    void setUp() throws Exception {
        astronaut = TestProjects.create(tmp.resolve("astronaut"), "Astronaut");
        RecentProjects recents = new RecentProjects() {
            @Override public List<Path> load() { return List.of(); }
            @Override public void store(List<Path> newestFirst) { storedRecents.add(newestFirst); }
        };
        vm = new MainWindowViewModel(store, dialogs, recents, () -> Project.empty("prj-new", "Untitled"));
    }

    @Test
    void titleShowsNameAndUnsavedMarkerAndUndoRestoresIt() {
        assertTrue(vm.open(astronaut));
        assertEquals("Astronaut \u2014 Mouthpiece", vm.getTitle());
        assertFalse(vm.canUndoProperty().get());
        assertEquals("Undo", vm.undoTextProperty().get());

        vm.execute(ProjectEdits.rename("Moon Walk"));
        assertEquals("\u2022 Moon Walk \u2014 Mouthpiece", vm.getTitle());
        assertTrue(vm.isDirty());
        assertEquals("Undo Rename Project", vm.undoTextProperty().get());
        assertEquals("Moon Walk", vm.projectProperty().get().name());

        vm.undo();
        assertEquals("Astronaut \u2014 Mouthpiece", vm.getTitle());
        assertFalse(vm.isDirty());
        assertEquals("Astronaut", vm.projectProperty().get().name());
        assertTrue(vm.canRedoProperty().get());
        assertEquals("Redo Rename Project", vm.redoTextProperty().get());

        vm.redo();
        assertEquals("Moon Walk", vm.projectNameProperty().get());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen() {
        vm.open(astronaut);
        assertTrue(vm.requestClose(), "nothing to lose: no question");
        assertTrue(dialogs.saveQuestions.isEmpty());

        vm.execute(ProjectEdits.rename("Changed"));
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        assertFalse(vm.requestClose());
        assertEquals(List.of("Changed"), dialogs.saveQuestions);

        dialogs.saveAnswers.add(SaveChoice.DISCARD);
        assertTrue(vm.requestClose());
    }

    @Test
    void savingOnCloseWritesTheProjectFolder() throws Exception {
        vm.open(astronaut);
        vm.execute(ProjectEdits.rename("Saved Name"));
        dialogs.saveAnswers.add(SaveChoice.SAVE);
        assertTrue(vm.requestClose());
        assertEquals("Saved Name", store.load(astronaut).project().name());
        assertFalse(vm.isDirty());
        assertEquals("Saved Name \u2014 Mouthpiece", vm.getTitle());
    }

    @Test
    void newProjectAfterCancelKeepsTheCurrentDocument() {
        vm.open(astronaut);
        var doc = vm.getDocument();
        vm.execute(ProjectEdits.rename("Edited"));
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        vm.newProject();
        assertSame(doc, vm.getDocument());

        dialogs.saveAnswers.add(SaveChoice.DISCARD);
        vm.newProject();
        assertEquals("Untitled \u2014 Mouthpiece", vm.getTitle());
        assertNull(vm.folderProperty().get());
    }

    @Test
    void saveOfANewProjectAsksForAFolderAndRemembersIt() throws Exception {
        vm.newProject();
        vm.execute(ProjectEdits.rename("Fresh"));
        Path target = tmp.resolve("fresh");
        dialogs.folderAnswers.add(target);
        assertTrue(vm.save());
        assertEquals("Fresh", store.load(target).project().name());
        assertEquals(target, vm.folderProperty().get());
        assertEquals(List.of(target), vm.recentProjects());
        assertFalse(vm.isDirty());
    }

    @Test
    void saveAsRefusesAFolderThatHoldsOtherFilesOrAnotherProject() throws Exception {
        vm.open(astronaut);
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Path other = TestProjects.create(tmp.resolve("other"), "Other");
        dialogs.folderAnswers.add(busy);
        dialogs.folderAnswers.add(other);
        assertFalse(vm.saveAs());
        assertFalse(vm.saveAs());
        assertEquals(2, dialogs.errors.size());
        assertFalse(Files.exists(busy.resolve(ProjectStore.FILE)));
        assertEquals("Other", store.load(other).project().name());
        assertEquals(astronaut, vm.folderProperty().get());

        dialogs.folderAnswers.add(astronaut); // its own folder is fine
        assertTrue(vm.saveAs());
    }

    @Test
    void anEditThatCannotApplySaysWhyAndChangesNothing() {
        vm.open(astronaut);
        vm.execute(ProjectEdits.removeMedia("med-nope"));
        assertEquals("Cannot Remove Media", dialogs.errors.getFirst().title());
        assertTrue(dialogs.errors.getFirst().message().contains("med-nope"));
        assertFalse(vm.isDirty());
    }

    @Test
    void aDamagedProjectGivesAHumanMessageAndKeepsTheOpenOne() throws Exception {
        vm.open(astronaut);
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve(ProjectStore.FILE), "{ \"schema\": \"Project.1\", \"name\": ");
        assertFalse(vm.open(broken));
        var error = dialogs.errors.getFirst();
        assertEquals("Cannot open project", error.title());
        assertTrue(error.message().contains("damaged"), error.message());
        assertFalse(error.message().contains("at com."), "no stack trace in the message");
        assertEquals("Astronaut", vm.projectNameProperty().get());
    }

    @Test
    void recentProjectsPutTheLatestFirstWithoutDuplicates() throws Exception {
        Path other = TestProjects.create(tmp.resolve("other"), "Other");
        vm.open(astronaut);
        vm.open(other);
        vm.open(astronaut);
        assertEquals(List.of(astronaut, other), vm.recentProjects());
        assertEquals(List.of(astronaut, other), storedRecents.getLast());
    }

    @Test
    void aMissingRecentFolderIsForgotten() throws Exception {
        Path gone = TestProjects.create(tmp.resolve("gone"), "Gone");
        vm.open(gone);
        try (var files = Files.list(gone)) {
            for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(gone);
        assertFalse(vm.open(gone));
        assertFalse(vm.recentProjects().contains(gone));
        assertTrue(dialogs.errors.getFirst().message().contains("no longer exists"));
    }

    @Test
    void onlyAProjectFolderOrItsProjectFileCountsAsADrop() throws Exception {
        assertEquals(Optional.of(astronaut), MainWindowViewModel.projectFolderIn(List.of(astronaut)));
        assertEquals(Optional.of(astronaut),
                MainWindowViewModel.projectFolderIn(List.of(astronaut.resolve(ProjectStore.FILE))));
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertEquals(Optional.empty(), MainWindowViewModel.projectFolderIn(List.of(plain)));
        assertEquals(Optional.empty(), MainWindowViewModel.projectFolderIn(List.of(astronaut, plain)));
    }

    @Test
    void saveAsTakesTheMediaAlongSoTheCopyIsComplete() throws Exception {
        Path sampleCopy = tmp.resolve("sample");
        try (var files = Files.walk(SampleFixture.FOLDER)) {
            for (Path p : files.toList()) {
                Path dest = sampleCopy.resolve(SampleFixture.FOLDER.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest); else Files.copy(p, dest);
            }
        }
        assertTrue(vm.open(sampleCopy));
        Path target = tmp.resolve("my-take");
        dialogs.folderAnswers.add(target);
        assertTrue(vm.saveAs());
        var loaded = store.load(target);
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        assertEquals(Files.size(sampleCopy.resolve("media/line.wav")), Files.size(target.resolve("media/line.wav")));
        assertEquals(target, vm.folderProperty().get());
    }
}
