package io.mouthpiece.ui;

import io.mouthpiece.core.persist.Autosaver;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.settings.Settings;
import io.mouthpiece.ui.dialog.Dialogs;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which project the studio shows when it starts: an autosave left by a crash (if the user wants it back), else the
 * folder from the command line, else the sample on the very first launch, else the most recent project that still
 * exists, else a new project.
 */
final class FirstProject {
    private static final Logger log = LoggerFactory.getLogger(FirstProject.class);

    private final MainWindowViewModel vm;
    private final Dialogs dialogs;
    private final Autosaver autosaver;
    private final UserSettings settings;
    private final Callable<Path> sample;

    /** @param sample makes (or finds) the user's copy of the sample; throws when none is installed */
    FirstProject(MainWindowViewModel vm, Dialogs dialogs, Autosaver autosaver, UserSettings settings,
                 Callable<Path> sample) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.autosaver = autosaver;
        this.settings = settings;
        this.sample = sample;
    }

    void open(Path commandLineFolder) {
        if (recover()) return;
        if (commandLineFolder != null && vm.open(commandLineFolder)) return;
        if (!settings.get().sampleOpened() && openSample()) return;
        for (Path recent : List.copyOf(vm.recentProjects())) {
            if (Files.isDirectory(recent) && vm.open(recent)) return;
        }
        vm.newProject();
    }

    /** Offers the newest autosave a crashed session left. @return whether a project was recovered */
    private boolean recover() {
        List<Autosaver.Recoverable> found = autosaver.recoverable();
        if (found.isEmpty()) return false;
        Autosaver.Recoverable newest = found.getFirst();
        Autosaver.Origin origin = newest.origin();
        if (!dialogs.askRecover(origin.projectName(), origin.savedAt())) {
            discardQuietly(origin.projectId());
            return false;
        }
        try {
            Project recovered = autosaver.restore(newest);
            vm.recover(recovered, origin.folder() == null ? null : Path.of(origin.folder()));
            discardQuietly(origin.projectId()); // this session autosaves it again under its own process id
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot recover", "The autosave could not be read: " + e.getMessage(), e);
            return false;
        }
    }

    private boolean openSample() {
        Path copy;
        try {
            copy = sample.call();
        } catch (Exception e) {
            log.info("no sample project to open: {}", e.getMessage());
            return false;
        }
        settings.update(Settings::withSampleOpened);
        return vm.open(copy);
    }

    private void discardQuietly(String projectId) {
        try {
            autosaver.discard(projectId);
        } catch (IOException e) {
            log.warn("cannot remove autosave {}: {}", projectId, e.getMessage());
        }
    }
}
