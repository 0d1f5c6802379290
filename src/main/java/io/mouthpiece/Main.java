package io.mouthpiece;

import io.mouthpiece.cli.Cli;

/**
 * The one entry point. No arguments: the studio. Otherwise: the command-line tool.
 * Not a JavaFX Application subclass, so the jar runs with JavaFX on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Before any DJL class loads: DJL otherwise probes a cloud metadata address and may send telemetry.
        System.setProperty("ai.djl.offline", "true");
        if (args.length == 0) {
            io.mouthpiece.ui.StudioLauncher.launch();
            return;
        }
        System.exit(Cli.run(args));
    }
}
