package io.mouthpiece.ui;

import java.nio.file.Path;
import java.util.Set;

/**
 * How this studio session starts.
 * @param projectFolder a folder to open instead of the last or sample project (may be null)
 * @param screenshot when set, a PNG of the window is written there once it is shown (for docs and smoke tests)
 * @param exitAfterScreenshot quit once the screenshot is written
 * @param autoAnalyse analyse a freshly opened take whose characters lack a face or generated motion
 * @param audio play sound (false: never touch the sound system; playback follows the wall clock)
 * @param shot what the screenshot shows: a frame, overlays, playback, and how long to let it settle
 */
public record StudioOptions(Path projectFolder, Path screenshot, boolean exitAfterScreenshot, boolean autoAnalyse,
                            boolean audio, Shot shot) {
    public static final String SCREENSHOT_PROPERTY = "mouthpiece.screenshot";
    public static final String SCREENSHOT_EXIT_PROPERTY = "mouthpiece.screenshot.exit";
    /** Milliseconds between the studio being ready (analysed, first frame shown) and the screenshot. */
    public static final String SCREENSHOT_DELAY_PROPERTY = "mouthpiece.screenshot.delay";
    /** Frame of the take to show in the screenshot. */
    public static final String SCREENSHOT_FRAME_PROPERTY = "mouthpiece.screenshot.frame";
    /** Comma list of viewer overlays to switch on for the screenshot: mesh, landmarks, safe, source. */
    public static final String SCREENSHOT_OVERLAYS_PROPERTY = "mouthpiece.screenshot.overlays";
    /** true: play during the delay (the log then reports the frames shown per second). */
    public static final String SCREENSHOT_PLAY_PROPERTY = "mouthpiece.screenshot.play";
    /** inspector: "character" focuses the first character for the screenshot (its consent, dials, expressions). */
    public static final String SCREENSHOT_FOCUS_PROPERTY = "mouthpiece.screenshot.focus";
    public static final String AUTO_ANALYSE_PROPERTY = "mouthpiece.autoAnalyse";
    public static final String AUDIO_PROPERTY = "mouthpiece.audio";

    /** Screenshot staging. {@code frame} < 0 leaves the playhead where it is. */
    public record Shot(long delayMs, long frame, Set<String> overlays, boolean play) {
        public static final Shot DEFAULT = new Shot(1200, -1, Set.of(), false);
    }

    public StudioOptions(Path projectFolder, Path screenshot, boolean exitAfterScreenshot) {
        this(projectFolder, screenshot, exitAfterScreenshot, true, true, Shot.DEFAULT);
    }

    static StudioOptions fromSystem(Path projectFolder) {
        String shot = System.getProperty(SCREENSHOT_PROPERTY);
        String overlays = System.getProperty(SCREENSHOT_OVERLAYS_PROPERTY, "");
        Shot s = new Shot(Long.getLong(SCREENSHOT_DELAY_PROPERTY, Shot.DEFAULT.delayMs()),
                Long.getLong(SCREENSHOT_FRAME_PROPERTY, -1L),
                overlays.isBlank() ? Set.of() : Set.of(overlays.trim().split("\\s*,\\s*")),
                Boolean.getBoolean(SCREENSHOT_PLAY_PROPERTY));
        return new StudioOptions(projectFolder, shot == null || shot.isBlank() ? null : Path.of(shot),
                Boolean.getBoolean(SCREENSHOT_EXIT_PROPERTY),
                !"false".equalsIgnoreCase(System.getProperty(AUTO_ANALYSE_PROPERTY)),
                !"false".equalsIgnoreCase(System.getProperty(AUDIO_PROPERTY)), s);
    }
}
