package io.mouthpiece.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DesktopLibrariesTest {
    @Test
    void findsALibraryInTheFoldersGiven(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("libdemo.so.1"));
        assertTrue(DesktopLibraries.present("libdemo.so.1", List.of(Path.of("/nonexistent"), dir)));
        assertFalse(DesktopLibraries.present("libdemo.so.2", List.of(dir)));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void findsWhatTheDynamicLinkerFindsAndNothingElse() {
        assertTrue(DesktopLibraries.canOpen("libc.so.6"));
        assertFalse(DesktopLibraries.canOpen("libmouthpiece-no-such-library.so.9"));
        var needs = List.of(new DesktopLibraries.Need("libc.so.6", "libc6", "everything"),
                new DesktopLibraries.Need("libmouthpiece-no-such-library.so.9", "no-such-package", "nothing"));
        assertEquals(List.of(needs.get(1)), DesktopLibraries.missing(needs, DesktopLibraries::canOpen));
    }

    @Test
    void missingLibrariesAreOneParagraphWithTheInstallCommand() {
        Set<String> absent = Set.of("libgtk-3.so.0", "libEGL_mesa.so.0");
        var missing = DesktopLibraries.missing(DesktopLibraries.LINUX, s -> !absent.contains(s));
        String text = DesktopLibraries.problem(missing, Map.of("DISPLAY", ":0"));
        assertTrue(text.contains("libgtk-3.so.0 (for JavaFX's windows)"), text);
        assertTrue(text.contains("libEGL_mesa.so.0"), text);
        assertFalse(text.contains("libXtst"), text);
        // the driver package comes with Mesa's EGL, as apt would need it
        assertTrue(text.contains("`sudo apt-get install libgtk-3-0 libegl-mesa0 libgl1-mesa-dri`"), text);
        assertFalse(text.contains("\n"), "one paragraph: " + text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void noDisplayIsSaidOnceTheLibrariesAreThere() {
        String text = DesktopLibraries.problem(List.of(), Map.of());
        assertTrue(text.contains("DISPLAY is not set") && text.contains("xvfb-run"), text);
        assertFalse(text.contains("\n"), text);
        assertNull(DesktopLibraries.problem(List.of(), Map.of("DISPLAY", ":1")));
    }
}
