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
import io.mouthpiece.service.MediaImporter;
import io.mouthpiece.service.MediaThumbnails;
import io.mouthpiece.ui.importing.FxMediaDialogs;
import io.mouthpiece.ui.importing.MediaDialogs;
import io.mouthpiece.ui.importing.MediaWorkflow;
import io.mouthpiece.ui.timeline.TimelineViewModel;
import io.mouthpiece.ui.viewport.ViewportViewModel;
import io.mouthpiece.ui.shell.MainWindowController;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.timeline.TimelineController;
import io.mouthpiece.ui.viewport.ViewportController;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.export.audio.FfmpegClipDecoder;
import io.mouthpiece.export.audio.TakeMixdown;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.gl.GlUnavailableException;
import io.mouthpiece.ui.export.ExportAction;
import io.mouthpiece.ui.export.ExportQueueViewModel;
import io.mouthpiece.ui.export.FolderOpener;
import io.mouthpiece.ui.export.QueueRenderer;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.shell.StudioActions;
import io.mouthpiece.ui.task.AnalyseTakeAction;
import io.mouthpiece.ui.viewport.AudioClock;
import io.mouthpiece.ui.viewport.PlaybackViewModel;
import io.mouthpiece.ui.viewport.PreviewEngine;
import io.mouthpiece.ui.viewport.PreviewSource;
import io.mouthpiece.ui.viewport.TakeSceneModel;
import io.mouthpiece.ui.viewport.WallClock;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final Supplier<GlThread> glFactory;
    private final Supplier<GlThread> exportGl;
    private QueueRenderer exportRenderer;
    private ExportAction export;
    private MainWindowViewModel mainViewModel;
    private AutosaveScheduler autosave;
    private TakeServices takeServices;
    private AudioClock audio;
    private ViewportController viewport;
    private PlaybackViewModel playback;
    private TakeSceneModel scenes;
    private AnalyseTakeAction analyse;
    private JobsViewModel jobs;
    private PreviewEngine engine;
    private StudioSelection selection;
    private MediaWorkflow media;
    private TimelineController timeline;
    private final io.mouthpiece.ui.help.HelpOverlay help = new io.mouthpiece.ui.help.HelpOverlay();
    private io.mouthpiece.ui.library.CharacterFeatures characters;
    private String glProblem;
    private boolean stopped;

    Studio(StudioOptions options, AppServices services, TaskExecutor executor) {
        this(options, services, executor, () -> GlThread.start("mouthpiece-gl"), () -> GlThread.start("mouthpiece-export"));
    }

    /** @param glFactory starts the studio's GL threads (throws {@link GlUnavailableException} without OpenGL) */
    Studio(StudioOptions options, AppServices services, TaskExecutor executor, Supplier<GlThread> glFactory) {
        this(options, services, executor, glFactory, glFactory);
    }

    /** @param exportGl starts the render queue's own GL thread */
    private Studio(StudioOptions options, AppServices services, TaskExecutor executor, Supplier<GlThread> glFactory,
                   Supplier<GlThread> exportGl) {
        this.exportGl = exportGl;
        this.glFactory = glFactory;
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
        jobs = new JobsViewModel();
        FxJobRunner runner = new FxJobRunner(executor, Platform::runLater, jobs);
        autosave = new AutosaveScheduler(autosaver, runner, vm);
        StudioSelection selection = new StudioSelection(vm.projectProperty());
        this.selection = selection;

        // The take pipeline: the scene the preview renders, the transport, sound, and the Analyse / Export actions.
        takeServices = services.openTakeServices();
        TakeServices takes = takeServices;
        PreviewSource source = new PreviewSource();
        ReadOnlyStringWrapper playbackStatus = new ReadOnlyStringWrapper("");
        audio = new AudioClock(WallClock.system(), options.audio(), Platform::runLater, playbackStatus::set);
        playback = new PlaybackViewModel(audio);
        // inspector: the focus's properties; presets go at the playhead
        InspectorViewModel inspector = new InspectorViewModel(selection, vm.folderProperty(), playback.timeProperty(),
                vm::execute, java.time.Clock.systemUTC(), () -> media.reanalyse(), // clips: start/end edits re-analyse
                vm.mediaCheck());
        scenes = new TakeSceneModel(runner, takes::rigs);
        Runnable projectChanged = () -> followProject(selection.current(), vm.folderProperty().get());
        selection.currentProperty().subscribe(c -> projectChanged.run());
        vm.folderProperty().subscribe(f -> projectChanged.run());
        analyse = new AnalyseTakeAction(runner, takes::analysis, vm::getDocument,
                p -> StudioSelection.resolve(p, selection.takeIdProperty().get()), vm::execute,
                e -> dialogs.showError("Cannot analyse the take", e.getMessage(), e));
        // Export dialog presets + render queue: exports run one at a time on their own GL thread, not the preview's.
        exportRenderer = new QueueRenderer(exportGl, takes::render);
        export = new ExportAction(new ExportQueueViewModel(runner, Platform::runLater, exportRenderer, System::nanoTime),
                vm::getDocument, () -> scenes.sceneProperty().get(), () -> stage,
                e -> dialogs.showError("Cannot export", e.getMessage(), e),
                new ExportAction.PresetMemory(() -> settings.extra("exportPreset"), v -> settings.putExtra("exportPreset", v)),
                new FolderOpener(vm::setStatus));
        StudioActions actions = new StudioActions(analyse::run, export::run, analyse.runningProperty(), playbackStatus,
                export::showQueue);
        // Media bin, import, New Character from Portrait and pairing (media branch).
        MediaWorkflow media = this.media = new MediaWorkflow(runner, executor, Platform::runLater, vm, selection, dialogs,
                dialogs instanceof MediaDialogs md ? md : new FxMediaDialogs(() -> stage, this::chooserStartFolder),
                new MediaImporter(services.prober(), services.creator()),
                new MediaThumbnails(services.dirs().cache().resolve("media")), takes::faces, analyse,
                () -> playback.timeProperty().get());

        ViewLoader loader = new ViewLoader(Map.of(
                MainWindowController.class, () -> new MainWindowController(vm, jobs, stage::close, () -> about(stage), actions),
                MediaBinController.class, media::binController,
                ViewportController.class, () -> viewport = new ViewportController(
                        new ViewportViewModel(selection, vm.folderProperty()), playback, scenes, source, vm::execute),
                InspectorController.class, () -> new InspectorController(inspector, selection),
                TimelineController.class, () -> timeline = new TimelineController(new TimelineViewModel(selection, vm::execute,
                        media::reanalyse), // clips: moves, trims and deletes re-analyse like pairing
                        playback, audio::scrub)));
        var view = loader.load("/io/mouthpiece/ui/shell/main-window.fxml", MainWindowController.class);
        // characters: the Character menu (face-rig edit mode, character library)
        characters = io.mouthpiece.ui.library.CharacterFeatures.install(
                (javafx.scene.control.MenuBar) view.root().lookup("#menuBar"), stage,
                Studio.class.getResource(STYLESHEET).toExternalForm(), services.dirs().characterLibrary(), runner,
                selection, () -> vm.folderProperty().get(), vm::execute, dialogs, viewport.rigEdit(), vm::setStatus);
        long viewsLoaded = StudioApp.uptime();
        media.install(view.root());
        view.controller().setImportMedia(media::importMedia);
        // transport: the take actions in the Take menu, and the shortcuts overlay above the whole window
        view.controller().addTakeItems(timeline.takeMenuItems());
        view.controller().setShortcutsAction(help::show);
        javafx.scene.layout.StackPane layered = new javafx.scene.layout.StackPane(view.root(), help.node());

        // Never larger than the screen: small laptop screens (and Monocle's 1280x800 headless screen) need it.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(layered, Math.min(view.root().prefWidth(-1), screen.getWidth()),
                Math.min(view.root().prefHeight(-1), screen.getHeight()));
        scene.getStylesheets().add(Studio.class.getResource(STYLESHEET).toExternalForm());
        help.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!vm.requestClose()) e.consume();
        });

        stage.show();
        long shownMs = StudioApp.uptime();
        long shownCpuMs = StudioApp.cpuMillis();
        startPreview(source);
        // A project opened without analysis gets it at once; later documents (Open, Recent) too.
        vm.documentProperty().subscribe(doc -> {
            if (options.autoAnalyse() && doc != null && AnalyseTakeAction.needed(doc.project(),
                    StudioSelection.resolve(doc.project(), selection.takeIdProperty().get()))) {
                Platform.runLater(() -> analyse.runOnOpen(e -> vm.setStatus("Analysis failed: " + e.getMessage())));
            }
        });
        // Still before the first pulse, so the window's first frame already shows the project; opening after
        // show() gives error dialogs a visible owner.
        new FirstProject(vm, dialogs, autosaver, settings, services::sampleProject).open(options.projectFolder());
        autosave.start(java.time.Duration.ofSeconds(settings.get().autosaveSeconds()));
        log.info("startup: start() began at {} ms, views loaded at {} ms, window shown at {} ms after JVM start ({} ms of CPU time)",
                startBegan, viewsLoaded, shownMs, shownCpuMs);
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            scene.removePostLayoutPulseListener(firstFrame[0]);
            // From the first frame on (the window's first layout is not a job's doing): how long the FX thread ever
            // went without a pulse while background work ran.
            new io.mouthpiece.ui.task.FxStallMeter(jobs.busyProperty(), gap -> log.info(
                    "responsiveness: longest gap between FX pulses while background jobs ran: {} ms", gap / 1_000_000));
            log.info("startup: first frame laid out {} ms after JVM start ({} ms of CPU time)", StudioApp.uptime(),
                    StudioApp.cpuMillis());
        };
        scene.addPostLayoutPulseListener(firstFrame[0]);
        if (options.screenshot() != null) stageScreenshot(scene, stage);
        return vm;
    }

    /** The preview follows the project: its take's scene, the playhead's range and the sound to play. */
    private void followProject(StudioSelection.Current current, Path folder) {
        Project p = current.project();
        Take t = current.take();
        scenes.update(p, t, folder);
        if (t == null) {
            audio.setFeed(null);
            return;
        }
        // the playhead roams the whole take; in/out bound looped playback (transport)
        io.mouthpiece.core.time.TimeRange whole = new io.mouthpiece.core.time.TimeRange(io.mouthpiece.core.time.Rational.ZERO,
                t.duration().max(t.contentEnd()));
        playback.setTake(p.frameRate(), whole, t.workRange());
        boolean sound = folder != null && t.dialogue().stream().anyMatch(d -> !d.clips().isEmpty());
        audio.setFeed(!sound ? null : new AudioClock.Feed(() -> new TakeMixdown(t, whole,
                new FfmpegClipDecoder(id -> p.mediaById(id).map(m -> folder.resolve(m.path())).orElse(null)), AudioClock.RATE),
                whole.start()));
    }

    /** Starts GL off the FX thread (creating the context takes a while); the viewer shows a notice if it cannot. */
    private void startPreview(PreviewSource source) {
        Thread t = new Thread(() -> {
            try {
                PreviewEngine e = PreviewEngine.start(glFactory, source, err -> log.warn("preview frame failed: {}", err.toString()));
                Platform.runLater(() -> {
                    if (stopped) {
                        e.close();
                        return;
                    }
                    engine = e;
                    viewport.attach(e);
                    log.info("preview: {}", e.description());
                });
            } catch (RuntimeException | LinkageError ex) {
                log.warn("no live preview: {}", ex.getMessage());
                String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
                Platform.runLater(() -> {
                    glProblem = msg;
                    viewport.showGlUnavailable(msg);
                });
            }
        }, "gl-start");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for analysis and the first frame, stages the requested frame and overlays, then writes the PNG. */
    private void stageScreenshot(Scene scene, Stage stage) {
        StudioOptions.Shot shot = options.shot();
        long began = System.nanoTime();
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(200), e -> {
            boolean ready = !analyse.runningProperty().get() && !jobs.busyProperty().get()
                    && (glProblem != null || scenes.sceneProperty().get() == null || viewport.shownFrame() != null);
            boolean late = System.nanoTime() - began > 120_000_000_000L;
            if (!ready && !late) return;
            poll.stop();
            log.info("screenshot: studio ready {} ms after start", (System.nanoTime() - began) / 1_000_000);
            viewport.setOverlays(shot.overlays());
            // inspector: stage the character page for the shot
            if ("character".equals(System.getProperty(StudioOptions.SCREENSHOT_FOCUS_PROPERTY)) && selection.project() != null
                    && !selection.project().actors().isEmpty()) {
                selection.focus(new StudioSelection.Focus.OfCharacter(selection.project().actors().getFirst().id()));
                if (scene.lookup("#verticalSplit") instanceof javafx.scene.control.SplitPane split) split.setDividerPositions(0.8);
            }
            if ("take".equals(System.getProperty(StudioOptions.SCREENSHOT_FOCUS_PROPERTY)) && selection.take() != null) {
                selection.focus(new StudioSelection.Focus.OfTake(selection.take().id()));
            }
            media.stageScreenshot();
            if (shot.frame() >= 0) playback.seekFrame(shot.frame());
            if (shot.play()) playback.togglePlay();
            // transport: -Dmouthpiece.screenshot.transport=true stages in/out, markers and a key selection;
            // -Dmouthpiece.screenshot.help=true opens the shortcuts overlay
            if (Boolean.getBoolean("mouthpiece.screenshot.transport")) timeline.stageForScreenshot();
            // polish: -Dmouthpiece.screenshot.groupdrag=true stages a group drag of several selected keys
            if (Boolean.getBoolean("mouthpiece.screenshot.groupdrag")) timeline.stageGroupDragForScreenshot();
            if (Boolean.getBoolean("mouthpiece.screenshot.help")) help.show();
            // clips: -Dmouthpiece.screenshot.clips=true trims and moves the sample's dialogue clip, focused
            if (Boolean.getBoolean("mouthpiece.screenshot.clips")) timeline.stageClipsForScreenshot();
            // Export dialog / render queue staging (queue branch).
            String exportShot = System.getProperty(io.mouthpiece.ui.export.ExportShots.PROPERTY);
            if (exportShot != null) {
                io.mouthpiece.ui.export.ExportShots.stage(exportShot, export, stage, options.screenshot(), () -> {
                    log.info("screenshot: preview showed {} fps during the last second (export running)",
                            String.format(java.util.Locale.ROOT, "%.1f", viewport.shownFps()));
                    if (options.exitAfterScreenshot()) stage.close();
                });
                return;
            }
            Scene shotScene = stageCharacterShot(scene);
            Screenshots.writeAfter(shotScene, options.screenshot(), javafx.util.Duration.millis(shot.delayMs()), () -> {
                log.info("screenshot: {} fps shown during the last second, playhead at frame {}",
                        String.format(java.util.Locale.ROOT, "%.1f", viewport.shownFps()), playback.frameProperty().get());
                if (options.exitAfterScreenshot()) stage.close();
            });
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }

    /**
     * characters: {@code -Dmouthpiece.screenshot.characters=rig} shows the rig edit mode framed on the face with the
     * mouth corner hovered; {@code =library} saves the character to the library and shoots the library window.
     */
    private Scene stageCharacterShot(Scene main) {
        String what = System.getProperty("mouthpiece.screenshot.characters", "");
        if (what.equals("rig")) {
            viewport.rigEdit().activeProperty().set(true);
            viewport.frameFace();
            viewport.hoverLandmark(0, io.mouthpiece.face.FaceIndices.MOUTH_RIGHT, true);
        } else if (what.equals("library")) {
            characters.openLibrary();
            characters.library().saveCharacter(e -> { });
            return characters.libraryScene();
        }
        return main;
    }

    /** The viewer (for tests). */
    ViewportController viewport() { return viewport; }

    PlaybackViewModel playback() { return playback; }

    TimelineController timeline() { return timeline; }

    StudioSelection selection() { return selection; }

    TakeSceneModel scenes() { return scenes; }

    AnalyseTakeAction analyseAction() { return analyse; }

    /** Import, media bin, characters from portraits and pairing (tests and the end-to-end workflow). */
    MediaWorkflow media() { return media; }
    /** File → Export Take… and the render queue (tests, screenshots). */
    ExportAction exportAction() { return export; }

    /** A clean exit: no autosave is left for recovery, workers stop, GL and sound close. */
    public void stop() {
        stopped = true;
        if (autosave != null) autosave.stop();
        if (viewport != null) viewport.stop();
        if (playback != null) playback.pause();
        executor.close();
        if (engine != null) engine.close();
        if (exportRenderer != null) exportRenderer.close();
        if (audio != null) audio.close();
        if (takeServices != null) takeServices.close();
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
