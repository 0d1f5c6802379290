package io.mouthpiece.app;

import io.mouthpiece.core.settings.InstallLookup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the read-only files the app ships with live: {@code assets/} and {@code models/}, found by {@link InstallLookup}
 * (system properties {@code mouthpiece.assets} / {@code mouthpiece.models}, then beside the code, then the working
 * folder).
 */
public record InstallLayout(Path assets, Path models) {
    public static InstallLayout detect() {
        return new InstallLayout(find("assets", "mouthpiece.assets").orElse(Path.of("assets")),
                find("models", "mouthpiece.models").orElse(Path.of("models")));
    }

    static Optional<Path> find(String name, String property) { return InstallLookup.find(name, property); }

    public Path sampleProject() { return assets.resolve("samples").resolve("astronaut"); }
}
