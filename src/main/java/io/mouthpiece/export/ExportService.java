package io.mouthpiece.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mouthpiece.core.AppVersion;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.EncodeSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Runs exports: frames (+ background, + badge) and the mixed sound → encoder or PNG writer, under temporary names,
 * then the provenance sidecar, then everything is renamed into place. Cancel or any failure deletes the temporaries,
 * so a half-written file never appears under the real name. One frame buffer is reused throughout (flat memory).
 */
public final class ExportService {
    public static final String SIDECAR_SUFFIX = ".provenance.json";
    public static final String AI_TAG = "ai_generated";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)   // records: components only
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Clock clock;
    private final LongSupplier nanoTime;

    public ExportService() { this(Clock.systemUTC(), System::nanoTime); }

    public ExportService(Clock clock, LongSupplier nanoTime) {
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** The sidecar next to an output: {@code take.mp4} → {@code take.mp4.provenance.json}. */
    public static Path sidecarOf(Path output) {
        return output.resolveSibling(output.getFileName() + SIDECAR_SUFFIX);
    }

    /** The label written into container metadata, PNG text chunks and the sprite-sheet JSON. */
    public static String label() {
        return "AI-generated with Mouthpiece " + AppVersion.get() + " (synthetic talking-head video)";
    }

    public ExportResult export(ExportRequest req, Progress progress) throws IOException {
        ExportSettings s = req.settings();
        FrameSource src = req.frames();
        validate(req);
        List<ProvenanceManifest.FileHash> inputs = hashInputs(req.provenance());   // fail before any encoding
        long frames = src.frameCount();
        long t0 = nanoTime.getAsLong();
        Path output = req.output().toAbsolutePath().normalize();
        String base = baseName(output);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("comment", label() + "; provenance in " + sidecarOf(output).getFileName());
        meta.put(AI_TAG, "true");
        Map<String, String> pngText = new LinkedHashMap<>();
        pngText.put("Software", "Mouthpiece " + AppVersion.get());
        pngText.put("Comment", meta.get("comment"));
        pngText.put(AI_TAG, "true");

        AudioPump audio = new AudioPump(req.audio(), s.rate());
        boolean alphaOut = s.format().supportsAlpha();
        FramePipeline pipe = new FramePipeline(src, s.background(), s.badge(), alphaOut);
        ProgressMeter meter = new ProgressMeter(progress, frames, nanoTime);
        progress.update(0, "frame 0/" + frames);
        String videoCodec;
        String audioCodec = audio.hasSound() ? "" : "none";
        List<Path> written = new ArrayList<>();   // final paths, main output first
        List<Path> temps = new ArrayList<>();     // same order, temporary names
        try (Staging staging = new Staging()) {
            switch (s.format()) {
                case MP4, MOV_PRORES4444, WEBM_VP9 -> {
                    EncodeSpec spec = EncoderPresets.spec(s, audio.channels(), meta);
                    videoCodec = spec.videoCodec();
                    if (audio.hasSound()) audioCodec = spec.audioCodec();
                    Path tmp = staging.file(output);
                    Path scratch = ContainerWriter.needsRemux(spec) ? staging.scratch(output) : null;
                    ContainerWriter.write(tmp, scratch, spec, pipe, audio, frames, meter);
                    written.add(output);
                    temps.add(tmp);
                }
                case PNG_SEQUENCE -> {
                    videoCodec = "png";
                    if (audio.hasSound()) audioCodec = "pcm_s16le (wav)";
                    Path dir = staging.folder(output);
                    for (Path f : PngSequenceWriter.write(dir, base, pipe, audio, frames, EncoderPresets.pngCompression(s.preset()), pngText, meter)) {
                        temps.add(f);
                        written.add(output.resolve(f.getFileName()));
                    }
                }
                case SPRITE_SHEET -> {
                    videoCodec = "png";
                    audioCodec = "none";
                    Path json = output.resolveSibling(base + ".json");
                    Path pngTmp = staging.file(output);
                    Path jsonTmp = staging.file(json);
                    SpriteSheetWriter.write(pngTmp, jsonTmp, output.getFileName().toString(), base, pipe, frames, s.rate(),
                            EncoderPresets.pngCompression(s.preset()), pngText, AppVersion.get(), meter);
                    written.add(output);
                    written.add(json);
                    temps.add(pngTmp);
                    temps.add(jsonTmp);
                }
                default -> throw new IllegalStateException("unknown format " + s.format());
            }
            progress.checkCancelled();
            progress.update(1, "hashing output and writing provenance");
            List<ProvenanceManifest.FileHash> outHashes = new ArrayList<>();
            Path folder = output.getParent();
            for (int i = 0; i < temps.size(); i++) {
                Path tmp = temps.get(i);
                outHashes.add(new ProvenanceManifest.FileHash("output", folder.relativize(written.get(i)).toString().replace('\\', '/'),
                        Files.size(tmp), Hashing.sha256(tmp)));
            }
            ProvenanceManifest manifest = manifest(req, inputs, outHashes, frames, videoCodec, audioCodec);
            Path sidecar = sidecarOf(output);
            Path sidecarTmp = staging.file(sidecar);
            Files.write(sidecarTmp, JSON.writeValueAsBytes(manifest));
            progress.checkCancelled();
            staging.commit();
            double secs = (nanoTime.getAsLong() - t0) / 1e9;
            String mainHash = s.format() == ExportFormat.PNG_SEQUENCE ? "" : outHashes.getFirst().sha256();
            List<Path> files = new ArrayList<>();
            if (s.format() == ExportFormat.PNG_SEQUENCE) files.add(output);
            files.addAll(written);
            return new ExportResult(List.copyOf(files), sidecar, mainHash, frames, secs);
        } finally {
            req.audio().close();
        }
    }

    private static void validate(ExportRequest req) {
        ExportSettings s = req.settings();
        FrameSource src = req.frames();
        if (src.width() != s.width() || src.height() != s.height()) {
            throw new IllegalArgumentException("the frame source renders " + src.width() + "x" + src.height()
                    + " but the export is set to " + s.width() + "x" + s.height());
        }
        if (!src.rate().equals(s.rate())) {
            throw new IllegalArgumentException("the frame source runs at " + src.rate() + " fps but the export is set to " + s.rate());
        }
        if (src.frameCount() <= 0) throw new IllegalArgumentException("nothing to export: the range has no frames");
        if (src.frameCount() > Integer.MAX_VALUE) throw new IllegalArgumentException("too many frames: " + src.frameCount());
        int ch = req.audio().channels();
        if (ch < 0 || ch > 2) throw new IllegalArgumentException("sound must be mono or stereo, not " + ch + " channels");
        if (s.format() == ExportFormat.SPRITE_SHEET) SpriteSheetWriter.layout(src.frameCount(), s.width(), s.height());
    }

    private static List<ProvenanceManifest.FileHash> hashInputs(Provenance p) throws IOException {
        List<ProvenanceManifest.FileHash> inputs = new ArrayList<>();
        for (Provenance.Input in : p.inputs()) {
            if (!Files.isRegularFile(in.file())) throw new MediaException("Input '" + in.role() + "' is missing: " + in.file());
            inputs.add(new ProvenanceManifest.FileHash(in.role(), in.file().getFileName().toString(), Files.size(in.file()),
                    Hashing.sha256(in.file())));
        }
        return inputs;
    }

    private ProvenanceManifest manifest(ExportRequest req, List<ProvenanceManifest.FileHash> inputs,
                                        List<ProvenanceManifest.FileHash> outputs, long frames,
                                        String videoCodec, String audioCodec) {
        ExportSettings s = req.settings();
        return new ProvenanceManifest(ProvenanceManifest.SCHEMA, true, label(),
                new ProvenanceManifest.App("Mouthpiece", AppVersion.get()),
                Instant.now(clock).toString(),
                new ProvenanceManifest.Output(s.format().name(), outputs, frames, s.rate().timeOf(frames).toString()),
                new ProvenanceManifest.Settings(s.format().name(), s.width(), s.height(), s.rate().toString(),
                        s.preset().name(), s.background().toString(), s.badge(), videoCodec, audioCodec),
                new ProvenanceManifest.Character(req.provenance().characterName(), req.provenance().consent()),
                req.provenance().characters(),
                inputs, req.provenance().models());
    }

    private static String baseName(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
