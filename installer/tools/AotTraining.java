import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the studio's AOT cache (JDK 25, JEP 483/514/515: classes loaded and linked, method profiles) at package time,
 * so that even the first launch starts from it. A training run opens the studio on the bundled sample under a virtual
 * X display (xvfb-run), lets it analyse the take and draw a frame, writes a screenshot and exits; the JVM then writes
 * the cache. Run by {@code ./mvnw package} for {@code target/mouthpiece.aot} (checkout launches: {@code ./studio.sh})
 * and by {@link Packager} for the app image. By hand:
 * {@code java installer/tools/AotTraining.java target/mouthpiece.aot target/mouthpiece.jar target/lib}.
 *
 * <p>It never fails the build: without xvfb-run, on another OS, or when training fails, it says why and leaves no
 * cache (the app starts without one, only slower). A cache newer than every jar it covers is kept as it is.
 */
public final class AotTraining {
    static final long TIMEOUT_S = 600;

    private AotTraining() {}

    /** Args: CACHE JAR LIBDIR [skip]. Trains {@code java -jar JAR} with the JDK that runs this program. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: AotTraining CACHE.aot APP.jar LIBDIR [true = skip]");
            System.exit(2);
        }
        Path cache = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]).toAbsolutePath();
        Path lib = Path.of(args[2]).toAbsolutePath();
        if (args.length > 3 && args[3].equals("true")) {
            System.out.println("[aot] skipped (mp.aot.skip): the studio starts without a cache");
            return;
        }
        if (upToDate(cache, jar, lib)) {
            System.out.println("[aot] " + cache.getFileName() + " is newer than the jars: kept");
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        train(cache, List.of(java.toString(), "-XX:AOTCacheOutput=" + cache, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Xlog:aot*=off,cds*=off"), List.of("-jar", jar.toString()), null);
    }

    /** True when the cache exists and no jar in {@code jar} or {@code libDir} is newer. */
    static boolean upToDate(Path cache, Path jar, Path libDir) throws IOException {
        if (!Files.isRegularFile(cache)) return false;
        long made = Files.getLastModifiedTime(cache).toMillis();
        if (Files.getLastModifiedTime(jar).toMillis() > made) return false;
        try (Stream<Path> s = Files.list(libDir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).allMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() <= made;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }

    /**
     * Runs {@code jvm + studio options + app} under xvfb-run as a throwaway user and reports the cache written.
     * {@code toolOptions}, when not null, goes to JAVA_TOOL_OPTIONS (for a jpackage launcher, which takes no JVM
     * options on its command line); the studio's own options then go there too. Returns whether a cache was made.
     */
    static boolean train(Path cache, List<String> jvm, List<String> app, String toolOptions) throws IOException, InterruptedException {
        Files.deleteIfExists(cache); // a stale cache is worse than none: the JVM would warn about it at every start
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            System.out.println("[aot] not made: training runs on Linux only (under xvfb-run)");
            return false;
        }
        Path xvfbRun = onPath("xvfb-run");
        if (xvfbRun == null) {
            System.out.println("[aot] not made: xvfb-run is missing (Debian/Ubuntu: apt-get install xvfb xauth); the studio"
                    + " starts without a start-up cache, slower");
            return false;
        }
        Path home = Files.createTempDirectory("mouthpiece-aot-training");
        try {
            List<String> studio = List.of("-Duser.home=" + home, "-Dmouthpiece.home=" + home.resolve("mp"),
                    "-Dmouthpiece.screenshot=" + home.resolve("studio.png"), "-Dmouthpiece.screenshot.exit=true",
                    "-Dmouthpiece.audio=false", "-Dai.djl.offline=true");
            List<String> cmd = new ArrayList<>(List.of(xvfbRun.toString(), "-a", "-s", "-screen 0 1280x800x24"));
            cmd.addAll(jvm);
            if (toolOptions == null) cmd.addAll(studio);
            cmd.addAll(app);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(home.resolve("training.log").toFile());
            pb.environment().put("OPT_OUT_TRACKING", "true");
            pb.environment().remove("JDK_JAVA_OPTIONS");
            if (toolOptions != null) pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions + " " + String.join(" ", studio));
            else pb.environment().remove("JAVA_TOOL_OPTIONS");
            long t0 = System.nanoTime();
            Process p = pb.start();
            boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (!done || p.exitValue() != 0 || !Files.isRegularFile(cache) || !Files.isRegularFile(home.resolve("studio.png"))) {
                System.out.printf("[aot] not made: the training run %s after %.0f s; its output:%n",
                        done ? "exited with " + p.exitValue() : "timed out", s);
                tail(home.resolve("training.log"), 25);
                Files.deleteIfExists(cache);
                return false;
            }
            System.out.printf("[aot] %s: %d MB, training run and assembly %.1f s%n", cache, Files.size(cache) / 1_000_000, s);
            return true;
        } finally {
            deleteTree(home);
        }
    }

    static Path onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    static void tail(Path log, int lines) throws IOException {
        if (!Files.isRegularFile(log)) return;
        List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> System.out.println("  | " + l));
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
