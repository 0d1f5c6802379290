package io.mouthpiece.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens a folder in the system's file manager (xdg-open, open, explorer), off the FX thread. */
public final class FolderReveal implements Consumer<Path> {
    private final Consumer<String> onProblem;

    /** @param onProblem receives a human message when no file manager could be started (called off the FX thread) */
    public FolderReveal(Consumer<String> onProblem) { this.onProblem = onProblem; }

    @Override
    public void accept(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> cmd = os.startsWith("windows") ? List.of("explorer.exe", folder.toString())
                : os.startsWith("mac") ? List.of("open", folder.toString()) : List.of("xdg-open", folder.toString());
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                onProblem.accept("Cannot open a file manager (" + cmd.getFirst() + "): the folder is " + folder);
            }
        }, "reveal-folder");
        t.setDaemon(true);
        t.start();
    }
}
