package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.service.CharacterRigs;
import io.mouthpiece.service.TakeScene;
import io.mouthpiece.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The {@link TakeScene} of the current project's take, kept up to date on the FX thread. Decoding the picture is the
 * only slow part, so it runs as a background job and only when the take's picture (media id + SHA-256) or take
 * changes; every other edit is a cheap {@link TakeScene#withProject}, which keeps the GL resources as they are.
 */
public final class TakeSceneModel {
    private record Key(Path folder, String takeId, String mediaId, String sha256) {}

    private final FxJobRunner runner;
    private final Supplier<CharacterRigs> rigs;
    private final ReadOnlyObjectWrapper<TakeScene> scene = new ReadOnlyObjectWrapper<>(this, "scene");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private Key loaded;      // the key of scene.get()
    private Key loading;     // a load in flight
    private Project latest;

    public TakeSceneModel(FxJobRunner runner, Supplier<CharacterRigs> rigs) {
        this.runner = runner;
        this.rigs = rigs;
    }

    /** The current take's scene; null while loading or when there is nothing to show. */
    public ReadOnlyObjectProperty<TakeScene> sceneProperty() { return scene.getReadOnlyProperty(); }
    /** Why there is no scene (a missing picture, a decode error), or null. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** Call on every change of the project or of its current take (FX thread). */
    public void update(Project p, Take take, Path folder) {
        latest = p;
        MediaRef pic = take == null || take.pictureMediaId() == null ? null : p.mediaById(take.pictureMediaId()).orElse(null);
        if (pic == null || folder == null) {
            loaded = loading = null;
            scene.set(null);
            problem.set(null);
            return;
        }
        Key key = new Key(folder, take.id(), pic.id(), pic.sha256());
        if (key.equals(loaded) && scene.get() != null) {
            try {
                scene.set(scene.get().withProject(p));
                return;
            } catch (RuntimeException e) {
                loaded = null; // fall through to a fresh load
            }
        }
        if (key.equals(loading)) return; // the load in flight picks up `latest` when it ends
        loading = key;
        Project snapshot = p;
        runner.submit("Loading picture", progress -> TakeScene.load(snapshot, folder, key.takeId(), rigs.get()),
                s -> {
                    if (!Objects.equals(loading, key)) return; // superseded
                    loading = null;
                    loaded = key;
                    problem.set(null);
                    try {
                        scene.set(s.withProject(latest));
                    } catch (RuntimeException e) {
                        scene.set(s);
                    }
                },
                e -> {
                    if (!Objects.equals(loading, key)) return;
                    loading = null;
                    loaded = null;
                    scene.set(null);
                    problem.set("Cannot show the picture: " + e.getMessage());
                });
    }
}
