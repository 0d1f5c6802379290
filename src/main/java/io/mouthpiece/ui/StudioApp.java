package io.mouthpiece.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root in {@link #init()} and shows the main window. */
public final class StudioApp extends Application {
    /** Set once the toolkit runs and calls {@link #init()}: a failure after it is the app's, not the machine's. */
    static volatile boolean toolkitStarted;

    private Studio studio;

    @Override
    public void init() {
        toolkitStarted = true;
        List<String> raw = getParameters().getRaw();
        // a project.json (what a file manager hands over through the desktop entry) stands for its folder
        Path folder = raw.isEmpty() ? null : io.mouthpiece.core.persist.ProjectStore.folderOf(Path.of(raw.getFirst()));
        long t0 = System.nanoTime();
        StudioWarmup.startControls();
        studio = Studio.create(StudioOptions.fromSystem(folder));
        org.slf4j.LoggerFactory.getLogger(StudioApp.class).info("startup: services built in {} ms, {} ms after JVM start",
                (System.nanoTime() - t0) / 1_000_000, uptime());
    }

    static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** CPU time this process used so far, all threads (for startup logs; -1 if the JVM cannot tell). */
    static long cpuMillis() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    @Override
    public void start(Stage stage) {
        studio.start(stage);
    }

    @Override
    public void stop() {
        studio.stop();
    }
}
