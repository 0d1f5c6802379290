package io.mouthpiece.ui;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.AppVersion;
import io.mouthpiece.core.persist.Autosaver;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.task.PooledTaskExecutor;
import io.mouthpiece.core.task.TaskExecutor;
import io.mouthpiece.ui.shell.AutosaveScheduler;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.task.JobsViewModel;
import java.time.Clock;
import javafx.application.Platform;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.ui.dialog.Dialogs;
import io.mouthpiece.ui.dialog.FxDialogs;
import io.mouthpiece.ui.fx.ViewLoader;
import io.mouthpiece.ui.inspector.InspectorController;
import io.mouthpiece.ui.inspector.InspectorViewModel;
import io.mouthpiece.ui.mediabin.MediaBinController;
import io.mouthpiece.ui.mediabin.MediaBinViewModel;
import io.mouthpiece.ui.timeline.TimelineViewModel;
import io.mouthpiece.ui.viewport.ViewportViewModel;
import io.mouthpiece.ui.shell.MainWindowController;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.timeline.TimelineController;
import io.mouthpiece.ui.viewport.ViewportController;
import io.mouthpiece.core.settings.AppDirs;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The studio's composition root: builds the services once, then the views with their view models, and wires
 * them together. Nothing else in the UI constructs services or looks them up.
 */
public final class Studio {
    private static final Logger log = LoggerFactory.getLogger(Studio.class);
    static final String STYLESHEET = "/io/mouthpiece/ui/theme/studio-dark.css";

    private final StudioOptions options;
    private final AppServices services;
    private final ProjectStore store;
    private final UserSettings settings;
    private final TaskExecutor executor;
    private final Autosaver autosaver;
    private MainWindowViewModel mainViewModel;
    private AutosaveScheduler autosave;

    Studio(StudioOptions options, AppServices services, TaskExecutor executor) {
        this.options = options;
        this.services = services;
        this.store = services.store();
        this.settings = new UserSettings(services.settings());
        this.executor = executor;
        this.autosaver = new Autosaver(services.dirs().autosaves(), settings.get().autosaveKeep(), store,
                Clock.systemUTC());
    }

    /** The services of a normal session. Runs off the FX thread (Application.init). */
    public static Studio create(StudioOptions options) {
        return new Studio(options, AppServices.create(AppDirs.forThisUser()), new PooledTaskExecutor(2));
    }

    /** Builds and shows the main window with real dialogs. */
    public void start(Stage stage) {
        start(stage, owner -> new FxDialogs(owner, this::chooserStartFolder));
    }

    /** File choosers start beside the current project. */
    private Path chooserStartFolder() {
        Path folder = mainViewModel == null ? null : mainViewModel.folderProperty().get();
        return folder == null ? null : folder.getParent();
    }

    /** As {@link #start(Stage)} with another way of asking the user (tests answer the questions themselves). */
    public MainWindowViewModel start(Stage stage, Function<Supplier<Window>, Dialogs> dialogsFactory) {
        long startBegan = StudioApp.uptime();
        Dialogs dialogs = dialogsFactory.apply(() -> stage);
        MainWindowViewModel vm = new MainWindowViewModel(store, dialogs, settings, Studio::untitled);
        mainViewModel = vm;
        JobsViewModel jobs = new JobsViewModel();
        FxJobRunner runner = new FxJobRunner(executor, Platform::runLater, jobs);
        autosave = new AutosaveScheduler(autosaver, runner, vm);
        InspectorViewModel inspector = new InspectorViewModel(vm.projectProperty(), vm.folderProperty(), vm::execute);

        ViewLoader loader = new ViewLoader(Map.of(
                MainWindowController.class, () -> new MainWindowController(vm, jobs, stage::close, () -> about(stage)),
                MediaBinController.class, () -> new MediaBinController(
                        new MediaBinViewModel(vm.projectProperty(), vm.folderProperty())),
                ViewportController.class, () -> new ViewportController(
                        new ViewportViewModel(vm.projectProperty(), vm.folderProperty())),
                InspectorController.class, () -> new InspectorController(inspector),
                TimelineController.class, () -> new TimelineController(new TimelineViewModel(vm.projectProperty()))));
        var view = loader.load("/io/mouthpiece/ui/shell/main-window.fxml", MainWindowController.class);
        long viewsLoaded = StudioApp.uptime();

        // Never larger than the screen: small laptop screens (and Monocle's 1280x800 headless screen) need it.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(view.root().prefWidth(-1), screen.getWidth()),
                Math.min(view.root().prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().add(Studio.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!vm.requestClose()) e.consume();
        });

        stage.show();
        long shownMs = StudioApp.uptime();
        // Still before the first pulse, so the window's first frame already shows the project; opening after
        // show() gives error dialogs a visible owner.
        new FirstProject(vm, dialogs, autosaver, settings, services::sampleProject).open(options.projectFolder());
        autosave.start(java.time.Duration.ofSeconds(settings.get().autosaveSeconds()));
        log.info("startup: start() began at {} ms, views loaded at {} ms, window shown at {} ms after JVM start",
                startBegan, viewsLoaded, shownMs);
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            scene.removePostLayoutPulseListener(firstFrame[0]);
            log.info("startup: first frame laid out {} ms after JVM start ({} ms of CPU time)", StudioApp.uptime(),
                    StudioApp.cpuMillis());
        };
        scene.addPostLayoutPulseListener(firstFrame[0]);
        if (options.screenshot() != null) {
            Screenshots.writeWhenSettled(scene, options.screenshot(), options.exitAfterScreenshot() ? stage::close : null);
        }
        return vm;
    }

    /** A clean exit: no autosave is left for recovery, workers stop. */
    public void stop() {
        if (autosave != null) autosave.stop();
        executor.close();
    }

    private static Project untitled() {
        return Project.empty(Ids.next("prj"), "Untitled");
    }

    private static void about(Stage owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About Mouthpiece");
        a.setHeaderText("Mouthpiece " + AppVersion.get());
        a.setContentText("Portrait + dialogue audio \u2192 an editable, lip-synced talking take. Runs offline.");
        a.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        a.showAndWait();
    }
}
