package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mouthpiece.core.persist.Autosaver;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.settings.SettingsStore;
import io.mouthpiece.service.SampleProjects;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import io.mouthpiece.ui.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstProjectTest {
    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    AppDirs dirs() { return AppDirs.under(tmp.resolve("home")); }

    Autosaver autosaver() { return new Autosaver(dirs().autosaves(), 3, store, Clock.systemUTC()); }

    Callable<Path> sample() { return () -> SampleProjects.userCopy(SampleFixture.FOLDER, dirs().data().resolve("samples")); }

    MainWindowViewModel vm(UserSettings settings) {
        return new MainWindowViewModel(store, dialogs, settings, () -> Project.empty("prj-new", "Untitled"));
    }

    @Test
    void firstLaunchOpensTheSampleCopyAndLaterLaunchesTheMostRecentProject() throws Exception {
        UserSettings settings = new UserSettings(new SettingsStore(dirs()));
        MainWindowViewModel first = vm(settings);
        new FirstProject(first, dialogs, autosaver(), settings, sample()).open(null);
        Path copy = dirs().data().resolve("samples/astronaut");
        assertEquals(copy, first.folderProperty().get());
        assertEquals("Astronaut sample", first.projectNameProperty().get());

        Path other = TestProjects.create(tmp.resolve("other"), "Other");
        first.open(other);

        // The next launch reads the settings from disk again.
        UserSettings again = new UserSettings(new SettingsStore(dirs()));
        assertTrue(again.get().sampleOpened());
        MainWindowViewModel second = vm(again);
        new FirstProject(second, dialogs, autosaver(), again, sample()).open(null);
        assertEquals(other, second.folderProperty().get());
    }

    @Test
    void anAutosaveFromACrashedSessionIsOfferedAndRecovered() throws Exception {
        Path folder = TestProjects.create(tmp.resolve("astronaut"), "Astronaut");
        Project unsaved = store.load(folder).project().withName("Unsaved Work");
        Path snapshot = autosaver().save(unsaved, folder);
        pretendWrittenByAProcessThatDied(snapshot.resolveSibling("origin.json"));

        UserSettings settings = new UserSettings(new SettingsStore(dirs()));
        MainWindowViewModel vm = vm(settings);
        dialogs.recoverAnswers.add(true);
        new FirstProject(vm, dialogs, autosaver(), settings, sample()).open(null);

        assertEquals(1, dialogs.recoverQuestions.size());
        assertEquals("\u2022 Unsaved Work \u2014 Mouthpiece", vm.getTitle());
        assertEquals(folder, vm.folderProperty().get());
        assertTrue(autosaver().recoverable().isEmpty(), "offered once, not again at the next start");
    }

    @Test
    void declinedRecoveryIsDiscarded() throws Exception {
        Path folder = TestProjects.create(tmp.resolve("astronaut"), "Astronaut");
        Path snapshot = autosaver().save(store.load(folder).project().withName("Unsaved Work"), folder);
        pretendWrittenByAProcessThatDied(snapshot.resolveSibling("origin.json"));
        UserSettings settings = new UserSettings(new SettingsStore(dirs()));
        MainWindowViewModel vm = vm(settings);
        dialogs.recoverAnswers.add(false);
        new FirstProject(vm, dialogs, autosaver(), settings, sample()).open(folder);
        assertEquals("Astronaut \u2014 Mouthpiece", vm.getTitle());
        assertFalse(Files.exists(snapshot));
    }

    /** Autosaves of a live process are not offered; point this one at a process that has exited. */
    private static void pretendWrittenByAProcessThatDied(Path origin) throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = (ObjectNode) mapper.readTree(origin.toFile());
        node.put("pid", p.pid());
        Files.write(origin, mapper.writeValueAsBytes(node));
    }
}
