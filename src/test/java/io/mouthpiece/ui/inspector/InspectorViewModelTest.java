package io.mouthpiece.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.Project;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    final ProjectDocument doc = new ProjectDocument(Project.empty("prj-1", "Astronaut"), null);
    final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>(doc.project());
    final InspectorViewModel vm = new InspectorViewModel(project, new SimpleObjectProperty<Path>(), doc::execute);

    { doc.addListener(() -> project.set(doc.project())); }

    @Test
    void showsTheProjectAndRenamesThroughAnUndoableEdit() {
        assertEquals("Astronaut", vm.nameProperty().get());
        assertEquals("25 fps \u00b7 1280\u00d7720", vm.frameRateProperty().get());
        assertEquals("0 characters", vm.charactersProperty().get());
        assertEquals("(not saved yet)", vm.folderProperty().get());

        vm.commitName("  Moon Walk ");
        assertEquals("Moon Walk", doc.project().name());
        assertEquals("Moon Walk", vm.nameProperty().get());
        doc.undo();
        assertEquals("Astronaut", vm.nameProperty().get());
    }

    @Test
    void blankOrUnchangedNamesMakeNoEdit() {
        vm.commitName("   ");
        vm.commitName("Astronaut");
        assertFalse(doc.canUndo());
        assertEquals("Astronaut", vm.nameProperty().get());
    }

    @Test
    void exportBackgroundIsAnUndoableProjectSetting() {
        assertEquals("keep", vm.backgroundProperty().get());
        vm.commitBackground(" #00B140 ");
        assertEquals("#00b140", doc.project().background());
        assertEquals("#00b140", vm.backgroundProperty().get());
        assertEquals("Set Export Background", doc.undoDescription().orElseThrow());
        vm.commitBackground("purple");
        assertEquals("#00b140", doc.project().background(), "an invalid value changes nothing");
        assertFalse(vm.backgroundErrorProperty().get().isEmpty());
        vm.commitBackground("transparent");
        assertEquals("", vm.backgroundErrorProperty().get());
        doc.undo();
        doc.undo();
        assertEquals("keep", vm.backgroundProperty().get());
    }
}
