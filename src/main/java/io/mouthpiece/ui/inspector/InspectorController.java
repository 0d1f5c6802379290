package io.mouthpiece.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;

/** Binds the inspector view to {@link InspectorViewModel}. */
public final class InspectorController {
    private final InspectorViewModel vm;
    @FXML private TextField nameField;
    @FXML private Label frameRateLabel, charactersLabel, takesLabel, folderLabel, backgroundError;
    @FXML private ComboBox<String> backgroundBox;

    public InspectorController(InspectorViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        vm.nameProperty().subscribe(nameField::setText);
        nameField.setOnAction(e -> vm.commitName(nameField.getText()));
        nameField.focusedProperty().subscribe(focused -> {
            if (!focused) vm.commitName(nameField.getText());
        });
        frameRateLabel.textProperty().bind(vm.frameRateProperty());
        charactersLabel.textProperty().bind(vm.charactersProperty());
        takesLabel.textProperty().bind(vm.takesProperty());
        folderLabel.textProperty().bind(vm.folderProperty());
        backgroundBox.getItems().setAll(InspectorViewModel.backgroundChoices());
        backgroundBox.setTooltip(new Tooltip("Export background: keep the picture, cut the person out (transparent), or a #rrggbb colour"));
        vm.backgroundProperty().subscribe(v -> backgroundBox.setValue(v));
        backgroundBox.setOnAction(e -> vm.commitBackground(backgroundBox.getValue()));
        backgroundError.textProperty().bind(vm.backgroundErrorProperty());
        backgroundError.visibleProperty().bind(vm.backgroundErrorProperty().isNotEmpty());
        backgroundError.managedProperty().bind(backgroundError.visibleProperty());
    }
}
