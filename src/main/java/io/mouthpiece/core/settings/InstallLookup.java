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

    private static Optional<Path> codeLocation() {
        try {
            var src = InstallLookup.class.getProtectionDomain().getCodeSource();
            return src == null ? Optional.empty() : Optional.of(Path.of(src.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
