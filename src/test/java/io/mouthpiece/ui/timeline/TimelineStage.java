package io.mouthpiece.ui.timeline;

import io.mouthpiece.ui.fx.ViewLoader;
import io.mouthpiece.ui.viewport.PlaybackViewModel;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows the real timeline view (FXML, controller, dark theme) in a TestFX stage. */
final class TimelineStage {
    private TimelineStage() {}

    static TimelineController show(Stage stage, TimelineViewModel vm, PlaybackViewModel playback, double width, double height) {
        TimelineController[] made = new TimelineController[1];
        var view = new ViewLoader(Map.of(TimelineController.class, () -> made[0] = new TimelineController(vm, playback)))
                .load("/io/mouthpiece/ui/timeline/timeline.fxml", TimelineController.class);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(TimelineStage.class.getResource("/io/mouthpiece/ui/theme/studio-dark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return made[0];
    }
}
