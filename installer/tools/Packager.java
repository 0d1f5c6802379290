import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Mouthpiece's trimmed runtime (jlink), the app image and the OS installers (jpackage) from a built checkout
 * (target/mouthpiece.jar + target/lib/). Run by {@code ./mvnw -Ppackage package}; by hand:
 * {@code java -cp 'target/lib/*' installer/tools/Packager.java --version 0.1.0 --types app-image,deb}.
 *
 * <p>Layout produced under target/installer/: input/ (what goes into the app: jar, lib/, models/, assets/samples/,
 * LICENSE, NOTICE, THIRD-PARTY.txt, legal/), icons/, runtime/ (jlink), image/ (app image), and the installer files.
 * Each step prints its wall time. jlink and jpackage run in-process through {@link ToolProvider}.
 */
public final class Packager {
    static final String NAME = "Mouthpiece";
    static final String MAIN_CLASS = "io.mouthpiece.Main";

    final Path base;
    final Path build;
    final Path work;
    final String version;
    final List<String> types;
    final Os os = Os.current();

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return n.startsWith("windows") ? WINDOWS : n.startsWith("mac") ? MAC : LINUX;
        }

        /** The CLI launcher's name: on case-insensitive file systems it cannot share "Mouthpiece"'s name. */
        String cliName() { return this == LINUX ? "mouthpiece" : "mouthpiece-cli"; }
    }

    Packager(Path base, Path build, String version, List<String> types) {
        this.base = base.toAbsolutePath().normalize();
        this.build = build.toAbsolutePath().normalize();
        this.work = this.build.resolve("installer");
        this.version = version;
        this.types = types;
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(".");
        Path build = null;
        String version = "0.1.0";
        List<String> types = List.of("app-image");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--basedir" -> base = Path.of(args[++i]);
                case "--build" -> build = Path.of(args[++i]);
                case "--version" -> version = args[++i];
                case "--types" -> types = Arrays.stream(args[++i].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                default -> {
                    System.err.println("usage: Packager [--basedir DIR] [--build DIR] [--version X.Y.Z] [--types app-image,deb|rpm|msi|exe|dmg|pkg]");
                    System.exit(2);
                }
            }
        }
        new Packager(base, build == null ? base.resolve("target") : build, numericVersion(version), types).run();
    }

    /** jpackage wants 1 to 3 dot-separated numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numericVersion(String v) {
        String n = v.replaceAll("[^0-9.].*$", "").replaceAll("\\.+$", "");
        if (n.isEmpty()) throw new IllegalArgumentException("version " + v + " has no leading number");
        return n;
    }

    void run() throws Exception {
        Path jar = build.resolve("mouthpiece.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(build.resolve("lib"))) {
            throw new IllegalStateException(jar + " or lib/ missing: run ./mvnw package first (or ./mvnw -Ppackage package)");
        }
        deleteTree(work);
        Path input = work.resolve("input");
        Path icons = work.resolve("icons");
        Path runtime = work.resolve("runtime");
        Path image = work.resolve("image");
        long t = System.nanoTime();
        stage(input);
        t = lap("stage app files", t);
        Icons.write(icons);
        t = lap("icons", t);
        jlink(runtime);
        t = lap("jlink runtime", t);
        Path report = build.resolve("generated-sources/license/THIRD-PARTY.txt");
        if (!Files.isRegularFile(report)) throw new IllegalStateException(report + " missing: license-maven-plugin add-third-party must run first");
        ThirdPartyReport.main(new String[] {report.toString(), input.resolve("lib").toString(), input.resolve("models").toString(),
                input.resolve("assets").toString(), runtime.toString(), input.resolve("THIRD-PARTY.txt").toString(),
                input.resolve("legal").toString(), version});
        Files.copy(input.resolve("THIRD-PARTY.txt"), work.resolve("THIRD-PARTY.txt"));
        t = lap("THIRD-PARTY report", t);
        Path cliProps = launcherProperties(icons);
        jpackage(appImageArgs(input, runtime, image, icons, cliProps));
        t = lap("jpackage app-image", t);
        Path app = appDir(image);
        aotCache(app);
        t = lap("AOT cache", t);
        System.out.printf("app image: %s (%d MB)%n", app, sizeOf(app) / 1_000_000);
        for (String type : types) {
            if (type.equals("app-image")) continue;
            jpackage(installerArgs(type, app, icons));
            t = lap("jpackage " + type, t);
        }
        try (Stream<Path> s = Files.list(work)) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(deb|rpm|msi|exe|dmg|pkg)$"))
                    .forEach(p -> System.out.printf("installer: %s (%d MB)%n", p, size(p) / 1_000_000));
        }
    }

    /** The app's files, as the launchers will find them under $APPDIR (lib/app on Linux, app\ on Windows). */
    void stage(Path input) throws IOException {
        Files.createDirectories(input);
        Files.copy(build.resolve("mouthpiece.jar"), input.resolve("mouthpiece.jar"));
        copyTree(build.resolve("lib"), input.resolve("lib"), p -> p.toString().endsWith(".jar"));
        // models: the runtime files only (training scripts and corpora tools stay in the repository)
        copyTree(base.resolve("models"), input.resolve("models"),
                p -> !p.toString().replace('\\', '/').contains("/tools/") && !p.toString().endsWith(".py"));
        copyTree(base.resolve("assets/samples"), input.resolve("assets/samples"), p -> true);
        copyTree(base.resolve("installer/share"), input.resolve("share"), p -> true); // desktop integration files
        for (String f : List.of("LICENSE", "NOTICE")) Files.copy(base.resolve(f), input.resolve(f));
    }

    void jlink(Path runtime) {
        List<String> args = new ArrayList<>(argFile(base.resolve("jlink/runtime.args")));
        args.addAll(List.of("--output", runtime.toString()));
        tool("jlink", args);
    }

    List<String> javaOptions() {
        return argFile(base.resolve("installer/java-options.txt"));
    }

    /** The CLI launcher: same JVM options, no GUI shortcut, a console on Windows, help when run without arguments. */
    Path launcherProperties(Path icons) throws IOException {
        Path p = work.resolve("cli-launcher.properties");
        List<String> lines = new ArrayList<>();
        lines.add("java-options=" + String.join(" ", javaOptions()));
        lines.add("arguments=--help");
        lines.add("description=Mouthpiece command line");
        lines.add("win-console=true");
        lines.add("linux-shortcut=false");
        lines.add("win-shortcut=false");
        lines.add("win-menu=false");
        lines.add("icon=" + icon(icons).toString().replace('\\', '/'));
        Files.write(p, lines);
        return p;
    }

    Path icon(Path icons) {
        return icons.resolve(switch (os) {
            case WINDOWS -> "mouthpiece.ico";
            case MAC -> "mouthpiece.icns";
            case LINUX -> "mouthpiece-256.png";
        });
    }

    List<String> appImageArgs(Path input, Path runtime, Path image, Path icons, Path cliProps) {
        List<String> a = new ArrayList<>(List.of("--type", "app-image", "--dest", image.toString(),
                "--name", NAME, "--app-version", version, "--vendor", "Mouthpiece",
                "--description", "Portrait + dialogue audio -> editable, lip-synced talking take. Offline.",
                "--copyright", "Mouthpiece contributors, Apache-2.0",
                "--input", input.toString(), "--main-jar", "mouthpiece.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon(icons).toString(),
                "--add-launcher", os.cliName() + "=" + cliProps));
        for (String o : javaOptions()) a.addAll(List.of("--java-options", o));
        if (os == Os.MAC) a.addAll(List.of("--mac-package-identifier", "io.mouthpiece.studio", "--mac-package-name", NAME));
        return a;
    }

    /**
     * Trains the studio's AOT cache inside the image (lib/app/mouthpiece.aot, through the studio launcher, so the
     * class path is the launchers' own) and has both launchers use it; see {@code AotTraining}. Linux only: the
     * training needs xvfb-run. Without it the image is complete, only slower to start.
     */
    void aotCache(Path app) throws Exception {
        if (os != Os.LINUX) {
            System.out.println("[aot] not made: training runs on Linux only");
            return;
        }
        Path appDir = app.resolve("lib/app");
        Path cache = appDir.resolve("mouthpiece.aot");
        if (!AotTraining.train(cache, List.of(app.resolve("bin/" + NAME).toString()), List.of(),
                "-XX:AOTCacheOutput=" + cache + " " + AOT_QUIET)) return;
        try (Stream<Path> s = Files.list(appDir)) {
            for (Path cfg : s.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                Files.write(cfg, withJavaOptions(Files.readAllLines(cfg), List.of("-XX:AOTCache=$APPDIR/mouthpiece.aot", AOT_QUIET)));
            }
        }
    }

    /** The JVM would otherwise print JDK 25's harmless AOT code-cache warnings ("Failed to link AdapterHandlerEntry"). */
    static final String AOT_QUIET = "-Xlog:aot*=off,cds*=off";

    /** A jpackage launcher .cfg with these JVM options added after its last java-options line. */
    static List<String> withJavaOptions(List<String> cfg, List<String> options) {
        int at = -1;
        for (int i = 0; i < cfg.size(); i++) if (cfg.get(i).startsWith("java-options=") || cfg.get(i).equals("[JavaOptions]")) at = i;
        if (at < 0) throw new IllegalStateException("launcher .cfg without a [JavaOptions] section");
        List<String> out = new ArrayList<>(cfg.subList(0, at + 1));
        for (String o : options) out.add("java-options=" + o);
        out.addAll(cfg.subList(at + 1, cfg.size()));
        return out;
    }

    List<String> installerArgs(String type, Path app, Path icons) throws IOException {
        Path assoc = work.resolve("mouthpiece-project.properties");
        List<String> props = new ArrayList<>(Files.readAllLines(base.resolve("installer/mouthpiece-project.properties")));
        props.add("icon=" + icon(icons).toString().replace('\\', '/'));
        Files.write(assoc, props);
        List<String> a = new ArrayList<>(List.of("--type", type, "--dest", work.toString(), "--app-image", app.toString(),
                "--name", NAME, "--app-version", version, "--vendor", "Mouthpiece",
                "--description", "Portrait + dialogue audio -> editable, lip-synced talking take. Offline.",
                "--license-file", base.resolve("LICENSE").toString(), "--file-associations", assoc.toString(),
                "--icon", icon(icons).toString()));
        switch (os) {
            case LINUX -> a.addAll(List.of("--linux-package-name", "mouthpiece", "--linux-app-category", "video",
                    "--linux-menu-group", "AudioVideo;Video;", "--linux-shortcut",
                    "--resource-dir", base.resolve("installer/linux").toString()));
            case WINDOWS -> a.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser",
                    "--win-per-user-install", "--win-upgrade-uuid", "6c2f6a3e-5d1b-4b8e-9d7a-2f1e0c9b7a41"));
            case MAC -> a.addAll(List.of("--mac-package-identifier", "io.mouthpiece.studio"));
        }
        return a;
    }

    /** The image folder jpackage made: Mouthpiece/ on Linux and Windows, Mouthpiece.app on macOS. */
    Path appDir(Path image) {
        return image.resolve(os == Os.MAC ? NAME + ".app" : NAME);
    }

    static void jpackage(List<String> args) { tool("jpackage", args); }

    static void tool(String name, List<String> args) {
        System.out.println("$ " + name + " " + String.join(" ", args.stream().map(Packager::quote).toList()));
        ToolProvider tp = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " not found: run with a full JDK 25 (JAVA_HOME), not a JRE"));
        int rc = tp.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (rc != 0) throw new IllegalStateException(name + " failed with exit code " + rc);
    }

    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./=:,+@-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** One option or value per line; blank lines and lines starting with '#' are skipped. */
    static List<String> argFile(Path p) {
        try {
            return Files.readAllLines(p).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    static long lap(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("[packager] %-22s %6.1f s%n", what, (now - since) / 1e9);
        return now;
    }

    interface Filter { boolean accept(Path p); }

    static void copyTree(Path from, Path to, Filter filter) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).filter(filter::accept).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(Packager::size).sum();
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
