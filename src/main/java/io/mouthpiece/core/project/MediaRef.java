package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.mouthpiece.core.time.Rational;

import java.util.Map;
import java.util.Objects;

/**
 * A media file used by the project, referenced by a path relative to the project folder ('/' separators) and
 * its SHA-256, so a moved file can be found again and a changed file noticed. {@code duration} is null for stills.
 * {@code modified} is the file's last-modified time (epoch milliseconds) when its hash was taken, null in projects
 * saved before it was recorded: a file whose size and time still match is not hashed again to know it is unchanged.
 */
@SchemaObject
@JsonTypeName("Media.1")
public record MediaRef(String id, MediaKind kind, String path, String sha256, long bytes, Rational duration,
                       Long modified, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    public MediaRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        if (path.contains("\\")) path = path.replace('\\', '/');
        extra = Extra.copy(extra);
    }

    public MediaRef(String id, MediaKind kind, String path, String sha256, long bytes, Rational duration) {
        this(id, kind, path, sha256, bytes, duration, null, Map.of());
    }

    /** The file's name without its folder ("line.wav"). */
    public String fileName() { return path.substring(path.lastIndexOf('/') + 1); }

    public MediaRef withPath(String p, String hash, long size) {
        return new MediaRef(id, kind, p, hash, size, duration, null, extra);
    }

    /** The same item (id, kind, extra fields) pointed at another file, or at new content of the same file. */
    public MediaRef relinked(String p, String hash, long size, Rational newDuration, Long newModified) {
        return new MediaRef(id, kind, p, hash, size, newDuration, newModified, extra);
    }
}
