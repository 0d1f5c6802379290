package io.mouthpiece.face;

import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelPaths;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.media.ImageReader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared test fixtures: one registry per test JVM (loading models is the slow part), test images. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/face");
    private static ModelRegistry registry;
    private static FaceTopology topology;

    private Fixtures() {}

    static synchronized ModelRegistry registry() {
        if (registry == null) registry = new ModelRegistry(List.of(ModelPaths.modelsDir()), InferenceOptions.CPU);
        return registry;
    }

    static synchronized FaceTopology topology() {
        if (topology == null) topology = FaceTopology.load(ModelPaths.modelsDir());
        return topology;
    }

    static FaceAnalyzer analyzer() { return new FaceAnalyzer(registry(), topology(), FaceAnalyzer.Options.DEFAULT); }

    static BufferedImage image(String name) {
        try {
            return ImageReader.read(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where tests leave images for a person to look at. */
    static Path outDir() throws IOException {
        Path p = Path.of("target/face-check");
        Files.createDirectories(p);
        return p;
    }
}
