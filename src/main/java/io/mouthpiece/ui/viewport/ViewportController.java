package io.mouthpiece.ui.viewport;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/** Shows the take's still in the viewer; the GL preview replaces it in the viewport issue. */
public final class ViewportController {
    private final ViewportViewModel vm;
    @FXML private StackPane stage;
    @FXML private ImageView still;
    @FXML private Label emptyLabel, formatLabel, timecode, durationLabel;

    public ViewportController(ViewportViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        formatLabel.textProperty().bind(vm.formatProperty());
        timecode.textProperty().bind(vm.positionProperty());
        durationLabel.textProperty().bind(vm.durationProperty());
        // Fit inside the stage's padding; the image keeps its aspect ratio.
        still.fitWidthProperty().bind(stage.widthProperty().subtract(28));
        still.fitHeightProperty().bind(stage.heightProperty().subtract(28));
        vm.pictureUrlProperty().subscribe(url -> {
            // Natural size (a requested size would also upscale small portraits); background loading is JavaFX's
            // own, so the decode happens off the FX thread.
            still.setImage(url == null ? null : new Image(url, true));
            emptyLabel.setVisible(url == null);
        });
    }
}
