package io.mouthpiece.ui.export;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.service.TakeScene;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A queued export: a snapshot of the take's scene (the project as it was when queued, so later edits do not leak into
 * a waiting job), the project folder its media is read from, and the resolved settings.
 */
public record ExportOrder(String name, TakeScene scene, Path projectFolder, ExportSpec spec) {
    public ExportOrder {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(projectFolder, "projectFolder");
        Objects.requireNonNull(spec, "spec");
        name = name == null || name.isBlank() ? scene.take().name() : name;
    }

    /**
     * Snapshots {@code scene} for {@code spec}: the whole take clears the in/out points of the snapshot (never of the
     * project), the in–out range keeps them.
     */
    public static ExportOrder snapshot(TakeScene scene, Path projectFolder, ExportSpec spec) {
        TakeScene s = scene;
        if (spec.range() == ExportSpec.Range.WHOLE_TAKE) {
            String id = scene.take().id();
            s = scene.withProject(scene.project().updateTake(id, t -> t.withInOut(Rational.ZERO, null)));
        }
        return new ExportOrder(scene.take().name(), s, projectFolder, spec);
    }
}
