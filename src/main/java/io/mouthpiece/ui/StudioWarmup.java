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
 * Loads and initialises the classes the main window needs (controls, ControlsFX, Ikonli's icon font, the CSS
 * parser) on a spare core while the services are built, so the FX thread finds them ready. Only creates nodes that
 * are never shown, which JavaFX allows off the FX thread.
 */
final class StudioWarmup {
    private StudioWarmup() {}

    static Thread start() {
        return Thread.ofPlatform().daemon().name("studio-warmup").start(StudioWarmup::run);
    }

    private static void run() {
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
