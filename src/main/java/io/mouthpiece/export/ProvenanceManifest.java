package io.mouthpiece.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.mouthpiece.core.project.ConsentRecord;

import java.util.List;

/** The JSON written to {@code <output name>.provenance.json}. Field names are the file format: keep them stable. */
@JsonPropertyOrder({"schema", "aiGenerated", "label", "app", "createdAt", "output", "settings", "character", "characters", "inputs", "models"})
public record ProvenanceManifest(String schema, boolean aiGenerated, String label, App app, String createdAt,
                                 Output output, Settings settings, Character character,
                                 List<Provenance.Character> characters, List<FileHash> inputs,
                                 List<Provenance.Model> models) {
    public static final String SCHEMA = "MouthpieceProvenance.1";

    public record App(String name, String version) { }

    /** A file and its SHA-256; {@code name} is relative to the output's folder (outputs) or the file name (inputs). */
    public record FileHash(String role, String name, long bytes, String sha256) { }

    public record Output(String format, List<FileHash> files, long frames, String duration) { }

    public record Settings(String format, int width, int height, String frameRate, String preset, String background,
                           boolean badge, String videoCodec, String audioCodec) { }

    /**
     * Kept for readers of the first sidecars: every name joined and the first character's consent. {@code characters}
     * holds each character's name, id and own consent record.
     */
    public record Character(String name, ConsentRecord consent) { }
}
