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

    @Test
    void withoutACodeLocationTheFirstClassPathEntryStandsIn() {
        String sep = java.io.File.pathSeparator;
        assertEquals(Path.of("/opt/mp/lib/app/mouthpiece.jar"),
                InstallLookup.firstClassPathEntry("/opt/mp/lib/app/mouthpiece.jar" + sep + "/opt/mp/lib/app/lib/x.jar").orElseThrow());
        assertEquals(Path.of("/x/classes"), InstallLookup.firstClassPathEntry(sep + "/lib/*" + sep + "/x/classes").orElseThrow());
        assertTrue(InstallLookup.firstClassPathEntry("").isEmpty());
    }
}
