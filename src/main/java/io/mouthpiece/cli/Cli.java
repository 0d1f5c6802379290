package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.media.MediaException;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * Builds the picocli command tree over the shared services. Each feature adds its subcommand here, and nowhere else.
 * Exit codes: 0 ok, 1 internal error, 2 bad input (unreadable file, bad option), 3 no face found, 4 missing media.
 */
public final class Cli {
    public static final int EXIT_BAD_INPUT = 2;

    private Cli() {}

    public static CommandLine build(AppServices services) {
        CommandLine cl = new CommandLine(new RootCommand());
        // subcommands: one line each
        cl.addSubcommand(new NewCommand(services));
        cl.addSubcommand(new InfoCommand(services));
        cl.addSubcommand(new FaceCommand(services));
        cl.addSubcommand(new LipsyncCommand());
        cl.addSubcommand(new CommandLine(new BenchCommand()).addSubcommand(new BenchExportCommand(services)));
        cl.addSubcommand(new RenderCommand(services));
        cl.addSubcommand(new DubCommand(services));
        cl.addSubcommand(new LibraryCommand(services));
        cl.setExecutionExceptionHandler(Cli::handle);
        return cl;
    }

    public static int run(AppServices services, String... args) {
        return build(services).execute(args);
    }

    /** Turns expected failures into one clear line on stderr; only real bugs get a stack trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        if (e instanceof NoSuchFileException nsf) {
            err.println("error: no such file or folder: " + nsf.getFile());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException || e instanceof MediaException) {
            err.println("error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        err.println("internal error: " + e);
        e.printStackTrace(err);
        return 1;
    }
}
