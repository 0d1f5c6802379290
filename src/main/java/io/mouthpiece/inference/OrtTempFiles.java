package io.mouthpiece.inference;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's Java binding extracts its native libraries into a fresh {@code onnxruntime-java*} folder under the
 * temporary directory on every start and asks for the folder's deletion on exit before its files', so the JVM's
 * exit hook, which deletes in reverse order, finds it non-empty and leaves one empty folder per run (hundreds after a
 * test suite). Once the libraries are loaded, Linux and macOS need the files no more: this removes the folder then.
 * Where removal fails (Windows keeps loaded libraries locked) the binding's own exit-time deletion still applies.
 */
final class OrtTempFiles {
    private static final Logger log = LoggerFactory.getLogger(OrtTempFiles.class);

    private OrtTempFiles() {}

    /** The binding's extraction folder (its private {@code OnnxRuntime.tempDirectory}), if it was made. */
    static Optional<Path> folder() {
        try {
            Field f = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            f.setAccessible(true);
            return Optional.ofNullable((Path) f.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty(); // another binding version: nothing to tidy
        }
    }

    /** Deletes the extraction folder after the libraries were loaded; safe to call again. */
    static void removeAfterLoad() {
        Optional<Path> dir = folder();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) return;
        try (Stream<Path> s = Files.walk(dir.get())) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            log.debug("ONNX Runtime's temporary folder {} stays until exit: {}", dir.get(), e.toString());
        }
    }
}
