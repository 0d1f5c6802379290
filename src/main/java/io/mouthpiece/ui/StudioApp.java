package io.mouthpiece.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root in {@link #init()} and shows the main window. */
public final class StudioApp extends Application {
    private Studio studio;

    @Override
    public void init() {
        List<String> raw = getParameters().getRaw();
        Path folder = raw.isEmpty() ? null : Path.of(raw.getFirst());
        studio = Studio.create(StudioOptions.fromSystem(folder));
    }

    @Override
    public void start(Stage stage) {
        studio.start(stage);
    }

    @Override
    public void stop() {
        studio.stop();
    }
}
