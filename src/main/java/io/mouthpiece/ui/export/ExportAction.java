package io.mouthpiece.ui.export;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.service.TakeScene;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Export Take…: asks for the settings (presets, the last one remembered), then queues the export on a
 * snapshot of the current take and shows the render queue. File → Render Queue shows the queue window.
 */
public final class ExportAction {
    /** Where the last chosen preset is remembered (user settings). */
    public record PresetMemory(Supplier<String> load, Consumer<String> save) {
        public static final PresetMemory NONE = new PresetMemory(() -> null, s -> { });
    }

    private final ExportQueueViewModel queue;
    private final Supplier<ProjectDocument> document;
    private final Supplier<TakeScene> scene;
    private final Supplier<Window> owner;
    private final Consumer<Throwable> onError;
    private final PresetMemory memory;
    private final FolderOpener opener;
    private Stage queueWindow;

    /** @param scene the scene the preview shows (its picture is reused; the project is taken fresh from the document) */
    public ExportAction(ExportQueueViewModel queue, Supplier<ProjectDocument> document, Supplier<TakeScene> scene,
                        Supplier<Window> owner, Consumer<Throwable> onError, PresetMemory memory, FolderOpener opener) {
        this.queue = queue;
        this.document = document;
        this.scene = scene;
        this.owner = owner;
        this.onError = onError;
        this.memory = memory;
        this.opener = opener;
    }

    public ExportQueueViewModel queue() { return queue; }

    /** Opens the export dialog for the current take; queues what the user chose. FX thread. */
    public void run() {
        Optional<Snapshot> s = snapshot();
        if (s.isEmpty()) return;
        ExportDialogModel m = new ExportDialogModel(ExportContext.of(s.get().scene(), s.get().folder()),
                ExportPreset.byName(memory.load().get(), ExportPreset.WEB_MP4));
        ExportDialog.ask(owner.get(), m).ifPresent(spec -> {
            memory.save().accept(m.presetProperty().get().name());
            queue(spec);
        });
    }

    /** Queues {@code spec} for the current take without asking (tests and scripts); shows the queue. */
    public Optional<QueueJob> queue(ExportSpec spec) {
        Optional<Snapshot> s = snapshot();
        if (s.isEmpty()) return Optional.empty();
        QueueJob j = queue.enqueue(s.get().scene(), s.get().folder(), spec);
        showQueue();
        return Optional.of(j);
    }

    private record Snapshot(TakeScene scene, Path folder) { }

    private Optional<Snapshot> snapshot() {
        ProjectDocument doc = document.get();
        TakeScene s = scene.get();
        if (doc == null || s == null || doc.folder().isEmpty()) {
            onError.accept(new IllegalArgumentException(doc != null && doc.folder().isEmpty()
                    ? "Save the project first: the export reads its media from the project folder."
                    : "There is no take with a picture to export yet."));
            return Optional.empty();
        }
        try {
            // The preview's scene may lag an edit by a moment: take the document's project as it is now.
            s = s.withProject(doc.project());
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            onError.accept(new IllegalArgumentException("The take changed its picture or was removed; try again in a moment."));
            return Optional.empty();
        }
        return Optional.of(new Snapshot(s, doc.folder().get()));
    }

    /** The export dialog for the current take, built but not shown (screenshots); null without a take. */
    javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialogForShot() {
        Optional<Snapshot> s = snapshot();
        return s.map(x -> ExportDialog.build(owner.get(), new ExportDialogModel(ExportContext.of(x.scene(), x.folder()),
                ExportPreset.byName(memory.load().get(), ExportPreset.WEB_MP4)))).orElse(null);
    }

    /** The current take's scene as the document holds it now, or null. */
    TakeScene currentScene() {
        return snapshot().map(Snapshot::scene).orElse(null);
    }

    /** Shows (and raises) the render queue window. */
    public void showQueue() {
        if (queueWindow == null) {
            queueWindow = new Stage();
            Window w = owner.get();
            if (w != null) queueWindow.initOwner(w);
            queueWindow.setTitle("Render Queue");
            Scene sc = new Scene(new RenderQueueView(queue, opener).root(), 660, 560);
            if (w != null && w.getScene() != null) sc.getStylesheets().setAll(w.getScene().getStylesheets());
            queueWindow.setScene(sc);
        }
        queueWindow.show();
        queueWindow.toFront();
    }

    /** The queue window, once shown (tests, screenshots). */
    public Stage queueWindow() { return queueWindow; }
}
