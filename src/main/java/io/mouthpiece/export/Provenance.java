package io.mouthpiece.export;

import io.mouthpiece.core.project.ConsentRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What went into an export, for the provenance sidecar: the input files (hashed at export time), the models that
 * touched the pictures or the timing, and the character with its consent record.
 */
public record Provenance(String characterName, ConsentRecord consent, List<Input> inputs, List<Model> models) {
    public Provenance {
        characterName = Objects.requireNonNullElse(characterName, "");
        consent = Objects.requireNonNullElse(consent, ConsentRecord.NOT_RECORDED);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** An input file and its role ("portrait", "dialogue clip-1", ...). */
    public record Input(String role, Path file) {
        public Input {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(file, "file");
        }
    }

    /** A model as listed on its card: id, file SHA-256 and licence. */
    public record Model(String id, String sha256, String licence) {
        public Model {
            Objects.requireNonNull(id, "id");
            sha256 = Objects.requireNonNullElse(sha256, "");
            licence = Objects.requireNonNullElse(licence, "");
        }
    }
}
