package io.mouthpiece.inference;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shipped models folder is. Order: the {@code mouthpiece.models} system property, {@code ./models} under the
 * working directory (development and tests), then {@code models/} beside the folder holding the jar (an installed app
 * keeps {@code app/mouthpiece.jar} and {@code models/} side by side, or {@code target/mouthpiece.jar} in a checkout).
 */
public final class ModelPaths {
    public static final String PROPERTY = "mouthpiece.models";

    private ModelPaths() {}

    /** The models folder, or an exception that says where it looked. */
    public static Path modelsDir() {
        return find().orElseThrow(() -> new ModelException(
                "Models folder not found. Looked at -D" + PROPERTY + ", ./models and next to the application jar. "
                        + "Set -D" + PROPERTY + "=<folder holding face/*.card.json>."));
    }

    public static Optional<Path> find() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        Path cwd = Path.of("models").toAbsolutePath();
        if (Files.isDirectory(cwd)) return Optional.of(cwd);
        return nextToJar();
    }

    private static Optional<Path> nextToJar() {
        try {
            var src = ModelPaths.class.getProtectionDomain().getCodeSource();
            if (src == null) return Optional.empty();
            Path jar = Path.of(src.getLocation().toURI()).toAbsolutePath();
            Path parent = jar.getParent() == null ? null : jar.getParent().getParent();
            if (parent == null) return Optional.empty();
            Path p = parent.resolve("models");
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
