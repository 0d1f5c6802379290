package io.mouthpiece.ui;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.task.PooledTaskExecutor;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.task.AnalyseTakeAction;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real studio in a TestFX test (Monocle headless, Mesa GL): a throwaway user home under the test's temporary
 * folder, the repository's assets and models, and scripted answers to dialogs. With no project folder it opens a
 * fresh copy of the sample. Subclasses pick the options, may build the studio another way, and declare
 * {@code @Start void start(Stage s) throws Exception { open(s); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class StudioTestBase {
    @TempDir Path tmp;
    Studio studio;
    MainWindowViewModel vm;

    /** The studio's options; the default opens the sample and analyses it. */
    StudioOptions options() {
        return new StudioOptions(null, null, false, true, false, StudioOptions.Shot.DEFAULT);
    }

    /** Builds the studio on {@code services}; override for another executor or GL. */
    Studio create(AppServices services) {
        return new Studio(options(), services, new PooledTaskExecutor(2));
    }

    /** Call from the subclass's {@code @Start} method (TestFX only finds those declared on the test class itself). */
    void open(Stage stage) throws Exception {
        AppServices services = AppServices.create(AppDirs.under(tmp.resolve("home")),
                new InstallLayout(Path.of("assets"), Path.of("models")));
        studio = create(services);
        vm = studio.start(stage, owner -> new ScriptedDialogs());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(studio::stop).get(20, TimeUnit.SECONDS);
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    /** Waits until the opened sample is analysed and its scene, with the character, is loaded for the preview. */
    void awaitAnalysedScene() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !studio.analyseAction().runningProperty().get()
                && !AnalyseTakeAction.needed(vm.projectProperty().get(), studio.selection().take())
                && studio.scenes().sceneProperty().get() != null
                && !studio.scenes().sceneProperty().get().characters().isEmpty()));
    }
}
