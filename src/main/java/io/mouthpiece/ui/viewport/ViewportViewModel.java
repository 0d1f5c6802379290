package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.Timecode;
import java.nio.file.Files;
import java.nio.file.Path;
import io.mouthpiece.ui.selection.StudioSelection;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the viewer shows until the GL preview arrives: the current take's picture as a still, the output format and
 * the take's timecodes.
 */
public final class ViewportViewModel {
    private final ReadOnlyStringWrapper pictureUrl = new ReadOnlyStringWrapper(this, "pictureUrl");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "00:00:00:00");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");
    private final StudioSelection selection;
    private final ReadOnlyObjectProperty<Path> folder;

    public ViewportViewModel(ReadOnlyObjectProperty<Project> project, ReadOnlyObjectProperty<Path> folder) {
        this(new StudioSelection(project), folder);
    }

    public ViewportViewModel(StudioSelection selection, ReadOnlyObjectProperty<Path> folder) {
        this.selection = selection;
        this.folder = folder;
        selection.currentProperty().subscribe(c -> refresh());
        folder.subscribe(f -> refresh());
    }

    /** file: URL of the picture to show, or null when the take has none (or its file is missing). */
    public ReadOnlyStringProperty pictureUrlProperty() { return pictureUrl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty formatProperty() { return format.getReadOnlyProperty(); }
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyStringProperty durationProperty() { return duration.getReadOnlyProperty(); }

    private void refresh() {
        Project p = selection.project();
        if (p == null) return;
        format.set(p.width() + "\u00d7" + p.height() + " \u00b7 " + p.frameRate() + " fps");
        Take take = selection.take();
        position.set(Timecode.format(Rational.ZERO, p.frameRate(), false));
        duration.set(take == null ? "" : Timecode.format(take.duration(), p.frameRate(), false));
        pictureUrl.set(take == null ? null : p.mediaById(take.pictureMediaId())
                .filter(m -> m.kind() == MediaKind.IMAGE && folder.get() != null)
                .map(m -> folder.get().resolve(m.path()))
                .filter(Files::isRegularFile)
                .map(f -> f.toUri().toString())
                .orElse(null));
    }
}
