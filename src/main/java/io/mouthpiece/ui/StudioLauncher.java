package io.mouthpiece.ui;

import io.mouthpiece.app.DesktopLibraries;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * The studio's one static entry point, called by {@code Main}. Arguments: an optional project folder to open.
 * Kept apart from {@link StudioApp} because a main class that extends Application fails on the class path.
 */
public final class StudioLauncher {
    /** Exit code when the studio cannot start on this machine (a missing library or display): bad environment. */
    public static final int CANNOT_START = 5;

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every start of an
     * app that runs it from the class path, as this one does on purpose (see Main); kept here so the level holds.
     */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    private StudioLauncher() {}

    /**
     * Runs the studio until its window closes. Returns 0, or {@link #CANNOT_START} after printing one paragraph on
     * stderr that says what is missing and how to install it (the details, stack trace included, go to the log).
     */
    public static int launch(String... args) {
        String problem = DesktopLibraries.problem();
        if (problem != null) {
            System.err.println(problem);
            return CANNOT_START;
        }
        FX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        StudioWarmup.startServices(); // overlaps the toolkit's start-up
        try {
            Application.launch(StudioApp.class, args);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            // The toolkit failed to start in a way the check above did not foresee (a display that refuses us, a
            // broken library): the message, not the trace, on the terminal.
            if (StudioApp.toolkitStarted) throw e; // the studio's own failure: Main reports it as an internal error
            LoggerFactory.getLogger(StudioLauncher.class).info("the studio could not start", e);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            System.err.println("The studio could not start: " + root.getMessage() + " (" + root.getClass().getSimpleName()
                    + "). The log in " + System.getProperty("mouthpiece.logdir", "the user's log folder")
                    + " has the details. The command-line commands (render, lipsync, face, info; see --help) do not need the"
                    + " window system.");
            return CANNOT_START;
        }
    }
}
