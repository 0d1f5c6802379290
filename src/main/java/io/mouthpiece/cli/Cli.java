package io.mouthpiece.cli;

import picocli.CommandLine;

/** Builds the picocli command tree. Each feature adds its subcommand here, and nowhere else. */
public final class Cli {
    private Cli() {}

    public static CommandLine build() {
        CommandLine cl = new CommandLine(new RootCommand());
        // subcommands: one line each
        cl.addSubcommand(new LipsyncCommand());
        cl.addSubcommand(new BenchCommand());
        return cl;
    }

    public static int run(String... args) {
        return build().execute(args);
    }
}
