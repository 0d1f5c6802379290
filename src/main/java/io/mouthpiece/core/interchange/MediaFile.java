package io.mouthpiece.core.interchange;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A media file named in an interchange file: its path and, when the camera or the ingest gave one, its reel (tape)
 * name. {@code reel} is null when unknown; the EDL then writes the conventional auxiliary reel {@code AX}.
 */
public record MediaFile(Path path, String reel) {
    public MediaFile {
        Objects.requireNonNull(path, "path");
        if (reel != null && reel.isBlank()) reel = null;
    }

    public static MediaFile of(Path path) { return new MediaFile(path, null); }

    /** The file name, as editors see the clip in their bin. */
    public String name() { return path.getFileName().toString(); }

    /** An absolute {@code file://} URL (spaces and other reserved characters percent-encoded). */
    public String url() { return path.toAbsolutePath().normalize().toUri().toString(); }
}
