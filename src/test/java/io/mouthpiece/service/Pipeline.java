package io.mouthpiece.service;

import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.ExportService;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.lipsync.VisemeClassifier;
import io.mouthpiece.render.gl.GlThread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The real services over the shipped models, and the sample project cut to a short take, for tests. */
final class Pipeline implements AutoCloseable {
    static final Path MODELS = Path.of("models");

    final ModelRegistry registry = new ModelRegistry(List.of(MODELS), InferenceOptions.CPU);
    final FaceTopology topology = FaceTopology.load(MODELS);
    final CharacterRigs rigs = new CharacterRigs(topology);
    final FaceService faces = new FaceService(registry, topology);
    final LipsyncService lipsync;
    final TakeAnalysis analysis;
    private GlThread gl;
    private RenderService render;

    Pipeline() throws IOException {
        Path classifier = MODELS.resolve("lipsync").resolve("viseme-mlp.bin");
        lipsync = new LipsyncService(VisemeClassifier.load(classifier), Hashing.sha256(classifier));
        analysis = new TakeAnalysis(faces, lipsync);
    }

    synchronized RenderService render() {
        if (render == null) {
            gl = GlThread.start("test-render");
            render = new RenderService(gl, registry, new ExportService(), new RenderService.Classifier("mouthpiece-viseme-mlp", "x", "Apache-2.0"));
        }
        return render;
    }

    /** A private copy of the astronaut sample (in {@code dir}) with its one take cut to the line's first {@code seconds}. */
    static Loaded sample(Path dir, Rational seconds) throws IOException {
        Path folder = SampleProjects.userCopy(InstallLayout.detect().sampleProject(), dir);
        Project p = new ProjectStore().load(folder).project();
        Take t = p.takes().getFirst();
        AudioClip c = t.dialogue().getFirst().clips().getFirst();
        p = TakeEdits.trimClip(t.id(), c.id(), new TimeRange(Rational.ZERO, seconds), Rational.ZERO).apply(p);
        p = TakeEdits.setDuration(t.id(), seconds).apply(p);
        return new Loaded(p, folder, t.id());
    }

    record Loaded(Project project, Path folder, String takeId) {
        Loaded with(Project p) { return new Loaded(p, folder, takeId); }
    }

    @Override
    public void close() {
        if (gl != null) gl.close();
        registry.close();
    }
}
