package io.mouthpiece.inference;

import io.mouthpiece.core.settings.InstallLookup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shipped models folder is: the {@code mouthpiece.models} system property, else the app-wide rule of
 * {@link InstallLookup} (beside the code, then the working folder).
 */
public final class ModelPaths {
    public static final String PROPERTY = "mouthpiece.models";

    private ModelPaths() {}

    /** The models folder, or an exception that says where it looked. */
    public static Path modelsDir() {
        return find().orElseThrow(() -> new ModelException(
                "Models folder not found. Looked at -D" + PROPERTY + " and " + InstallLookup.candidates("models") + ". "
                        + "Set -D" + PROPERTY + "=<folder holding face/*.card.json>."));
    }

    public static Optional<Path> find() {
        return InstallLookup.find("models", PROPERTY).filter(Files::isDirectory);
    }
}
