package io.mouthpiece.ui.testing;

import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Project;
import java.io.IOException;
import java.nio.file.Path;

/** Real project folders on disk, written by the real store. */
public final class TestProjects {
    private TestProjects() {}

    public static Path create(Path folder, String name) throws IOException {
        new ProjectStore().save(folder, Project.empty("prj-" + name.toLowerCase().replaceAll("\\W", ""), name));
        return folder;
    }
}
