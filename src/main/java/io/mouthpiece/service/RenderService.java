package io.mouthpiece.service;

import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.AudioSource;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.EncoderPresets;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportJob;
import io.mouthpiece.export.ExportRequest;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.export.ExportService;
import io.mouthpiece.export.ExportSettings;
import io.mouthpiece.export.Provenance;
import io.mouthpiece.export.audio.FfmpegClipDecoder;
import io.mouthpiece.export.audio.TakeMixdown;
import io.mouthpiece.inference.ModelCard;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.render.GlRigRenderer;
import io.mouthpiece.render.gl.GlThread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a take to a file: {@link TakeScene} → GL rig renderer (on the given {@link GlThread}) → export, with the
 * take's mixed dialogue, the person cut-out where the background is not kept, and the provenance sidecar (SHA-256 of
 * the picture and every dialogue file, the models that touched the take with their licences, the settings, the app
 * version and the characters' consent). The GL thread belongs to the caller; one export at a time per GL thread is
 * fastest (calls are serialised anyway).
 */
public final class RenderService {
    /** A lip-sync classifier as a provenance entry (it is not an ONNX model, so it has no registry card). */
    public record Classifier(String id, String sha256, String licence) { }

    private final GlThread gl;
    private final ModelRegistry registry;
    private final ExportService export;
    private final List<Classifier> classifiers;

    /** @param classifiers the lip-sync models that made the motion (audio-only and alignment), for the provenance */
    public RenderService(GlThread gl, ModelRegistry registry, ExportService export, Classifier... classifiers) {
        this.gl = gl;
        this.registry = registry;
        this.export = export;
        this.classifiers = List.of(classifiers);
    }

    /** What to write; {@code rate} null = the project's rate. */
    public record Output(Path file, ExportFormat format, int width, int height, FrameRate rate, Background background,
                         io.mouthpiece.export.QualityPreset preset, boolean badge) {
        public Output {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(format, "format");
            background = Objects.requireNonNullElse(background, Background.KEEP);
        }
    }

    /** Renders {@code scene} (its take's in/out range) as {@code out} and returns what was written. */
    public ExportResult render(TakeScene scene, Path projectFolder, Output out, Progress progress) throws IOException {
        try (GlRigRenderer renderer = new GlRigRenderer(gl)) {
            return new ExportJob(export, request(scene, projectFolder, out, renderer, progress)).run(progress);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The export request for a renderer the caller owns (e.g. the studio's, shared with the preview). */
    public ExportRequest request(TakeScene scene, Path projectFolder, Output out, GlRigRenderer renderer, Progress progress) {
        FrameRate rate = out.rate() == null ? scene.frameRate() : out.rate();
        ExportSettings settings = new ExportSettings(out.format(), out.width(), out.height(), rate, out.preset(),
                out.background(), out.badge());
        float[] mask = null;
        boolean cut = out.background().mode() != Background.Mode.KEEP;
        if (cut) {
            progress.update(0, "cutting out the person");
            var fit = TakeFrameSource.Fit.of(scene.scene().image().width(), scene.scene().image().height(), out.width(), out.height());
            mask = PersonMask.compute(registry, scene.scene().image(), fit.width(), fit.height());
        }
        TakeFrameSource frames = new TakeFrameSource(scene, renderer, rate, out.width(), out.height(), mask);
        AudioSource audio = AudioSource.NONE;
        boolean hasClips = scene.take().dialogue().stream().anyMatch(d -> !d.clips().isEmpty());
        if (hasClips && out.format().isContainer() || hasClips && out.format() == ExportFormat.PNG_SEQUENCE) {
            Project p = scene.project();
            audio = new TakeMixdown(scene.take(), scene.range(), new FfmpegClipDecoder(id ->
                    p.mediaById(id).map(m -> projectFolder.resolve(m.path())).orElse(null)), EncoderPresets.SAMPLE_RATE);
        }
        return new ExportRequest(frames, audio, settings, provenance(scene, projectFolder, cut), out.file());
    }

    Provenance provenance(TakeScene scene, Path folder, boolean cut) {
        Project p = scene.project();
        List<Provenance.Input> inputs = new ArrayList<>();
        MediaRef pic = TakeScene.picture(p, scene.take());
        inputs.add(new Provenance.Input("picture", folder.resolve(pic.path())));
        Set<String> seen = new LinkedHashSet<>();
        for (var d : scene.take().dialogue()) {
            for (AudioClip c : d.clips()) {
                if (!seen.add(c.mediaId())) continue;
                p.mediaById(c.mediaId()).ifPresent(m -> inputs.add(new Provenance.Input("dialogue " + c.id(), folder.resolve(m.path()))));
            }
        }
        List<Provenance.Model> models = new ArrayList<>();
        List<String> ids = new ArrayList<>(List.of("face-detection-short", "face-detection-full", "facemesh", "iris"));
        if (cut) ids.add(PersonMask.MODEL_ID);
        for (String id : ids) {
            registry.card(id).ifPresent(c -> models.add(new Provenance.Model(c.id(), c.sha256(), licence(c))));
        }
        for (Classifier c : classifiers) models.add(new Provenance.Model(c.id(), c.sha256(), c.licence()));
        List<Actor> chars = scene.characters().isEmpty()
                ? p.actors().stream().filter(a -> Objects.equals(a.sourceMediaId(), pic.id())).toList() : scene.characters();
        // Every character keeps its own consent record: a two-shot may pair a real person with a drawn one.
        List<Provenance.Character> people = chars.stream().map(a -> new Provenance.Character(a.name(), a.id(), a.consent())).toList();
        return new Provenance(people, inputs, models);
    }

    private static String licence(ModelCard c) {
        return c.license() + (c.commercialUse() ? " (commercial use allowed)" : " (no commercial use)");
    }
}
