package io.mouthpiece.ui.testing;

import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.persist.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import io.mouthpiece.core.project.Project;

/** The shipped sample project (assets/samples/astronaut), loaded by the real store, as region view models see it. */
public final class SampleFixture {
    public static final Path FOLDER = Path.of("assets/samples/astronaut").toAbsolutePath();

    public final SimpleObjectProperty<Project> project = new SimpleObjectProperty<>();
    public final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();

    public SampleFixture() throws IOException {
        LoadedProject loaded = new ProjectStore().load(FOLDER);
        folder.set(loaded.folder());
        project.set(loaded.project());
    }
}
