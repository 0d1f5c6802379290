package io.mouthpiece.app;

import io.mouthpiece.core.media.MediaProber;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.settings.SettingsStore;
import io.mouthpiece.media.FfmpegMediaProber;
import io.mouthpiece.service.ProjectCreator;

/**
 * The composition root: every service the front ends use, built once in {@code main} and passed down explicitly
 * (no static lookups).
 */
public record AppServices(AppDirs dirs, ProjectStore store, SettingsStore settings, MediaProber prober,
                          ProjectCreator creator) {
    public static AppServices create(AppDirs dirs) {
        ProjectStore store = new ProjectStore();
        MediaProber prober = new FfmpegMediaProber();
        return new AppServices(dirs, store, new SettingsStore(dirs), prober, new ProjectCreator(store, prober));
    }
}
