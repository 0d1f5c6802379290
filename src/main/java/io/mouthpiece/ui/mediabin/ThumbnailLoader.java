package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.task.TaskExecutor;
import io.mouthpiece.service.MediaThumbnails;
import io.mouthpiece.service.MediaThumbnails.Thumbnail;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Makes a media item's thumbnail in the background and hands it (or why not) back on the FX thread. */
@FunctionalInterface
public interface ThumbnailLoader {
    ThumbnailLoader NONE = (folder, media, done, failed) -> { };

    void load(Path folder, MediaRef media, Consumer<Thumbnail> done, Consumer<String> failed);

    /** Thumbnails from {@code thumbnails} made on {@code workers}, results posted to {@code fxThread}. */
    static ThumbnailLoader background(MediaThumbnails thumbnails, TaskExecutor workers, Executor fxThread) {
        return (folder, media, done, failed) -> workers.submit("thumbnail " + media.path(),
                progress -> thumbnails.thumbnail(folder, media, progress)).result().whenComplete((t, e) ->
                fxThread.execute(() -> {
                    if (t != null) done.accept(t);
                    else failed.accept(e == null ? "no thumbnail" : message(e));
                }));
    }

    private static String message(Throwable e) {
        Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
