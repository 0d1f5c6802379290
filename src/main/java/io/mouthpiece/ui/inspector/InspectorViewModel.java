package io.mouthpiece.ui.inspector;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.project.Project;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inspector with nothing selected: the project's own properties. Renaming and the export background go through
 * undoable edits.
 */
public final class InspectorViewModel {
    private final Consumer<Edit> editor;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper frameRate = new ReadOnlyStringWrapper(this, "frameRate", "");
    private final ReadOnlyStringWrapper characters = new ReadOnlyStringWrapper(this, "characters", "");
    private final ReadOnlyStringWrapper takes = new ReadOnlyStringWrapper(this, "takes", "");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper(this, "folder", "");
    private final ReadOnlyStringWrapper background = new ReadOnlyStringWrapper(this, "background", "");
    private final ReadOnlyStringWrapper backgroundError = new ReadOnlyStringWrapper(this, "backgroundError", "");
    private Project current;

    public InspectorViewModel(ReadOnlyObjectProperty<Project> project, ReadOnlyObjectProperty<Path> folder,
                              Consumer<Edit> editor) {
        this.editor = editor;
        project.subscribe(this::show);
        folder.subscribe(f -> this.folder.set(f == null ? "(not saved yet)" : f.toString()));
    }

    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty frameRateProperty() { return frameRate.getReadOnlyProperty(); }
    public ReadOnlyStringProperty charactersProperty() { return characters.getReadOnlyProperty(); }
    public ReadOnlyStringProperty takesProperty() { return takes.getReadOnlyProperty(); }
    public ReadOnlyStringProperty folderProperty() { return folder.getReadOnlyProperty(); }
    /** The project's export background: keep, transparent or #rrggbb. */
    public ReadOnlyStringProperty backgroundProperty() { return background.getReadOnlyProperty(); }
    /** Why the last typed background was refused; empty when it was fine. */
    public ReadOnlyStringProperty backgroundErrorProperty() { return backgroundError.getReadOnlyProperty(); }

    /** Choices offered in the background field; any #rrggbb colour may also be typed. */
    public static java.util.List<String> backgroundChoices() { return java.util.List.of("keep", "transparent", "#00b140", "#000000"); }

    /** The user picked or typed a background: one undoable edit if it is valid and different, else the field resets. */
    public void commitBackground(String text) {
        if (current == null) return;
        String value;
        try {
            value = Project.normaliseBackground(text);
        } catch (IllegalArgumentException e) {
            backgroundError.set(e.getMessage());
            background.set(current.background());
            return;
        }
        backgroundError.set("");
        if (value.equals(current.background())) {
            background.set(value);
            return;
        }
        editor.accept(ProjectEdits.setBackground(value));
    }

    /** The user finished typing a name: renames the project unless the name is blank or unchanged. */
    public void commitName(String text) {
        String newName = text == null ? "" : text.strip();
        if (current == null || newName.isEmpty() || newName.equals(current.name())) {
            name.set(current == null ? "" : current.name()); // put the field back
            return;
        }
        editor.accept(ProjectEdits.rename(newName));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void show(Project p) {
        current = p;
        if (p == null) return;
        name.set(p.name());
        frameRate.set(p.frameRate() + " fps · " + p.width() + "×" + p.height());
        characters.set(count(p.actors().size(), "character"));
        takes.set(count(p.takes().size(), "take"));
        background.set(p.background());
    }
}
