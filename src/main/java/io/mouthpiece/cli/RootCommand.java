package io.mouthpiece.cli;

import io.mouthpiece.core.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "mouthpiece", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Portrait + dialogue audio -> editable, lip-synced talking take. Offline.",
        footer = "%nRun without arguments to open the studio.")
public final class RootCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"Mouthpiece " + AppVersion.get()}; }
    }
}
