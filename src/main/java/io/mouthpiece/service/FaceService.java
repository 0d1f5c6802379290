package io.mouthpiece.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.persist.AnalysisCache;
import io.mouthpiece.core.persist.CacheLocator;
import io.mouthpiece.core.persist.MediaCheck;
import io.mouthpiece.core.persist.ProjectJson;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.inference.ModelRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Analyses a character's source picture (a video's first frame: the rig animates a still) and returns the edit that
 * stores the chosen face. Results are cached in the project's analysis cache under the picture's SHA-256, the
 * analyser and model versions and the face index, so re-opening a project costs nothing; a picture changed on disk (no
 * longer the recorded SHA-256) is analysed as it is and bypasses the cache both ways. Thread-safe: each call
 * opens its own analyzer (model sessions are per thread; the models themselves are shared by the registry).
 */
public final class FaceService {
    static final String CACHE_KIND = "face";
    /** Bump when the analysis pipeline changes in a way that changes its output. */
    static final String ANALYSER = "mouthpiece.face-analyzer.1";
    private static final List<String> MODELS = List.of("face-detection-short", "face-detection-full", "facemesh", "iris");
    private static final ObjectMapper JSON = ProjectJson.mapper();

    private final ModelRegistry registry;
    private final FaceTopology topology;
    private final FaceAnalyzer.Options options;
    private final CacheLocator caches;
    private final MediaCheck check;

    public FaceService(ModelRegistry registry, FaceTopology topology) {
        this(registry, topology, FaceAnalyzer.Options.DEFAULT);
    }

    public FaceService(ModelRegistry registry, FaceTopology topology, FaceAnalyzer.Options options) {
        this(registry, topology, options, CacheLocator.IN_PROJECT, new MediaCheck());
    }

    /**
     * @param caches where each project's results are cached
     * @param check  tells whether a picture still holds its recorded content (the studio shares the project store's, so
     *               a file is hashed once per change)
     */
    public FaceService(ModelRegistry registry, FaceTopology topology, FaceAnalyzer.Options options, CacheLocator caches,
                       MediaCheck check) {
        this.registry = registry;
        this.topology = topology;
        this.options = options;
        this.caches = caches;
        this.check = check;
    }

    public FaceTopology topology() { return topology; }

    /** A face analyzer over the shared models for a caller that tracks frames itself (dubbing); the caller closes it. */
    public FaceAnalyzer openAnalyzer() { return new FaceAnalyzer(registry, topology, options); }

    /**
     * Analyses the character's source and returns {@code ActorEdits.setFace} with face {@code actor.faceIndex()}.
     *
     * @param projectFolder the project's folder (media paths are relative to it; the cache lives in it); may be
     *                      null for no cache only when every path is absolute
     * @throws NoFaceException when the picture shows fewer faces than the index asks for
     */
    public Edit analyse(Project project, Path projectFolder, String actorId, Progress progress) throws IOException {
        Actor actor = project.actor(actorId);
        if (actor.sourceMediaId() == null) throw new IllegalArgumentException("character '" + actor.name() + "' has no picture");
        MediaRef media = project.mediaById(actor.sourceMediaId()).orElseThrow(() ->
                new IllegalArgumentException("character '" + actor.name() + "' uses media '" + actor.sourceMediaId() + "', which the project lacks"));
        FaceAnalysis face = face(projectFolder, media, actor.faceIndex(), progress);
        return ActorEdits.setFace(actorId, face);
    }

    /** Face {@code index} (0 = best score) of {@code media}'s picture, from the cache or analysed now. */
    public FaceAnalysis face(Path projectFolder, MediaRef media, int index, Progress progress) throws IOException {
        progress.checkCancelled();
        AnalysisCache cache = projectFolder == null ? null : caches.forProject(projectFolder);
        String key = AnalysisCache.key(ANALYSER + "|" + modelVersions() + "|" + options, media.sha256(), "face=" + index);
        boolean cacheable = cache != null
                && check.cachesUnderRecordedHash((projectFolder == null ? Path.of("") : projectFolder).resolve(media.path()), media);
        if (cacheable) {
            var hit = cache.get(CACHE_KIND, key);
            if (hit.isPresent()) {
                try {
                    FaceAnalysis f = JSON.readValue(hit.get(), FaceAnalysis.class);
                    progress.update(1, "face analysis (cached)");
                    return f;
                } catch (IOException | RuntimeException unreadable) {
                    // a damaged entry is a miss
                }
            }
        }
        progress.update(0.05, "reading " + media.path());
        RgbImage img = RgbImage.taking(SourcePictures.read(projectFolder == null ? Path.of("") : projectFolder, media));
        progress.checkCancelled();
        progress.update(0.2, "finding faces");
        List<FaceAnalysis> faces;
        try (FaceAnalyzer analyzer = new FaceAnalyzer(registry, topology, options)) {
            faces = analyzer.analyze(img).faces();
        }
        String where = media.kind() == MediaKind.VIDEO ? "the first frame of " + media.path() : media.path();
        if (faces.isEmpty()) throw new NoFaceException("No face found in " + where + ".");
        if (index >= faces.size()) {
            throw new NoFaceException("Only " + faces.size() + " face(s) found in " + where + "; face " + index + " does not exist.");
        }
        FaceAnalysis face = faces.get(index);
        if (cacheable) {
            cache.put(CACHE_KIND, key, JSON.writeValueAsBytes(face));
        }
        progress.update(1, "face analysed");
        return face;
    }

    private String modelVersions() {
        return MODELS.stream().map(id -> id + "=" + registry.card(id).map(c -> c.sha256()).orElse("?"))
                .collect(Collectors.joining(","));
    }
}
