package io.mouthpiece.app;

import io.mouthpiece.core.persist.CacheLocator;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.export.ExportService;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelException;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.lipsync.text.Lexicon;
import io.mouthpiece.lipsync.text.Pronouncer;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.service.CharacterRigs;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.LipsyncService;
import io.mouthpiece.service.RenderService;
import io.mouthpiece.service.TakeAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The take pipeline over the shipped models (face rigs, analysis, rendering), built on first use because loading
 * the topology and the lip-sync classifier is not free and a session may never need them. Thread-safe; the owner
 * closes it (that frees the loaded ONNX models).
 */
public final class TakeServices implements AutoCloseable {
    static final String CLASSIFIER_ID = "mouthpiece-viseme-mlp";
    static final String ALIGN_CLASSIFIER_ID = "mouthpiece-viseme-align-mlp";
    static final String TRANSITIONS_ID = "mouthpiece-viseme-transitions";

    private final Path models;
    private ModelRegistry registry;
    private FaceTopology topology;
    private CharacterRigs rigs;
    private FaceService faces;
    private TakeAnalysis analysis;
    private RenderService.Classifier[] classifiers;

    private final CacheLocator caches;
    private final MediaCheck mediaCheck;

    public TakeServices(Path models) { this(models, CacheLocator.IN_PROJECT, new MediaCheck()); }

    /**
     * @param caches     where each project's analysis results are cached (never inside the install folder)
     * @param mediaCheck the project store's media check, so the analysis hashes a changed-looking file only when the
     *                   store or the bin has not already
     */
    public TakeServices(Path models, CacheLocator caches, MediaCheck mediaCheck) {
        this.models = models;
        this.caches = caches;
        this.mediaCheck = mediaCheck;
    }

    private ModelRegistry registry() {
        if (registry == null) registry = new ModelRegistry(List.of(models), InferenceOptions.fromSystemProperties());
        return registry;
    }

    private FaceTopology topology() {
        if (topology == null) topology = FaceTopology.load(models);
        return topology;
    }

    /** The characters' render rigs (needs only the face topology). */
    public synchronized CharacterRigs rigs() {
        if (rigs == null) rigs = new CharacterRigs(topology());
        return rigs;
    }

    /** Face detection and fitting for characters. */
    public synchronized FaceService faces() {
        if (faces == null) faces = new FaceService(registry(), topology(), io.mouthpiece.face.FaceAnalyzer.Options.DEFAULT, caches, mediaCheck);
        return faces;
    }

    /** Face analysis + lip sync of a take (English transcripts are aligned with the CMU dictionary). */
    public synchronized TakeAnalysis analysis() throws IOException {
        if (analysis == null) {
            Path file = classifierFile();
            Path alignFile = models.resolve("lipsync").resolve(LipsyncModels.ALIGN_CLASSIFIER);
            if (!Files.isRegularFile(alignFile)) throw new ModelException("Lip-sync model missing: " + alignFile);
            String sha = Hashing.sha256(file) + "+" + Hashing.sha256(alignFile);
            // the audio model's transition table shapes its output too: a new table must not reuse cached tracks
            Path table = VisemeClassifier.transitionsFile(file);
            if (Files.isRegularFile(table)) sha += "+" + Hashing.sha256(table);
            Path lexicon = models.resolve("lipsync").resolve(LipsyncModels.LEXICON);
            if (!Files.isRegularFile(lexicon)) throw new ModelException("Pronouncing dictionary missing: " + lexicon);
            analysis = new TakeAnalysis(faces(), new LipsyncService(VisemeClassifier.load(file), VisemeClassifier.load(alignFile),
                    sha, new Pronouncer(Lexicon.load(lexicon)), caches, mediaCheck));
        }
        return analysis;
    }

    /** Dubbing filmed shots with the same face and lip-sync models. */
    public io.mouthpiece.service.dub.DubService dub() throws IOException {
        return new io.mouthpiece.service.dub.DubService(faces(), analysis().lipsync());
    }

    /** Rendering to files on the caller's GL thread. */
    public synchronized RenderService render(GlThread gl) throws IOException {
        if (classifiers == null) {
            String licence = "Apache-2.0 (commercial use allowed)";
            // the audio model v4 and its table learned from CC-BY-SA-3.0 recordings (models/lipsync/README.md, Round 8)
            String audioLicence = "CC-BY-SA-3.0 (commercial use allowed)";
            Path align = models.resolve("lipsync").resolve(LipsyncModels.ALIGN_CLASSIFIER);
            java.util.List<RenderService.Classifier> list = new java.util.ArrayList<>();
            list.add(new RenderService.Classifier(CLASSIFIER_ID, Hashing.sha256(classifierFile()), audioLicence));
            Path table = VisemeClassifier.transitionsFile(classifierFile());
            if (Files.isRegularFile(table)) list.add(new RenderService.Classifier(TRANSITIONS_ID, Hashing.sha256(table), audioLicence));
            if (Files.isRegularFile(align)) list.add(new RenderService.Classifier(ALIGN_CLASSIFIER_ID, Hashing.sha256(align), licence));
            classifiers = list.toArray(RenderService.Classifier[]::new);
        }
        return new RenderService(gl, registry(), new ExportService(), classifiers);
    }

    private Path classifierFile() {
        Path file = models.resolve("lipsync").resolve("viseme-mlp.bin");
        if (!Files.isRegularFile(file)) throw new ModelException("Lip-sync model missing: " + file);
        return file;
    }

    @Override
    public synchronized void close() {
        if (registry != null) registry.close();
    }
}
