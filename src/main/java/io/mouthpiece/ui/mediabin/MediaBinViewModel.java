package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Timecode;
import io.mouthpiece.service.MediaThumbnails.Thumbnail;
import io.mouthpiece.ui.selection.StudioSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's media as the bin lists them: name, kind, a detail line (pixel size or timecode duration, file size,
 * missing / changed on disk) and a thumbnail made in the background (a picture scaled down, a video's first frame, a
 * sound's waveform). Picking an item focuses it for the inspector. FX thread only; no controls.
 */
public final class MediaBinViewModel {
    /** How a media file on disk compares with what the project recorded. */
    public enum FileState { OK, MISSING, CHANGED }

    /**
     * One row of the bin; {@code thumbnail} is null until made (or when it cannot be), {@code problem} says why not.
     */
    public record Item(String id, String name, MediaKind kind, String detail, FileState state, Thumbnail thumbnail,
                       String problem) {
        public boolean missing() { return state == FileState.MISSING; }
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final StudioSelection selection;
    private final ReadOnlyObjectProperty<Path> folder;
    private final ThumbnailLoader loader;
    /** Thumbnails and problems by media key (path + hash), kept across edits so an undo does not redo the work. */
    private final Map<String, Thumbnail> thumbnails = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private final Set<String> requested = new HashSet<>();

    /** Without thumbnails and with a private selection (tests of the list alone). */
    public MediaBinViewModel(ReadOnlyObjectProperty<Project> project, ReadOnlyObjectProperty<Path> folder) {
        this(new StudioSelection(project), folder, ThumbnailLoader.NONE);
    }

    public MediaBinViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder, ThumbnailLoader loader) {
        this.selection = selection;
        this.folder = folder;
        this.loader = loader;
        selection.projectProperty().subscribe(this::show);
        folder.subscribe(f -> {
            requested.clear();
            show(selection.projectProperty().get());
        });
    }

    public ObservableList<Item> items() { return FXCollections.unmodifiableObservableList(items); }
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
    public StudioSelection selection() { return selection; }
    public Project project() { return selection.projectProperty().get(); }

    /** The user picked an item: the inspector shows it. */
    public void select(Item item) {
        if (item != null) selection.focus(new StudioSelection.Focus.OfMedia(item.id()));
    }

    /** The media item behind a row. */
    public java.util.Optional<MediaRef> media(String id) {
        Project p = project();
        return p == null ? java.util.Optional.empty() : p.mediaById(id);
    }

    private void show(Project p) {
        if (p == null) {
            items.clear();
            count.set("");
            return;
        }
        Path dir = folder.get();
        items.setAll(p.media().stream().map(m -> item(m, dir, p.frameRate())).toList());
        count.set(items.isEmpty() ? "" : Integer.toString(items.size()));
        if (dir == null) return;
        for (MediaRef m : p.media()) {
            String key = key(m);
            if (thumbnails.containsKey(key) || !requested.add(key)) continue;
            if (!Files.isRegularFile(dir.resolve(m.path()))) continue;
            loader.load(dir, m, t -> {
                thumbnails.put(key, t);
                refresh();
            }, why -> {
                problems.put(key, why);
                refresh();
            });
        }
    }

    private void refresh() { show(selection.projectProperty().get()); }

    private Item item(MediaRef m, Path dir, FrameRate rate) {
        String path = m.path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        FileState state = state(m, dir);
        Thumbnail thumb = thumbnails.get(key(m));
        StringBuilder detail = new StringBuilder(m.kind().id());
        if (thumb != null && thumb.sourceWidth() > 0) {
            detail.append(" \u00b7 ").append(thumb.sourceWidth()).append('\u00d7').append(thumb.sourceHeight());
        }
        if (m.duration() != null) detail.append(" \u00b7 ").append(Timecode.format(m.duration(), rate, false));
        if (m.bytes() > 0) detail.append(" \u00b7 ").append(size(m.bytes()));
        if (state == FileState.MISSING) detail.append(" \u00b7 missing");
        if (state == FileState.CHANGED) detail.append(" \u00b7 changed on disk");
        return new Item(m.id(), name, m.kind(), detail.toString(), state, thumb, problems.get(key(m)));
    }

    private static String key(MediaRef m) { return m.path() + "|" + m.sha256() + "|" + m.bytes(); }

    /** Missing when no file is there; changed when its size differs from the recorded one (hashing waits for use). */
    static FileState state(MediaRef m, Path dir) {
        Path p = dir != null ? dir.resolve(m.path()) : Path.of(m.path());
        if ((dir == null && !p.isAbsolute()) || !Files.isRegularFile(p)) return FileState.MISSING;
        try {
            return m.bytes() > 0 && Files.size(p) != m.bytes() ? FileState.CHANGED : FileState.OK;
        } catch (IOException e) {
            return FileState.MISSING;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
