package io.mouthpiece.ui;

import java.nio.file.Path;

/**
 * How this studio session starts.
 * @param projectFolder a folder to open instead of the last or sample project (may be null)
 * @param screenshot when set, a PNG of the window is written there once it is shown (for docs and smoke tests)
 * @param exitAfterScreenshot quit once the screenshot is written
 */
public record StudioOptions(Path projectFolder, Path screenshot, boolean exitAfterScreenshot) {
    public static final String SCREENSHOT_PROPERTY = "mouthpiece.screenshot";
    public static final String SCREENSHOT_EXIT_PROPERTY = "mouthpiece.screenshot.exit";

    static StudioOptions fromSystem(Path projectFolder) {
        String shot = System.getProperty(SCREENSHOT_PROPERTY);
        return new StudioOptions(projectFolder, shot == null || shot.isBlank() ? null : Path.of(shot),
                Boolean.getBoolean(SCREENSHOT_EXIT_PROPERTY));
    }
}
