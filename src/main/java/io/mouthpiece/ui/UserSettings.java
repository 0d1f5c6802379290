package io.mouthpiece.ui;

import io.mouthpiece.core.settings.Settings;
import io.mouthpiece.core.settings.SettingsStore;
import io.mouthpiece.ui.shell.RecentProjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The live settings of this session: read once, written (atomically, by the store) on every change. */
final class UserSettings implements RecentProjects {
    private static final Logger log = LoggerFactory.getLogger(UserSettings.class);

    private final SettingsStore store;
    private Settings current;

    UserSettings(SettingsStore store) {
        this.store = store;
        this.current = store.load();
        store.warnings().forEach(log::warn);
    }

    Settings get() { return current; }

    void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        try {
            store.save(current);
        } catch (IOException e) {
            // Settings are a convenience: losing a recent-list update must not interrupt work.
            log.warn("cannot save settings: {}", e.getMessage());
        }
    }

    /** A value kept in the settings' open-ended part (e.g. the export dialog's last preset); null when absent. */
    String extra(String key) {
        Object v = current.extra().get(key);
        return v == null ? null : v.toString();
    }

    void putExtra(String key, String value) {
        java.util.Map<String, Object> m = new java.util.HashMap<>(current.extra());
        m.put(key, value);
        update(s -> new Settings(s.version(), s.recentProjects(), s.autosaveSeconds(), s.autosaveKeep(), s.sampleOpened(), m));
    }

    @Override
    public List<Path> load() {
        return current.recentProjects().stream().map(Path::of).toList();
    }

    @Override
    public void store(List<Path> newestFirst) {
        List<String> list = newestFirst.stream().map(Path::toString).toList();
        update(s -> new Settings(s.version(), list, s.autosaveSeconds(), s.autosaveKeep(), s.sampleOpened(), s.extra()));
    }
}
