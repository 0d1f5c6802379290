package io.mouthpiece.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.persist.Autosaver;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.task.JobsViewModel;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import io.mouthpiece.ui.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveSchedulerTest {
    @TempDir Path tmp;

    @Test
    void writesSnapshotsOfUnsavedChangesAndRemovesThemOnSave() throws Exception {
        ProjectStore store = new ProjectStore();
        Path folder = TestProjects.create(tmp.resolve("astronaut"), "Astronaut");
        Path autosaves = tmp.resolve("autosave");
        Autosaver autosaver = new Autosaver(autosaves, 3, store, Clock.systemUTC());
        MainWindowViewModel vm = new MainWindowViewModel(store, new ScriptedDialogs(), RecentProjectsInMemory.empty(),
                () -> Project.empty("prj-new", "Untitled"));
        AutosaveScheduler autosave = new AutosaveScheduler(autosaver,
                new FxJobRunner(new SameThreadTaskExecutor(), Runnable::run, new JobsViewModel()), vm);
        vm.open(folder);
        String id = vm.getDocument().project().id();

        autosave.autosaveNow();
        assertEquals(0, snapshots(autosaves.resolve(id)), "nothing unsaved, nothing written");

        vm.execute(ProjectEdits.rename("Changed"));
        autosave.autosaveNow();
        autosave.autosaveNow(); // same revision: no second snapshot
        assertEquals(1, snapshots(autosaves.resolve(id)));
        Path snap;
        try (Stream<Path> s = Files.list(autosaves.resolve(id))) {
            snap = s.filter(p -> p.getFileName().toString().startsWith("autosave-")).findFirst().orElseThrow();
        }
        assertEquals("Changed", store.parse(Files.readAllBytes(snap), "snapshot").name());

        assertTrue(vm.save());
        assertFalse(Files.exists(autosaves.resolve(id)), "a saved project leaves no autosave behind");
    }

    @Test
    void recoveredChangesAreUnsavedAndBelongToTheOriginalFolder() throws Exception {
        Path folder = TestProjects.create(tmp.resolve("astronaut"), "Astronaut");
        MainWindowViewModel vm = new MainWindowViewModel(new ProjectStore(), new ScriptedDialogs(),
                RecentProjectsInMemory.empty(), () -> Project.empty("prj-new", "Untitled"));
        Project recovered = new ProjectStore().load(folder).project().withName("Recovered Work");
        vm.recover(recovered, folder);
        assertEquals("\u2022 Recovered Work \u2014 Mouthpiece", vm.getTitle());
        assertEquals(folder, vm.folderProperty().get());
        assertFalse(vm.canUndoProperty().get());
    }

    private static long snapshots(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("autosave-")).count();
        }
    }

    /** Recent projects kept in memory. */
    static final class RecentProjectsInMemory implements RecentProjects {
        private List<Path> list = List.of();
        static RecentProjectsInMemory empty() { return new RecentProjectsInMemory(); }
        @Override public List<Path> load() { return list; }
        @Override public void store(List<Path> newestFirst) { list = newestFirst; }
    }
}
