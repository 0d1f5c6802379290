package io.mouthpiece.ui.library;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.service.CharacterLibrary;
import io.mouthpiece.service.CharacterLibraryTest;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.task.JobsViewModel;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** The library's view model on real folders, without a screen (jobs run on the calling thread). */
class LibraryViewModelTest {
    @TempDir Path tmp;

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();
    final List<Path> revealed = new ArrayList<>();
    ProjectDocument doc;
    boolean allowDelete = true;

    LibraryViewModel vm(StudioSelection selection) {
        FxJobRunner runner = new FxJobRunner(new SameThreadTaskExecutor(), Runnable::run, new JobsViewModel());
        return new LibraryViewModel(new CharacterLibrary(tmp.resolve("library")), runner, selection, folder::get,
                e -> {
                    doc.execute(e);
                    project.set(doc.project());
                }, dialogs, e -> allowDelete, revealed::add);
    }

    void open(Project p, Path f) {
        doc = new ProjectDocument(p, f);
        project.set(p);
        folder.set(f);
    }

    @Test
    void savesTheFocusedCharacterAndAddsItToAnotherProject() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = CharacterLibraryTest.dressedSample(a);
        // a second character, focused: that one is saved
        Actor second = new Actor("act-second", "Narrator", pa.actors().getFirst().sourceMediaId())
                .withRig(pa.actors().getFirst().rig()).withFace(pa.actors().getFirst().face());
        pa = io.mouthpiece.core.edit.ActorEdits.add(second).apply(pa);
        open(pa, a);
        StudioSelection selection = new StudioSelection(project.getReadOnlyProperty());
        LibraryViewModel vm = vm(selection);
        assertEquals("Astronaut", vm.characterToSave().orElseThrow().name(), "nothing focused: the first character");
        selection.focus(new StudioSelection.Focus.OfCharacter("act-second"));
        assertEquals("Narrator", vm.characterToSave().orElseThrow().name());

        List<CharacterLibrary.Entry> saved = new ArrayList<>();
        vm.saveCharacter(saved::add);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals(1, saved.size());
        assertEquals(List.of("Narrator"), vm.entries().stream().map(CharacterLibrary.Entry::name).toList());
        assertEquals(saved.getFirst().folder(), vm.selectedProperty().get().folder());
        assertEquals("Saved Narrator to the character library", vm.statusProperty().get());
        String details = LibraryViewModel.details(vm.selectedProperty().get(), ZoneOffset.UTC);
        assertTrue(details.startsWith("Saved ") && details.contains("from Astronaut sample") && details.contains("rig corrected"), details);

        // open another (saved) project and add the character there
        Path b = tmp.resolve("b");
        new ProjectStore().save(b, Project.empty("prj-b", "Other"));
        open(new ProjectStore().load(b).project(), b);
        assertTrue(vm.canAddProperty().get());
        String[] added = new String[1];
        vm.addSelected(id -> added[0] = id);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        Actor imported = doc.project().actor(added[0]);
        assertEquals("Narrator", imported.name());
        assertEquals(second.rig(), imported.rig());
        assertTrue(Files.isRegularFile(b.resolve("media/astronaut.png")));
        assertEquals("Add Narrator from Library", doc.undoDescription().orElseThrow());
        doc.undo();
        assertTrue(doc.project().actors().isEmpty());

        vm.revealSelected();
        assertEquals(List.of(saved.getFirst().folder()), revealed);
        allowDelete = false;
        vm.deleteSelected();
        assertEquals(1, vm.entries().size(), "not confirmed: kept");
        allowDelete = true;
        vm.deleteSelected();
        assertTrue(vm.entries().isEmpty());
        assertNull(vm.selectedProperty().get());
    }

    @Test
    void anUnsavedProjectOrADamagedEntryGivesAClearMessage() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = CharacterLibraryTest.dressedSample(a);
        open(pa, null); // as if never saved
        LibraryViewModel vm = vm(new StudioSelection(project.getReadOnlyProperty()));
        vm.saveCharacter(e -> fail("saved without a folder"));
        assertEquals("Cannot save to the library", dialogs.errors.getFirst().title());
        assertTrue(dialogs.errors.getFirst().message().startsWith("Save the project first"));

        folder.set(a);
        vm.saveCharacter(e -> { });
        Files.writeString(vm.entries().getFirst().folder().resolve("character.json"), "not json");
        vm.refresh();
        assertTrue(vm.entries().getFirst().isDamaged());
        assertFalse(vm.canAddProperty().get(), "a damaged entry cannot be added");
        vm.addSelected(id -> fail("added a damaged entry"));
        assertEquals("Cannot add astronaut", dialogs.errors.getLast().title());
        assertTrue(LibraryViewModel.details(vm.entries().getFirst(), ZoneOffset.UTC).startsWith("Damaged: character.json is damaged"));
    }
}
