package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.task.TaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Verifies a media file by its hash in the background ({@link MediaCheck#verify}) and hands the status back on the FX thread. */
@FunctionalInterface
public interface MediaVerifier {
    MediaVerifier NONE = (file, media, done) -> { };

    void verify(Path file, MediaRef media, Consumer<MediaStatus> done);

    /** Hashes on {@code workers} (a quiet job: no status-bar entry), answers on {@code fxThread}. */
    static MediaVerifier background(MediaCheck check, TaskExecutor workers, Executor fxThread) {
        return (file, media, done) -> workers.submit("verify " + media.path(), progress -> check.verify(file, media))
                .result().whenComplete((s, e) -> fxThread.execute(() -> done.accept(s != null ? s : MediaStatus.MISSING)));
    }
}
