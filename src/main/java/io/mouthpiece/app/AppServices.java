package io.mouthpiece.app;

import io.mouthpiece.core.media.MediaProber;
import io.mouthpiece.core.persist.CacheLocator;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.settings.SettingsStore;
import io.mouthpiece.media.FfmpegMediaProber;
import io.mouthpiece.service.ProjectCreator;

/**
 * The composition root: every service the front ends use, built once in {@code main} and passed down explicitly
 * (no static lookups).
 */
public record AppServices(AppDirs dirs, InstallLayout install, ProjectStore store, SettingsStore settings,
                          MediaProber prober, ProjectCreator creator) {
    public static AppServices create(AppDirs dirs) {
        return create(dirs, InstallLayout.detect());
    }

    public static AppServices create(AppDirs dirs, InstallLayout install) {
        ProjectStore store = new ProjectStore();
        MediaProber prober = new FfmpegMediaProber();
        return new AppServices(dirs, install, store, new SettingsStore(dirs), prober, new ProjectCreator(store, prober));
    }

    /** The take pipeline (rigs, analysis, rendering) over the installed models; the caller owns and closes it. */
    public TakeServices openTakeServices() {
        return new TakeServices(install.models(), CacheLocator.preferProject(install.assets(), dirs.cache()), store.mediaCheck());
    }

    /** The user's own copy of the shipped sample project (made on first use). */
    public java.nio.file.Path sampleProject() throws java.io.IOException {
        return io.mouthpiece.service.SampleProjects.userCopy(install.sampleProject(), dirs.data().resolve("samples"));
    }
}
