package io.mouthpiece.core.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class AppDirsTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsXdg() {
        AppDirs d = AppDirs.resolve(null, "Linux", HOME, Map.of());
        assertEquals(Path.of("/home/ada/.config/mouthpiece"), d.config());
        assertEquals(Path.of("/home/ada/.local/share/mouthpiece"), d.data());
        assertEquals(Path.of("/home/ada/.cache/mouthpiece"), d.cache());
        assertEquals(Path.of("/home/ada/.local/state/mouthpiece/logs"), d.logs());
        AppDirs x = AppDirs.resolve(null, "Linux", HOME, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_CACHE_HOME", "relative/ignored"));
        assertEquals(Path.of("/cfg/mouthpiece"), x.config());
        assertEquals(Path.of("/home/ada/.cache/mouthpiece"), x.cache(), "relative XDG paths are ignored");
    }

    @Test
    void windowsAndMac() {
        AppDirs w = AppDirs.resolve(null, "Windows 11", HOME, Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"));
        assertEquals(Path.of("/r/Mouthpiece"), w.config());
        assertEquals(Path.of("/l/Mouthpiece/Logs"), w.logs());
        AppDirs m = AppDirs.resolve(null, "Mac OS X", HOME, Map.of());
        assertEquals(Path.of("/home/ada/Library/Application Support/Mouthpiece"), m.data());
        assertEquals(Path.of("/home/ada/Library/Caches/Mouthpiece"), m.cache());
        assertEquals(Path.of("/home/ada/Library/Logs/Mouthpiece"), m.logs());
    }

    @Test
    void overrideAndSettingsRoundTrip(@TempDir Path tmp) throws IOException {
        AppDirs d = AppDirs.resolve(tmp.toString(), "Linux", HOME, Map.of());
        assertEquals(tmp.resolve("config"), d.config());
        SettingsStore s = new SettingsStore(d);
        assertEquals(Settings.DEFAULT, s.load());
        Settings changed = Settings.DEFAULT.withRecent("/a").withRecent("/b").withRecent("/a");
        s.save(changed);
        assertEquals(java.util.List.of("/a", "/b"), s.load().recentProjects());
        Files.writeString(d.config().resolve("settings.json"), "{broken");
        assertEquals(Settings.DEFAULT, new SettingsStore(d).load(), "damaged settings fall back to defaults");
    }
}
