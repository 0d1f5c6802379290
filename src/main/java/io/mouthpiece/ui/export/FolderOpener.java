package io.mouthpiece.ui.export;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * "Show in Folder": opens the folder holding an export in the desktop's file manager through AWT's {@link Desktop}.
 * Where there is no desktop (headless, no file manager registered) {@link #available()} is false and the UI disables
 * the button with a tooltip instead of failing.
 */
public final class FolderOpener {
    private final boolean available;
    private final Consumer<String> status;

    /** @param status a line for the status bar when opening fails */
    public FolderOpener(Consumer<String> status) {
        this.available = probe();
        this.status = status;
    }

    private static boolean probe() {
        if (java.awt.GraphicsEnvironment.isHeadless()) return false;
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public boolean available() { return available; }

    /** Why the button is disabled (tooltip). */
    public static String unavailableReason() {
        return "No desktop file manager is available in this session (headless or unsupported desktop).";
    }

    /** Opens the folder of {@code output} (the output itself when it is a folder, e.g. a PNG sequence). */
    public void show(Path output) {
        if (!available) return;
        Path dir = Files.isDirectory(output) ? output : output.toAbsolutePath().getParent();
        // AWT's Desktop may block while the file manager starts: keep it off the FX thread.
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(dir.toFile());
            } catch (Exception e) {
                javafx.application.Platform.runLater(() -> status.accept("Cannot open " + dir + ": " + e.getMessage()));
            }
        }, "show-in-folder");
        t.setDaemon(true);
        t.start();
    }
}
