package io.mouthpiece.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the read-only files the app ships with live: {@code assets/} and {@code models/}. Looked up, in order, from
 * the system properties {@code mouthpiece.assets} / {@code mouthpiece.models}, beside the running jar and its parent
 * folders (a checkout's target/, an app image's lib/app/), and the working folder.
 */
public record InstallLayout(Path assets, Path models) {
    public static InstallLayout detect() {
        return new InstallLayout(find("assets", "mouthpiece.assets").orElse(Path.of("assets")),
                find("models", "mouthpiece.models").orElse(Path.of("models")));
    }

    static Optional<Path> find(String name, String property) {
        String prop = System.getProperty(property);
        if (prop != null && !prop.isBlank()) return Optional.of(Path.of(prop));
        List<Path> candidates = new ArrayList<>();
        codeLocation().ifPresent(jar -> {
            for (Path p = jar.getParent(); p != null && candidates.size() < 4; p = p.getParent()) candidates.add(p.resolve(name));
        });
        candidates.add(Path.of(name).toAbsolutePath());
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    private static Optional<Path> codeLocation() {
        try {
            var src = InstallLayout.class.getProtectionDomain().getCodeSource();
            return src == null ? Optional.empty() : Optional.of(Path.of(src.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Path sampleProject() { return assets.resolve("samples").resolve("astronaut"); }
}
