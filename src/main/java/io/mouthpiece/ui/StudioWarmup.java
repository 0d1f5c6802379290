package io.mouthpiece.ui;

import java.net.URL;
import javafx.css.CssParser;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises classes on a spare core while the main thread does something else, so the FX thread finds
 * them ready: startup is mostly class loading. Only creates nodes that are never shown, which JavaFX allows off the
 * FX thread.
 */
final class StudioWarmup {
    private StudioWarmup() {}

    /**
     * Before the toolkit starts (it takes most of a second): initialise logging, the JSON mapper and FFmpeg's natives,
     * which the services need. Nothing is kept; class initialisation is what carries over.
     */
    static Thread startServices() {
        return Thread.ofPlatform().daemon().name("studio-warmup-services").start(() -> {
            try {
                LoggerFactory.getILoggerFactory();
                new io.mouthpiece.core.persist.ProjectStore();
                Class.forName("io.mouthpiece.media.FfmpegMediaProber", true, StudioWarmup.class.getClassLoader());
            } catch (Exception | LinkageError e) {
                LoggerFactory.getLogger(StudioWarmup.class).debug("warm-up skipped: {}", e.toString());
            }
        });
    }

    /** Once the toolkit runs: the controls, icon font and CSS parser the main window needs. */
    static Thread startControls() {
        return Thread.ofPlatform().daemon().name("studio-warmup-controls").start(StudioWarmup::controls);
    }

    private static void controls() {
        try {
            new FXMLLoader();
            new FontIcon("mdi2u-undo");
            new StatusBar();
            new SplitPane();
            new ListView<String>();
            new TextField();
            new MenuBar();
            new ToolBar();
            new ScrollPane();
            URL css = StudioWarmup.class.getResource(Studio.STYLESHEET);
            if (css != null) new CssParser().parse(css);
        } catch (Exception | LinkageError e) {
            // Only a head start: the FX thread loads the same classes anyway if this fails.
            LoggerFactory.getLogger(StudioWarmup.class).debug("warm-up skipped: {}", e.toString());
        }
    }
}
