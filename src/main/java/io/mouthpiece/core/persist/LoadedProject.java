package io.mouthpiece.core.persist;

import io.mouthpiece.core.project.Project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A project read from disk, with what the loader noticed: media states and human-readable warnings. */
public record LoadedProject(Project project, Path folder, Map<String, MediaStatus> media, List<String> warnings) {
    public LoadedProject {
        media = Map.copyOf(media);
        warnings = List.copyOf(warnings);
    }

    public List<String> missingMediaIds() {
        return media.entrySet().stream().filter(e -> e.getValue() != MediaStatus.OK).map(Map.Entry::getKey).sorted().toList();
    }
}
