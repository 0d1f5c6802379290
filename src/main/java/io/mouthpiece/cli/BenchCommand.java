package io.mouthpiece.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Groups the speed and quality measurements; each area adds its subcommand to the list below (or, when it needs
 * the app's services, in {@link Cli#build}).
 */
@Command(name = "bench", description = "Measure speed on this machine.", mixinStandardHelpOptions = true,
        subcommands = {BenchRenderCommand.class, BenchLipsyncCommand.class, BenchDubCommand.class, BenchPictureCommand.class,
                BenchStartupCommand.class})
public final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
