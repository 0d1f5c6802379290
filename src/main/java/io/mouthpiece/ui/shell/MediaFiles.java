package io.mouthpiece.ui.shell;

import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Save As into a new folder: media is referenced relative to the project folder, so the files inside the old folder
 * come along (files outside it are referenced by a path that leaves the folder and stay where they are).
 * TODO(lead): this belongs in core persistence beside ProjectStore.save; it lives here until that API exists.
 */
final class MediaFiles {
    private MediaFiles() {}

    static void copyReferenced(Project project, Path from, Path to) throws IOException {
        Path src = from.toAbsolutePath().normalize();
        Path dst = to.toAbsolutePath().normalize();
        for (MediaRef m : project.media()) {
            Path source = src.resolve(m.path()).normalize();
            Path target = dst.resolve(m.path()).normalize();
            if (!source.startsWith(src) || !target.startsWith(dst)) continue; // outside the folder: keep the link
            if (!Files.isRegularFile(source) || Files.exists(target)) continue;
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + ".copying");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
