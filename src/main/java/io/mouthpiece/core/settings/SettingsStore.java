package io.mouthpiece.core.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mouthpiece.core.persist.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads and saves {@link Settings}; a damaged settings file is set aside and defaults are used. */
public final class SettingsStore {
    private final Path file;
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final List<String> warnings = new ArrayList<>();

    public SettingsStore(AppDirs dirs) { this.file = dirs.config().resolve("settings.json"); }

    public Settings load() {
        if (!Files.isRegularFile(file)) return Settings.DEFAULT;
        try {
            return mapper.readValue(file.toFile(), Settings.class);
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling("settings.damaged-" + System.currentTimeMillis() + ".json");
            try {
                Files.move(file, aside);
            } catch (IOException ignored) {
                // leave it; defaults still apply
            }
            warnings.add("Settings could not be read and were reset; the old file is " + aside.getFileName());
            return Settings.DEFAULT;
        }
    }

    public void save(Settings s) throws IOException {
        byte[] data = mapper.writeValueAsBytes(s);
        AtomicFiles.write(file, out -> out.write(data));
    }

    public List<String> warnings() { return List.copyOf(warnings); }
}
