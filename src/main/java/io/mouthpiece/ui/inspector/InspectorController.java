package io.mouthpiece.ui.inspector;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the inspector view to {@link InspectorViewModel}. */
public final class InspectorController {
    private final InspectorViewModel vm;
    @FXML private TextField nameField;
    @FXML private Label frameRateLabel, charactersLabel, takesLabel, folderLabel;

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
    }
}
