package io.mouthpiece.core.persist;

import java.nio.file.Path;

/**
 * Where a project's analysis results are cached. Normally its own {@code cache/} folder; a project that must not be
 * written to (a shipped sample inside the install folder, a read-only share) caches in the user's cache folder.
 */
@FunctionalInterface
public interface CacheLocator {
    /** The project's own cache folder. */
    CacheLocator IN_PROJECT = AnalysisCache::of;

    AnalysisCache forProject(Path projectFolder);

    /**
     * The project's own folder, except for folders under {@code readOnlyRoot} or that cannot be written: those use
     * {@code userCache/projects/<hash of the folder's path>}.
     */
    static CacheLocator preferProject(Path readOnlyRoot, Path userCache) {
        Path ro = readOnlyRoot.toAbsolutePath().normalize();
        return folder -> {
            Path f = folder.toAbsolutePath().normalize();
            if (f.startsWith(ro) || !java.nio.file.Files.isWritable(f)) {
                String id = Hashing.sha256(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
                return new AnalysisCache(userCache.resolve("projects").resolve(id));
            }
            return AnalysisCache.of(f);
        };
    }
}
