package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The project's media as the bin lists them: name, kind, a detail line and whether the file is missing. */
public final class MediaBinViewModel {
    /** One row of the bin. */
    public record Item(String id, String name, MediaKind kind, String detail, boolean missing) {}

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyObjectProperty<Path> folder;

    public MediaBinViewModel(ReadOnlyObjectProperty<Project> project, ReadOnlyObjectProperty<Path> folder) {
        this.folder = folder;
        project.subscribe(this::show);
        folder.subscribe(f -> show(project.get()));
    }

    public ObservableList<Item> items() { return FXCollections.unmodifiableObservableList(items); }
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }

    private void show(Project p) {
        if (p == null) {
            items.clear();
            count.set("");
            return;
        }
        Path dir = folder.get();
        items.setAll(p.media().stream().map(m -> item(m, dir)).toList());
        count.set(items.isEmpty() ? "" : Integer.toString(items.size()));
    }

    private static Item item(MediaRef m, Path dir) {
        String path = m.path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean missing = dir == null ? !Path.of(path).isAbsolute() || !Files.isRegularFile(Path.of(path))
                : !Files.isRegularFile(dir.resolve(path));
        StringBuilder detail = new StringBuilder(m.kind().id());
        if (m.duration() != null) detail.append(" \u00b7 ").append(seconds(m.duration().toDouble()));
        if (m.bytes() > 0) detail.append(" \u00b7 ").append(size(m.bytes()));
        if (missing) detail.append(" \u00b7 missing");
        return new Item(m.id(), name, m.kind(), detail.toString(), missing);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%d:%05.2f", (long) (s / 60), s % 60);
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
