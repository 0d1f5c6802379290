package io.mouthpiece.ui;

import javafx.application.Application;

/**
 * The studio's one static entry point, called by {@code Main}. Arguments: an optional project folder to open.
 * Kept apart from {@link StudioApp} because a main class that extends Application fails on the class path.
 */
public final class StudioLauncher {
    private StudioLauncher() {}

    public static void launch(String... args) {
        StudioWarmup.startServices(); // overlaps the toolkit's start-up
        Application.launch(StudioApp.class, args);
    }
}
