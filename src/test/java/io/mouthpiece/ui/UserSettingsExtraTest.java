package io.mouthpiece.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.core.settings.SettingsStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's last preset survives a restart through the settings file, beside the other settings. */
class UserSettingsExtraTest {
    @TempDir Path home;

    @Test
    void anExtraValueIsWrittenAndReadBack() {
        AppDirs dirs = AppDirs.under(home);
        UserSettings first = new UserSettings(new SettingsStore(dirs));
        assertNull(first.extra("exportPreset"));
        first.store(java.util.List.of(Path.of("/p/one")));
        first.putExtra("exportPreset", "SPRITE_SHEET");
        UserSettings again = new UserSettings(new SettingsStore(dirs));
        assertEquals("SPRITE_SHEET", again.extra("exportPreset"));
        assertEquals(java.util.List.of(Path.of("/p/one")), again.load(), "the recent list is kept");
    }
}
