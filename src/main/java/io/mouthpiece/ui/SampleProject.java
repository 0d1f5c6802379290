package io.mouthpiece.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the bundled sample project (assets/samples/astronaut) next to the jar or in the working folder. */
final class SampleProject {
    static final String RELATIVE = "assets/samples/astronaut";

    private SampleProject() {}

    static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String override = System.getProperty("mouthpiece.samples");
        if (override != null) candidates.add(Path.of(override).resolve("astronaut"));
        candidates.add(Path.of(RELATIVE));
        codeLocation().ifPresent(jarDir -> {
            candidates.add(jarDir.resolve(RELATIVE));                 // app image: assets beside the jar
            if (jarDir.getParent() != null) candidates.add(jarDir.getParent().resolve(RELATIVE)); // target/../assets
        });
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p.resolve("project.json")))
                .map(p -> p.toAbsolutePath().normalize())
                .findFirst();
    }

    private static Optional<Path> codeLocation() {
        var source = SampleProject.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return Optional.empty();
        try {
            return Optional.ofNullable(Path.of(source.getLocation().toURI()).getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
