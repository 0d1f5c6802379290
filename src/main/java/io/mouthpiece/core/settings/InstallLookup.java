package io.mouthpiece.core.settings;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for finding a folder the app ships with ({@code models}, {@code assets}): the system property if set,
 * else the folder beside the running code and up to three of its parents (a checkout's {@code target/}, an app
 * image's {@code lib/app/}), else the working folder.
 */
public final class InstallLookup {
    private InstallLookup() {}

    public static Optional<Path> find(String name, String property) {
        String prop = System.getProperty(property);
        if (prop != null && !prop.isBlank()) return Optional.of(Path.of(prop));
        return candidates(name).stream().filter(Files::isDirectory).findFirst();
    }

    /** Where {@link #find} looks when the property is not set, in order. */
    public static List<Path> candidates(String name) {
        List<Path> out = new ArrayList<>();
        codeLocation().ifPresent(code -> {
            for (Path p = code.getParent(); p != null && out.size() < 4; p = p.getParent()) out.add(p.resolve(name));
        });
        out.add(Path.of(name).toAbsolutePath());
        return out;
    }

    /**
     * The jar or classes folder this class came from. Some class-loading paths (classes restored from a relocated
     * CDS/AOT cache) report no location: the first class-path entry stands in then.
     */
    private static Optional<Path> codeLocation() {
        try {
            var src = InstallLookup.class.getProtectionDomain().getCodeSource();
            if (src != null && src.getLocation() != null) return Optional.of(Path.of(src.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall through to the class path
        }
        return firstClassPathEntry(System.getProperty("java.class.path", ""));
    }

    static Optional<Path> firstClassPathEntry(String classPath) {
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && !entry.contains("*")) return Optional.of(Path.of(entry).toAbsolutePath());
        }
        return Optional.empty();
    }
}
