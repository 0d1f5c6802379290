package io.mouthpiece.core.settings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** User settings as stored (a plain DTO; unknown fields survive). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(int version, List<String> recentProjects, int autosaveSeconds, int autosaveKeep,
                       boolean sampleOpened, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public static final int MAX_RECENT = 10;
    public static final Settings DEFAULT = new Settings(1, List.of(), 60, 5, false, Map.of());

    public Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        if (autosaveSeconds < 5) autosaveSeconds = 60;
        if (autosaveKeep < 1) autosaveKeep = 5;
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Moves {@code folder} to the top of the recent list. */
    public Settings withRecent(String folder) {
        List<String> r = new ArrayList<>(recentProjects);
        r.remove(folder);
        r.addFirst(folder);
        while (r.size() > MAX_RECENT) r.removeLast();
        return new Settings(version, r, autosaveSeconds, autosaveKeep, sampleOpened, extra);
    }

    public Settings withSampleOpened() {
        return new Settings(version, recentProjects, autosaveSeconds, autosaveKeep, true, extra);
    }
}
