package io.mouthpiece;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.cli.Cli;
import io.mouthpiece.core.settings.AppDirs;

/**
 * The one entry point. No arguments: the studio. Otherwise: the command-line tool.
 * Not a JavaFX Application subclass, so the jar runs with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Before any DJL class loads: DJL otherwise probes a cloud metadata address and may send telemetry.
        System.setProperty("ai.djl.offline", "true");
        AppDirs dirs = AppDirs.forThisUser();
        Logging.configure(dirs);
        if (args.length == 0 || args[0].equals("studio")) {
            int rc = io.mouthpiece.ui.StudioLauncher.launch(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
            if (rc != 0) System.exit(rc);
            return;
        }
        System.exit(Cli.run(AppServices.create(dirs), args));
    }
}
