package io.mouthpiece.core.persist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CacheLocatorTest {
    @TempDir Path tmp;

    @Test
    void shippedProjectsCacheInTheUserFolderOthersInTheirOwn() throws Exception {
        Path install = Files.createDirectories(tmp.resolve("app/assets"));
        Path shipped = Files.createDirectories(install.resolve("samples/astronaut"));
        Path mine = Files.createDirectories(tmp.resolve("work/project"));
        Path userCache = tmp.resolve("user-cache");
        CacheLocator loc = CacheLocator.preferProject(install, userCache);
        String key = AnalysisCache.key("x/1", "input");

        loc.forProject(shipped).put("face", key, new byte[] {1});
        assertFalse(Files.exists(shipped.resolve(ProjectStore.CACHE)), "nothing written into the install");
        assertArrayEquals(new byte[] {1}, loc.forProject(shipped).get("face", key).orElseThrow());
        try (var s = Files.walk(userCache)) {
            assertEquals(1, s.filter(Files::isRegularFile).count());
        }

        loc.forProject(mine).put("face", key, new byte[] {2});
        assertTrue(Files.isRegularFile(mine.resolve("cache/face/" + key + ".bin")), "a user's project keeps its own cache");
        assertNotEquals(loc.forProject(shipped).get("face", key).orElseThrow()[0], loc.forProject(mine).get("face", key).orElseThrow()[0]);
    }
}
