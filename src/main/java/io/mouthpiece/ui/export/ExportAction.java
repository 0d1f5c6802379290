package io.mouthpiece.ui.export;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.service.RenderService;
import io.mouthpiece.service.TakeScene;
import io.mouthpiece.ui.task.FxJobRunner;
import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * File → Export Take…: asks for the settings, renders the current take with {@link RenderService} as a background
 * job (progress and cancel in the status bar), then offers to show the result in its folder. Where the desktop
 * cannot open folders (no {@link Desktop}, headless), the path goes to the clipboard instead.
 */
public final class ExportAction {
    private final FxJobRunner runner;
    private final Supplier<ProjectDocument> document;
    private final Supplier<TakeScene> scene;
    private final Callable<RenderService> render;
    private final Supplier<Window> owner;
    private final Consumer<Throwable> onError;
    private final Consumer<String> status;

    /**
     * @param render the render service on the studio's GL thread; throws when OpenGL is unavailable
     * @param status a line for the status bar
     */
    public ExportAction(FxJobRunner runner, Supplier<ProjectDocument> document, Supplier<TakeScene> scene,
                        Callable<RenderService> render, Supplier<Window> owner, Consumer<Throwable> onError,
                        Consumer<String> status) {
        this.runner = runner;
        this.document = document;
        this.scene = scene;
        this.render = render;
        this.owner = owner;
        this.onError = onError;
        this.status = status;
    }

    public void run() {
        ProjectDocument doc = document.get();
        TakeScene s = scene.get();
        if (doc == null || s == null || doc.folder().isEmpty()) {
            onError.accept(new IllegalArgumentException(doc != null && doc.folder().isEmpty()
                    ? "Save the project first: the export reads its media from the project folder."
                    : "There is no take with a picture to export yet."));
            return;
        }
        Project p = doc.project();
        Path folder = doc.folder().get();
        Path suggested = folder.resolve("exports").resolve(safe(s.take().name()) + ".mp4");
        Optional<ExportChoice> choice = ExportDialog.ask(owner.get(), p.width(), p.height(), suggested,
                Background.parse(p.background()));
        choice.ifPresent(c -> export(s, folder, c));
    }

    /** Renders with settings already chosen (the dialog's result; tests call it directly). */
    public void export(TakeScene s, Path folder, ExportChoice c) {
        runner.submit("Exporting " + s.take().name(), progress -> {
            Path out = c.file().toAbsolutePath();
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            RenderService.Output o = new RenderService.Output(out, c.format(), c.width(), c.height(), null,
                    c.background(), QualityPreset.WEB, c.badge());
            return render.call().render(s, folder, o, progress);
        }, this::done, onError);
    }

    private void done(ExportResult r) {
        Path main = r.main().toAbsolutePath();
        status.accept(String.format(java.util.Locale.ROOT, "Exported %d frames to %s (%.1f fps)", r.frames(), main, r.fps()));
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
            if (w.getScene() != null) a.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
        }
        a.setTitle("Export finished");
        a.setHeaderText("Exported " + r.frames() + " frames");
        a.setContentText(main.toString());
        ButtonType show = new ButtonType(canOpenFolders() ? "Show in Folder" : "Copy Path", ButtonBar.ButtonData.OTHER);
        a.getButtonTypes().setAll(show, ButtonType.CLOSE);
        a.showAndWait().filter(b -> b == show).ifPresent(b -> showInFolder(main));
    }

    private static boolean canOpenFolders() {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private void showInFolder(Path file) {
        Path dir = Files.isDirectory(file) ? file : file.getParent();
        if (canOpenFolders()) {
            // AWT's Desktop may block; keep it off the FX thread.
            Thread t = new Thread(() -> {
                try {
                    Desktop.getDesktop().open(dir.toFile());
                } catch (Exception e) {
                    javafx.application.Platform.runLater(() -> copyPath(dir));
                }
            }, "show-in-folder");
            t.setDaemon(true);
            t.start();
        } else {
            copyPath(dir);
        }
    }

    private void copyPath(Path p) {
        ClipboardContent c = new ClipboardContent();
        c.putString(p.toString());
        Clipboard.getSystemClipboard().setContent(c);
        status.accept("Copied the export folder's path: " + p);
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").trim();
        return s.isEmpty() ? "take" : s;
    }
}
