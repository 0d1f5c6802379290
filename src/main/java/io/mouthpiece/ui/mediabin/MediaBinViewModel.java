package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.core.persist.MediaStatus;
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
    /**
     * One row of the bin; {@code thumbnail} is null until made (or when it cannot be), {@code problem} says why not.
     */
    public record Item(String id, String name, MediaKind kind, String detail, MediaStatus state, Thumbnail thumbnail,
                       String problem) {
        public boolean missing() { return state == MediaStatus.MISSING; }
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final StudioSelection selection;
    private final ReadOnlyObjectProperty<Path> folder;
    private final ThumbnailLoader loader;
    private final MediaCheck check;
    private final MediaVerifier verifier;
    /** Media keys whose hash is being verified in the background (one request per item at a time). */
    private final Set<String> verifying = new HashSet<>();
    /** Thumbnails and problems by media key (path + hash), kept across edits so an undo does not redo the work. */
    private final Map<String, Thumbnail> thumbnails = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private final Set<String> requested = new HashSet<>();

    /** Without thumbnails and with a private selection (tests of the list alone). */
    public MediaBinViewModel(ReadOnlyObjectProperty<Project> project, ReadOnlyObjectProperty<Path> folder) {
        this(new StudioSelection(project), folder, ThumbnailLoader.NONE, new MediaCheck(), MediaVerifier.NONE);
    }

    /** With thumbnails, checking media by size and recorded time only (tests). */
    public MediaBinViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder, ThumbnailLoader loader) {
        this(selection, folder, loader, new MediaCheck(), MediaVerifier.NONE);
    }

    /**
     * @param check    tells missing and changed files apart (shared with the project store, so what was hashed is remembered)
     * @param verifier hashes, in the background, a file whose size matches but whose time does not
     */
    public MediaBinViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder, ThumbnailLoader loader,
                             MediaCheck check, MediaVerifier verifier) {
        this.selection = selection;
        this.folder = folder;
        this.loader = loader;
        this.check = check;
        this.verifier = verifier;
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

    /**
     * Looks at the files again (the studio calls it when its window regains focus: files may have been moved, deleted or
     * re-recorded meanwhile). Cheap: a stat per item, and a background hash only where size matches but time does not.
     */
    public void recheck() { refresh(); }

    private Item item(MediaRef m, Path dir, FrameRate rate) {
        String name = m.fileName();
        MediaStatus state = state(m, dir);
        Thumbnail thumb = thumbnails.get(key(m));
        StringBuilder detail = new StringBuilder(m.kind().id());
        if (thumb != null && thumb.sourceWidth() > 0) {
            detail.append(" \u00b7 ").append(thumb.sourceWidth()).append('\u00d7').append(thumb.sourceHeight());
        }
        if (m.duration() != null) detail.append(" \u00b7 ").append(Timecode.format(m.duration(), rate, false));
        if (m.bytes() > 0) detail.append(" \u00b7 ").append(size(m.bytes()));
        if (state == MediaStatus.MISSING) detail.append(" \u00b7 missing");
        if (state == MediaStatus.CHANGED) detail.append(" \u00b7 changed on disk");
        return new Item(m.id(), name, m.kind(), detail.toString(), state, thumb, problems.get(key(m)));
    }

    private static String key(MediaRef m) { return m.path() + "|" + m.sha256() + "|" + m.bytes(); }

    /**
     * Missing when no file is there; changed when its size differs from the recorded one, or when its time differs and
     * its hash (taken in the background; the item shows OK until then) too.
     */
    private MediaStatus state(MediaRef m, Path dir) {
        Path p = dir != null ? dir.resolve(m.path()) : Path.of(m.path());
        if (dir == null && !p.isAbsolute()) return MediaStatus.MISSING;
        MediaStatus s = check.quick(p, m);
        if (s == null) {
            String key = key(m);
            if (verifying.add(key)) verifier.verify(p, m, done -> {
                verifying.remove(key);
                refresh();
            });
            s = check.quick(p, m); // a verifier may answer at once
        }
        return s == null ? MediaStatus.OK : s; // OK until the hash says otherwise
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
