package io.mouthpiece.ui.importing;

import io.mouthpiece.ui.shell.MainWindowViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Media files dropped anywhere on the studio window (the media bin included) are imported. Installed as event
 * filters on the window's root, it only claims drops of media files: a dropped project folder passes through to the
 * window's own handler, which opens it.
 */
public final class MediaDropTarget {
    private MediaDropTarget() {}

    public static void install(Node root, Consumer<List<Path>> importFiles) {
        root.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (!isMediaDrop(e)) return;
            e.acceptTransferModes(TransferMode.COPY);
            if (!root.getStyleClass().contains("drop-target")) root.getStyleClass().add("drop-target");
            e.consume();
        });
        root.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (!isMediaDrop(e)) return;
            root.getStyleClass().remove("drop-target");
            List<Path> files = paths(e);
            e.setDropCompleted(true);
            e.consume();
            // After the gesture ends: a "save first?" question inside a DnD callback would block the source app.
            Platform.runLater(() -> importFiles.accept(files));
        });
    }

    /** True when the drop holds media files and is not a project to open. */
    public static boolean isMediaDrop(List<Path> files) {
        return !files.isEmpty() && MainWindowViewModel.projectFolderIn(files).isEmpty() && MediaFileTypes.anyMedia(files);
    }

    private static boolean isMediaDrop(DragEvent e) {
        return e.getDragboard().hasFiles() && isMediaDrop(paths(e));
    }

    private static List<Path> paths(DragEvent e) {
        return e.getDragboard().getFiles().stream().map(File::toPath).toList();
    }
}
