package io.mouthpiece.ui.shell;

import java.nio.file.Path;
import java.util.List;

/** Where the studio keeps its recent-projects list (newest first); the real one lives in the user's settings. */
public interface RecentProjects {
    int MAX = 10;

    List<Path> load();

    void store(List<Path> newestFirst);
}
