package io.mouthpiece.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmark: how long the studio takes to show its window, as a user who never ran it sees it (a fresh home each run:
 * no settings, no unpacked natives), with the AOT cache made at package time and, with {@code --compare}, without it
 * (-XX:AOTMode=off), interleaved. Each run starts the studio on the sample, which writes a screenshot and exits; the
 * numbers are the studio's own log lines ("window shown at … ms after JVM start (… ms of CPU time)", "first frame laid
 * out …"). Needs a display: {@code xvfb-run -a java -jar target/mouthpiece.jar bench startup --compare}.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time the studio's first window as a first-time user, with and without the AOT cache (needs a display).")
final class BenchStartupCommand implements Callable<Integer> {
    private static final Pattern SHOWN = Pattern.compile("window shown at (\\d+) ms after JVM start \\((-?\\d+) ms of CPU");
    private static final Pattern FRAME = Pattern.compile("first frame laid out (\\d+) ms after JVM start \\((-?\\d+) ms of CPU");

    @Option(names = "--runs", defaultValue = "5", description = "Launches per variant (default ${DEFAULT-VALUE}).") int runs;
    @Option(names = "--compare", description = "Also launch without the cache (-XX:AOTMode=off), interleaved.") boolean compare;
    @Option(names = "--jar", description = "The jar to launch (default: the one running this).") Path jar;
    @Option(names = "--cache", description = "The AOT cache (default: mouthpiece.aot beside the jar).") Path cache;
    @Option(names = "--launcher", description = "Launch an app image's studio launcher instead (bin/Mouthpiece; its cache is its own).")
    Path launcher;

    record Run(String variant, long shownMs, long shownCpuMs, long frameMs, long frameCpuMs) {}

    @Override
    public Integer call() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalArgumentException("bench startup opens the studio and needs a display: run it under xvfb-run -a");
        }
        if (launcher == null) {
            if (jar == null) jar = Path.of(BenchStartupCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (cache == null) cache = jar.resolveSibling("mouthpiece.aot");
            if (!Files.isRegularFile(cache)) throw new IllegalArgumentException("no AOT cache at " + cache + " (./mvnw package makes it)");
        }
        System.out.printf(Locale.ROOT, "%s, %d cores, load average %.1f%n", launcher != null ? launcher : jar,
                Runtime.getRuntime().availableProcessors(), load());
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (String variant : compare ? List.of("cache", "no cache") : List.of("cache")) {
                Run r = launch(variant);
                if (r != null) all.add(r);
            }
        }
        for (String variant : compare ? List.of("cache", "no cache") : List.of("cache")) {
            List<Run> rs = all.stream().filter(r -> r.variant().equals(variant)).toList();
            if (rs.isEmpty()) continue;
            System.out.printf(Locale.ROOT, "%-8s window shown %s ms (CPU %s ms); first frame %s ms (CPU %s ms)   [min / median / max of %d]%n",
                    variant, stats(rs.stream().mapToLong(Run::shownMs).toArray()), stats(rs.stream().mapToLong(Run::shownCpuMs).toArray()),
                    stats(rs.stream().mapToLong(Run::frameMs).toArray()), stats(rs.stream().mapToLong(Run::frameCpuMs).toArray()), rs.size());
        }
        System.out.printf(Locale.ROOT, "load average at the end %.1f%n", load());
        return 0;
    }

    private Run launch(String variant) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("mp-bench-startup");
        try {
            List<String> opts = new ArrayList<>(List.of("-Duser.home=" + home, "-Dmouthpiece.home=" + home.resolve("mp"),
                    "-Dmouthpiece.screenshot=" + home.resolve("studio.png"), "-Dmouthpiece.screenshot.exit=true",
                    "-Dmouthpiece.audio=false"));
            if (variant.equals("no cache")) opts.addFirst("-XX:AOTMode=off");
            List<String> cmd = new ArrayList<>();
            ProcessBuilder pb = new ProcessBuilder();
            pb.environment().remove("JDK_JAVA_OPTIONS");
            if (launcher != null) {
                cmd.add(launcher.toString());
                pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", opts));
            } else {
                pb.environment().remove("JAVA_TOOL_OPTIONS");
                cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:AOTCache=" + cache, "-Xlog:aot*=off,cds*=off", "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow"));
                cmd.addAll(opts);
                cmd.addAll(List.of("-jar", jar.toString(), "studio"));
            }
            Process p = pb.command(cmd).redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                System.out.printf("  %-8s run left out: the studio did not exit within 180 s%n", variant);
                return null;
            }
            String log = readLog(home.resolve("mp"));
            Matcher s = SHOWN.matcher(log);
            Matcher f = FRAME.matcher(log);
            if (p.exitValue() != 0 || !s.find()) {
                System.out.printf("  %-8s run left out: the studio exited with %d without its start-up log line; its output:%n%s%n",
                        variant, p.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.ISO_8859_1).strip());
                return null;
            }
            boolean framed = f.find();
            Run r = new Run(variant, Long.parseLong(s.group(1)), Long.parseLong(s.group(2)),
                    framed ? Long.parseLong(f.group(1)) : -1, framed ? Long.parseLong(f.group(2)) : -1);
            System.out.printf(Locale.ROOT, "  %-8s window shown %5d ms (CPU %5d ms), first frame %5d ms (CPU %5d ms), load %.1f%n",
                    variant, r.shownMs(), r.shownCpuMs(), r.frameMs(), r.frameCpuMs(), load());
            return r;
        } finally {
            try (Stream<Path> w = Files.walk(home)) {
                for (Path x : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
            }
        }
    }

    private static String readLog(Path home) throws IOException {
        if (!Files.isDirectory(home)) return "";
        try (Stream<Path> w = Files.walk(home)) {
            Path log = w.filter(p -> p.getFileName().toString().equals("mouthpiece.log")).findFirst().orElse(null);
            return log == null ? "" : Files.readString(log, StandardCharsets.ISO_8859_1);
        }
    }

    /** "min / median / max" of the values that were measured (not negative). */
    static String stats(long[] v) {
        long[] s = java.util.Arrays.stream(v).filter(x -> x >= 0).sorted().toArray();
        if (s.length == 0) return "n/a";
        long median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return s[0] + " / " + median + " / " + s[s.length - 1];
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
