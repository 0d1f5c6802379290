package io.mouthpiece.service.dub;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mouthpiece.core.AppVersion;
import io.mouthpiece.core.media.ShotInfo;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.export.ExportService;
import io.mouthpiece.export.Provenance;
import io.mouthpiece.export.ProvenanceManifest;
import io.mouthpiece.media.EncodeSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The provenance sidecar of a dub ({@code OUT.mov.provenance.json}), in the export's format: inputs, output, consent. */
final class DubProvenance {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private DubProvenance() {}

    static void write(Path target, DubRequest req, ShotInfo info, DubLines.Plan plan, Path encoded, EncodeSpec spec)
            throws IOException {
        List<ProvenanceManifest.FileHash> inputs = new ArrayList<>();
        inputs.add(hash("shot", req.video()));
        inputs.add(hash("dub audio", req.audio()));
        if (req.cues() != null) inputs.add(hash("cues", req.cues()));
        String format = req.container().name();
        ProvenanceManifest.FileHash out = new ProvenanceManifest.FileHash("output", req.output().getFileName().toString(),
                Files.size(encoded), Hashing.sha256(encoded));
        String character = stem(req.video());
        ProvenanceManifest m = new ProvenanceManifest(ProvenanceManifest.SCHEMA, true, ExportService.label(),
                new ProvenanceManifest.App("Mouthpiece", AppVersion.get()), Instant.now().toString(),
                new ProvenanceManifest.Output(format, List.of(out), plan.frames(), info.rate().timeOf(plan.frames()).toString()),
                new ProvenanceManifest.Settings(format, info.width(), info.height(), info.rate().toString(),
                        req.quality().name(), "keep", false, spec.videoCodec(), spec.hasAudio() ? spec.audioCodec() : null),
                new ProvenanceManifest.Character(character, req.consent()),
                List.of(new Provenance.Character(character, "shot", req.consent())), inputs, List.of());
        Files.write(target, JSON.writeValueAsBytes(m));
    }

    private static ProvenanceManifest.FileHash hash(String role, Path file) throws IOException {
        return new ProvenanceManifest.FileHash(role, file.getFileName().toString(), Files.size(file), Hashing.sha256(file));
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
