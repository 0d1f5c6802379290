package io.mouthpiece.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The bundled sample project (assets/samples/astronaut), found next to the jar or in the working folder. */
final class SampleProject {
    static final String RELATIVE = "assets/samples/astronaut";

    private SampleProject() {}

    /**
     * A private copy of the sample under {@code dataDir}, made on first use, so edits never change the installed
     * sample (which may be read-only). Empty when the sample is not installed.
     */
    static Optional<Path> workingCopy(Path dataDir) throws IOException {
        Optional<Path> source = locate();
        if (source.isEmpty()) return Optional.empty();
        Path target = dataDir.resolve("samples").resolve(source.get().getFileName());
        if (Files.isRegularFile(target.resolve("project.json"))) return Optional.of(target);
        Path tmp = Files.createTempDirectory(Files.createDirectories(target.getParent()), ".copy-");
        try (Stream<Path> files = Files.walk(source.get())) {
            for (Path p : files.toList()) {
                Path dest = tmp.resolve(source.get().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

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
