package io.mouthpiece.export;

import io.mouthpiece.core.project.ConsentRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What went into an export, for the provenance sidecar: the input files (hashed at export time), the models that
 * touched the pictures or the timing, and every character in the picture with its own consent record.
 */
public record Provenance(List<Character> characters, List<Input> inputs, List<Model> models) {
    public Provenance {
        characters = characters == null ? List.of() : List.copyOf(characters);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** One character (no id) with its consent record; {@code name} blank = no character at all. */
    public Provenance(String characterName, ConsentRecord consent, List<Input> inputs, List<Model> models) {
        this(characterName == null || characterName.isBlank() && consent == null ? List.of()
                : List.of(new Character(characterName, "", consent)), inputs, models);
    }

    /** Every character's name, comma-separated (the single-character sidecar field). */
    public String characterName() {
        return String.join(", ", characters.stream().map(Character::name).toList());
    }

    /** The first character's consent record (the single-character sidecar field); see {@link #characters()} for all. */
    public ConsentRecord consent() {
        return characters.isEmpty() ? ConsentRecord.NOT_RECORDED : characters.getFirst().consent();
    }

    /** A character as the project names it, with the consent record stated for its likeness. */
    public record Character(String name, String id, ConsentRecord consent) {
        public Character {
            name = Objects.requireNonNullElse(name, "");
            id = Objects.requireNonNullElse(id, "");
            consent = Objects.requireNonNullElse(consent, ConsentRecord.NOT_RECORDED);
        }
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
