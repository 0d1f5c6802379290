package io.mouthpiece.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * What {@code models/<group>/<id>.card.json} says about one model: identity, file and its SHA-256, licence terms,
 * tensors, preprocessing and where it came from. The registry refuses a file whose hash differs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelCard(
        String id,
        String file,
        String sha256,
        String license,
        boolean commercialUse,
        Map<String, List<Object>> inputs,
        Map<String, List<Object>> outputs,
        String preprocessing,
        String outputsMeaning,
        Provenance provenance) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String origin, String originLicense, String packaging, String packagingLicense,
                             String conversion, String verification) { }

    public ModelCard {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("model card without id");
        if (file == null || file.isBlank()) throw new IllegalArgumentException("model card " + id + " without file");
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}"))
            throw new IllegalArgumentException("model card " + id + ": sha256 must be 64 hex digits");
    }
}
