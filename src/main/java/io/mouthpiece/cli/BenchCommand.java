package io.mouthpiece.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the speed measurements; each area adds its subcommand to the list below. */
@Command(name = "bench", description = "Measure speed on this machine.", mixinStandardHelpOptions = true,
        subcommands = {BenchRenderCommand.class, BenchLipsyncCommand.class, BenchExportCommand.class, BenchStartupCommand.class})
public final class BenchCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
