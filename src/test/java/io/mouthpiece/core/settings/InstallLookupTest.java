package io.mouthpiece.core.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class InstallLookupTest {
    @Test
    void propertyWinsElseBesideTheCodeElseTheWorkingFolder() {
        String prop = "mouthpiece.test.lookup";
        System.setProperty(prop, "/somewhere/models");
        try {
            assertEquals(Path.of("/somewhere/models"), InstallLookup.find("models", prop).orElseThrow());
        } finally {
            System.clearProperty(prop);
        }
        // tests run from target/classes: the repo root's models/ is found two levels up, before the working folder
        Path found = InstallLookup.find("models", prop).orElseThrow();
        assertEquals(Path.of("models").toAbsolutePath().normalize(), found.normalize());
        var c = InstallLookup.candidates("models");
        assertEquals(Path.of("models").toAbsolutePath(), c.getLast(), "the working folder is the last resort");
        assertTrue(InstallLookup.find("no-such-folder-here", prop).isEmpty());
    }
}
