package io.mouthpiece.service;

import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.persist.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SampleProjectsTest {
    @TempDir Path tmp;

    @Test
    void userGetsAPrivateCopyMadeOnce() throws IOException {
        Path shipped = InstallLayout.detect().sampleProject();
        Path copy = SampleProjects.userCopy(shipped, tmp);
        var loaded = new ProjectStore().load(copy);
        assertTrue(loaded.missingMediaIds().isEmpty(), "media travels with the copy");
        assertEquals("Astronaut sample", loaded.project().name());
        new ProjectStore().save(copy, loaded.project().withName("Mine"));
        assertEquals(copy, SampleProjects.userCopy(shipped, tmp));
        assertEquals("Mine", new ProjectStore().load(copy).project().name(), "an existing copy is reused, not overwritten");
        assertEquals("Astronaut sample", new ProjectStore().load(shipped).project().name(), "the shipped sample is untouched");
    }

    @Test
    void missingSampleIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> SampleProjects.userCopy(tmp.resolve("gone"), tmp.resolve("u")));
        assertTrue(e.getMessage().contains("sample project is missing"));
        assertFalse(Files.exists(tmp.resolve("u")));
    }
}
