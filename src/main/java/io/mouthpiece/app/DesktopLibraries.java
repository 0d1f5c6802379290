package io.mouthpiece.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the studio needs from the system before JavaFX starts, checked so that a missing library or display becomes
 * one paragraph naming it and the command that installs it, instead of JavaFX's stack trace ("Unable to load glass
 * GTK library", "Unable to open DISPLAY"). Linux only: the JavaFX jars carry everything on Windows and macOS.
 *
 * <p>Each library is looked for where the dynamic linker looks. The command-line tool needs none of these.
 */
public final class DesktopLibraries {
    /** A shared library the studio needs, the Debian/Ubuntu package that ships it, and what uses it. */
    public record Need(String soname, String debPackage, String usedBy) {}

    /**
     * The studio's needs on Linux: glass (JavaFX's window system) links GTK 3 and XTest; the GL preview renders through
     * EGL with Mesa's driver; Prism's GL pipeline uses GLX and XF86VidMode.
     */
    public static final List<Need> LINUX = List.of(
            new Need("libgtk-3.so.0", "libgtk-3-0", "JavaFX's windows"),
            new Need("libXtst.so.6", "libxtst6", "JavaFX's windows"),
            new Need("libXxf86vm.so.1", "libxxf86vm1", "JavaFX's OpenGL drawing"),
            new Need("libGL.so.1", "libgl1", "JavaFX's OpenGL drawing"),
            new Need("libGLX_mesa.so.0", "libglx-mesa0", "JavaFX's OpenGL drawing"),
            new Need("libEGL.so.1", "libegl1", "the preview's renderer"),
            new Need("libEGL_mesa.so.0", "libegl-mesa0", "the preview's renderer"));

    private DesktopLibraries() {}

    /**
     * Why the studio cannot start on this machine, as one paragraph for the terminal, or null when nothing is
     * missing (or the platform is not Linux, or the toolkit is Monocle, which needs neither GTK nor a display).
     */
    public static String problem() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) return null;
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) return null;
        List<Path> dirs = libraryDirs();
        return problem(missing(LINUX, soname -> present(soname, dirs)), System.getenv());
    }

    /** The paragraph for these missing libraries and this environment (null: nothing stops the studio). */
    static String problem(List<Need> missing, Map<String, String> env) {
        if (!missing.isEmpty()) return missingLibraries(missing);
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return "The studio needs a graphical display, and DISPLAY is not set. Start it from a desktop session "
                    + "(on Wayland it uses XWayland, which sets DISPLAY), over `ssh -X`, or under a virtual display: "
                    + "`xvfb-run -a ./studio.sh` (Debian/Ubuntu package xvfb). The command-line commands (render, lipsync, "
                    + "face, info; see --help) work without one.";
        }
        return null;
    }

    /** The needs whose library cannot be opened. */
    static List<Need> missing(List<Need> needs, Predicate<String> opens) {
        List<Need> missing = new ArrayList<>();
        for (Need n : needs) if (!opens.test(n.soname())) missing.add(n);
        return missing;
    }

    static String missingLibraries(List<Need> missing) {
        Set<String> packages = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (Need n : missing) {
            packages.add(n.debPackage());
            names.add(n.soname() + " (for " + n.usedBy() + ")");
        }
        if (packages.contains("libglx-mesa0") || packages.contains("libegl-mesa0")) packages.add("libgl1-mesa-dri");
        String them = packages.size() == 1 ? "it" : "them";
        return "The studio cannot start: this machine lacks " + (missing.size() == 1 ? "the system library " : "system libraries ")
                + String.join("; ", names) + ". On Debian or Ubuntu install "
                + them + " with `sudo apt-get install " + String.join(" ", packages)
                + "` (or run `./studio.sh` from the source folder, which installs " + them + " and starts the studio); on other "
                + "systems install the packages that provide those files. The command-line commands (render, lipsync, "
                + "face, info; see --help) work without " + them + ".";
    }

    /**
     * Whether the dynamic linker would find the library: a file of that name in a folder it searches
     * ({@code LD_LIBRARY_PATH}, the folders listed in {@code /etc/ld.so.conf.d/*.conf}, the default ones). A file check,
     * not a dlopen: loading GTK takes a few hundred milliseconds that the toolkit spends again anyway, and a library
     * that is present but broken still ends in {@code StudioLauncher}'s one-paragraph message.
     */
    static boolean canOpen(String soname) {
        return present(soname, libraryDirs());
    }

    static boolean present(String soname, List<Path> dirs) {
        for (Path d : dirs) if (Files.exists(d.resolve(soname))) return true;
        return false;
    }

    static List<Path> libraryDirs() {
        Set<Path> dirs = new LinkedHashSet<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) for (String d : ld.split(":")) if (!d.isBlank()) dirs.add(Path.of(d));
        Path conf = Path.of("/etc/ld.so.conf.d");
        if (Files.isDirectory(conf)) {
            try (Stream<Path> files = Files.list(conf)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".conf")).sorted().toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String l = line.strip();
                        if (l.startsWith("/")) dirs.add(Path.of(l));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // unreadable configuration: the default folders below still count
            }
        }
        for (String d : List.of("/lib64", "/usr/lib64", "/lib", "/usr/lib")) dirs.add(Path.of(d));
        return new ArrayList<>(dirs);
    }
}
