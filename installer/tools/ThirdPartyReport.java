import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes THIRD-PARTY.txt for a packaged Mouthpiece: every bundled jar (licences from the Maven POMs via
 * license-maven-plugin's report), every native library inside those jars (FFmpeg's licence and configuration read
 * from its own binary), the Java runtime, the models (from their cards) and the sample assets. It also copies the
 * licence/notice files the jars carry into a {@code legal/} folder. It fails, rather than guessing, when a jar or
 * a native library or a model has no known licence, so a new dependency cannot ship unlisted.
 *
 * <p>Run (class path must hold Jackson): {@code java -cp 'target/lib/*' installer/tools/ThirdPartyReport.java
 * <maven-report> <lib-dir> <models-dir> <assets-dir> <runtime-dir|-> <out-file> <legal-dir> <version>}
 */
public final class ThirdPartyReport {
    /** Licences of the native libraries, by the artifactId of the jar that carries them. */
    static final Map<String, String> NATIVE_LICENCES = Map.of(
            "javacpp", "JavaCPP JNI bridge: Apache-2.0 or GPL-2.0 with Classpath Exception (dual)",
            "javafx-graphics", "OpenJFX: GPL-2.0 with Classpath Exception",
            "javafx-media", "OpenJFX media: GPL-2.0 with Classpath Exception; libgstreamer-lite: GStreamer, LGPL-2.1-or-later;"
                    + " libavplugin*: OpenJFX glue that loads the system's libavcodec if present (not bundled)",
            "jna", "JNA libjnidispatch: Apache-2.0 or LGPL-2.1-or-later (dual); includes libffi (MIT)",
            "lwjgl", "LWJGL: BSD-3-Clause",
            "lwjgl-opengl", "LWJGL: BSD-3-Clause",
            "onnxruntime", "Microsoft ONNX Runtime: MIT; its third-party notices: legal/onnxruntime-*/ThirdPartyNotices.txt");

    /** FFmpeg --enable-lib* switches → the licence of the library built into FFmpeg. */
    static final Map<String, String> FFMPEG_LIBS = new LinkedHashMap<>();
    static {
        FFMPEG_LIBS.put("zlib", "zlib: Zlib");
        FFMPEG_LIBS.put("libmp3lame", "LAME: LGPL-2.0-or-later");
        FFMPEG_LIBS.put("libspeex", "Speex: BSD-3-Clause");
        FFMPEG_LIBS.put("libopencore-amrnb", "opencore-amr: Apache-2.0 (needs FFmpeg's version-3 licence)");
        FFMPEG_LIBS.put("libopencore-amrwb", "opencore-amr: Apache-2.0 (needs FFmpeg's version-3 licence)");
        FFMPEG_LIBS.put("libvo-amrwbenc", "vo-amrwbenc: Apache-2.0 (needs FFmpeg's version-3 licence)");
        FFMPEG_LIBS.put("openssl", "OpenSSL 3: Apache-2.0");
        FFMPEG_LIBS.put("libopenh264", "OpenH264: BSD-2-Clause (Cisco's binary patent licence does not cover this source build)");
        FFMPEG_LIBS.put("libvpx", "libvpx: BSD-3-Clause + WebM patent grant");
        FFMPEG_LIBS.put("libfreetype", "FreeType: FTL or GPL-2.0 (used under the FTL)");
        FFMPEG_LIBS.put("libharfbuzz", "HarfBuzz: MIT");
        FFMPEG_LIBS.put("libopus", "Opus: BSD-3-Clause");
        FFMPEG_LIBS.put("libxml2", "libxml2: MIT");
        FFMPEG_LIBS.put("libsrt", "SRT: MPL-2.0");
        FFMPEG_LIBS.put("libwebp", "libwebp: BSD-3-Clause");
        FFMPEG_LIBS.put("libaom", "libaom: BSD-2-Clause + AOM patent licence");
        FFMPEG_LIBS.put("libsvtav1", "SVT-AV1: BSD-3-Clause-Clear + AOM patent licence");
        FFMPEG_LIBS.put("libzimg", "zimg: WTFPL");
        FFMPEG_LIBS.put("libmfx", "Intel Media SDK dispatcher: MIT");
        FFMPEG_LIBS.put("vulkan", "Vulkan headers: Apache-2.0 or MIT (loader taken from the system)");
        FFMPEG_LIBS.put("libdrm", "libdrm: MIT (bundled as libdrm.so.2)");
        FFMPEG_LIBS.put("cuda", "NVIDIA ffnvcodec headers: MIT (driver taken from the system)");
        FFMPEG_LIBS.put("cuvid", "NVIDIA ffnvcodec headers: MIT (driver taken from the system)");
        FFMPEG_LIBS.put("nvenc", "NVIDIA ffnvcodec headers: MIT (driver taken from the system)");
        FFMPEG_LIBS.put("libxcb", "libxcb: MIT (taken from the system)");
        FFMPEG_LIBS.put("libpulse", "PulseAudio client: LGPL-2.1-or-later (taken from the system)");
        FFMPEG_LIBS.put("libx264", "x264: GPL-2.0-or-later");
        FFMPEG_LIBS.put("libx265", "x265: GPL-2.0-or-later");
        FFMPEG_LIBS.put("libxvid", "Xvid: GPL-2.0-or-later");
        FFMPEG_LIBS.put("libfdk-aac", "FDK AAC: non-free (cannot be distributed with GPL parts)");
        FFMPEG_LIBS.put("libtheora", "Theora: BSD-3-Clause");
        FFMPEG_LIBS.put("libvorbis", "Vorbis: BSD-3-Clause");
        FFMPEG_LIBS.put("libass", "libass: ISC");
        FFMPEG_LIBS.put("libdav1d", "dav1d: BSD-2-Clause");
        FFMPEG_LIBS.put("gpl", "FFmpeg GPL parts enabled");
        FFMPEG_LIBS.put("nonfree", "FFmpeg non-free parts enabled: NOT redistributable");
    }
    static final Pattern NATIVE = Pattern.compile(".*\\.(so(\\.\\d+)*|dll|dylib|jnilib)$");
    static final Pattern LEGAL = Pattern.compile("(?i)(^|.*/)(licen[cs]e|notice|copying|third[-_]?party|thirdpartynotices)[^/]*\\.?(txt|md)?$");

    private final StringBuilder out = new StringBuilder();

    public static void main(String[] a) throws IOException {
        if (a.length != 8) {
            System.err.println("usage: ThirdPartyReport <maven-report> <lib-dir> <models-dir> <assets-dir> <runtime-dir|-> <out-file> <legal-dir> <version>");
            System.exit(2);
        }
        String text = new ThirdPartyReport().build(Path.of(a[0]), Path.of(a[1]), Path.of(a[2]), Path.of(a[3]),
                a[4].equals("-") ? null : Path.of(a[4]), Path.of(a[6]), a[7]);
        Path target = Path.of(a[5]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + target + " (" + text.length() + " chars)");
    }

    String build(Path mavenReport, Path lib, Path models, Path assets, Path runtime, Path legal, String version) throws IOException {
        line("Mouthpiece " + version + ": third-party software and data in this package");
        line("Generated by installer/tools/ThirdPartyReport.java during the packaging build (./mvnw -Ppackage package).");
        line("Do not edit by hand. Mouthpiece itself is Apache-2.0 (see LICENSE and NOTICE).");
        line("");
        List<String> pomLines = Files.readAllLines(mavenReport).stream().filter(l -> l.contains(" - ") && l.contains("(")).map(String::strip).toList();
        section("1. Java libraries (licences from each library's Maven POM, via license-maven-plugin)");
        pomLines.forEach(l -> line("  " + l));
        List<Path> jars;
        try (Stream<Path> s = Files.list(lib)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        section("2. Every bundled jar file (lib/) and its licence");
        Map<String, List<String>> nativesByJar = new TreeMap<>();
        String ffmpegLicence = null;
        String ffmpegConfig = null;
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            String pom = pomLines.stream().filter(l -> matches(l, name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no licence found for bundled jar " + name
                            + " in the Maven licence report; add the artifact's licence (license-maven-plugin missingFile)"));
            line(String.format("  %-48s %s", name, licencePart(pom)));
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<String> natives = new ArrayList<>();
                for (ZipEntry e : zip.stream().toList()) {
                    String n = e.getName();
                    if (e.isDirectory() || n.contains(".dSYM/")) continue;
                    if (NATIVE.matcher(n).matches()) {
                        natives.add(n);
                        if (n.matches(".*/libavcodec\\.so[.\\d]*|.*/avcodec[-\\d]*\\.dll|.*/libavcodec[.\\d]*\\.dylib")) {
                            byte[] bin = zip.getInputStream(e).readAllBytes();
                            ffmpegLicence = findString(bin, "libavcodec license: ");
                            ffmpegConfig = findConfig(bin);
                        }
                    } else if (LEGAL.matcher(n).matches() && !n.endsWith(".class")) {
                        Path dest = legal.resolve(name.replaceAll("\\.jar$", "")).resolve(n).normalize();
                        if (!dest.startsWith(legal)) continue;
                        Files.createDirectories(dest.getParent());
                        try (InputStream in = zip.getInputStream(e)) {
                            Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                if (!natives.isEmpty()) nativesByJar.put(name, natives);
            }
        }
        section("3. Native libraries inside the jars (unpacked at run time into the user's cache or temp folder)");
        for (var e : nativesByJar.entrySet()) {
            String jar = e.getKey();
            String artifact = artifactOf(jar, pomLines);
            line("  " + jar);
            Map<String, TreeSet<String>> byDir = new TreeMap<>();
            for (String n : e.getValue()) {
                int slash = n.lastIndexOf('/');
                byDir.computeIfAbsent(slash < 0 ? "." : n.substring(0, slash), k -> new TreeSet<>()).add(n.substring(slash + 1));
            }
            byDir.forEach((dir, names) -> line("    " + dir + "/: " + String.join(" ", names)));
            if (artifact.equals("ffmpeg")) {
                if (ffmpegLicence == null || ffmpegConfig == null) {
                    throw new IllegalStateException("could not read FFmpeg's licence/configuration from libavcodec in " + jar);
                }
                ffmpeg(ffmpegLicence, ffmpegConfig);
            } else {
                String lic = NATIVE_LICENCES.get(artifact);
                if (lic == null) throw new IllegalStateException("native libraries in " + jar + " have no known licence; add them to ThirdPartyReport.NATIVE_LICENCES");
                line("    licence: " + lic);
            }
        }
        runtime(runtime);
        models(models);
        assets(assets);
        section("7. Licence and notice files carried inside the jars");
        line("  Copied unchanged into legal/<jar>/ beside this file:");
        if (Files.isDirectory(legal)) {
            try (Stream<Path> s = Files.walk(legal)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> line("    legal/" + legal.relativize(p).toString().replace('\\', '/')));
            }
        }
        Path notice = models.resolve("NOTICE");
        if (Files.isRegularFile(notice)) {
            section("Appendix: models/NOTICE");
            Files.readAllLines(notice).forEach(l -> line("  " + l));
        }
        return out.toString();
    }

    private void ffmpeg(String licence, String config) {
        line("    FFmpeg's own licence string (read from libavcodec): \"" + licence + "\"");
        boolean gpl = licence.contains("GPL version") && !licence.contains("LGPL");
        if (gpl) {
            line("    EFFECT: this package was built with the gpl profile (-Pgpl). FFmpeg here is GPL, so this whole");
            line("    package may only be distributed under the GPL (v3 or later if FFmpeg says version 3): its source,");
            line("    including Mouthpiece's, must be offered with it. Mouthpiece's Apache-2.0 code is GPL-3.0 compatible.");
        } else {
            line("    EFFECT: LGPL build (the default). FFmpeg is linked dynamically (separate .so files) and may be replaced");
            line("    by the user. Offer FFmpeg's corresponding source (FFmpeg 8.0.1 and the JavaCPP presets build scripts) on request.");
            line("    The optional gpl profile (./mvnw -Pgpl -Ppackage package) swaps in a GPL FFmpeg (libx264): the whole");
            line("    package then falls under the GPL. Use it only for builds you distribute under GPL terms.");
        }
        line("    Libraries built into this FFmpeg (from its configure line):");
        Matcher m = Pattern.compile("--enable-([a-z0-9_-]+)").matcher(config);
        TreeSet<String> seen = new TreeSet<>();
        while (m.find()) {
            String lib = m.group(1);
            if (List.of("shared", "static", "version3", "runtime-cpudetect", "pthreads", "pic", "hwaccel").contains(lib)) continue;
            if (!seen.add(lib)) continue;
            String lic = FFMPEG_LIBS.get(lib);
            if (lic == null) throw new IllegalStateException("FFmpeg is built with --enable-" + lib + ", whose licence is not in ThirdPartyReport.FFMPEG_LIBS");
            line("      --enable-" + lib + ": " + lic);
        }
        line("    libva*.so, libdrm.so (bundled beside FFmpeg): MIT");
    }

    private void runtime(Path runtime) throws IOException {
        section("4. Java runtime");
        line("  " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")
                + ", trimmed with jlink: GPL-2.0 with Classpath Exception (OpenJDK).");
        if (runtime != null && Files.isRegularFile(runtime.resolve("release"))) {
            Files.readAllLines(runtime.resolve("release")).stream().filter(l -> l.startsWith("MODULES=") || l.startsWith("JAVA_RUNTIME_VERSION="))
                    .forEach(l -> line("  " + l));
            line("  The runtime's own legal notices (per module): lib/runtime/legal/ in the app image.");
        }
    }

    private void models(Path models) throws IOException {
        section("5. Models (models/), from their cards; attributions in the appendix (models/NOTICE)");
        var json = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> s = Files.walk(models)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, JsonNode> cards = new TreeMap<>();
        for (Path f : files) {
            if (!f.toString().endsWith(".card.json")) continue;
            JsonNode c = json.readTree(f.toFile());
            cards.put(f.getParent().resolve(c.path("file").asText()).normalize().toString(), c);
        }
        for (Path f : files) {
            String n = f.getFileName().toString();
            boolean weights = n.endsWith(".onnx") || n.endsWith(".bin") || n.endsWith(".tflite") || n.endsWith(".pt");
            if (!weights) continue;
            String rel = models.relativize(f).toString().replace('\\', '/');
            JsonNode c = cards.get(f.normalize().toString());
            if (c != null) {
                line(String.format("  %-40s %-8s id=%s, commercial use: %s", rel, c.path("license").asText(), c.path("id").asText(),
                        c.path("commercialUse").asBoolean() ? "yes" : "NO"));
                line("    origin: " + c.path("provenance").path("origin").asText("-"));
                if (c.path("provenance").has("packaging")) {
                    line("    packaging: " + c.path("provenance").path("packaging").asText() + " (" + c.path("provenance").path("packagingLicense").asText() + ")");
                }
            } else {
                String lic = readmeLicence(f);
                line(String.format("  %-40s %s (from %s/README.md; no card)", rel, lic, models.relativize(f.getParent())));
            }
        }
        for (Path f : files) {
            if (f.getFileName().toString().endsWith(".json") && f.getFileName().toString().contains("topology")) {
                line("  " + models.relativize(f).toString().replace('\\', '/') + "  Apache-2.0 (MediaPipe canonical face mesh; see NOTICE)");
            }
        }
    }

    /** A model without a card must have a README beside it whose table has a "licence" row. */
    private static String readmeLicence(Path model) throws IOException {
        Path readme = model.resolveSibling("README.md");
        if (Files.isRegularFile(readme)) {
            for (String l : Files.readAllLines(readme)) {
                Matcher m = Pattern.compile("^\\|\\s*licen[cs]e\\s*\\|\\s*(.+?)\\s*\\|\\s*$").matcher(l);
                if (m.matches()) return m.group(1);
            }
        }
        throw new IllegalStateException("model " + model + " has neither a card nor a licence row in README.md beside it");
    }

    private void assets(Path assets) throws IOException {
        section("6. Sample assets (assets/samples/)");
        List<Path> sources;
        try (Stream<Path> s = Files.walk(assets.resolve("samples"))) {
            sources = s.filter(p -> p.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
        if (sources.isEmpty()) throw new IllegalStateException("no SOURCES.md under " + assets.resolve("samples") + ": sample licences unknown");
        for (Path p : sources) {
            line("  " + assets.relativize(p).toString().replace('\\', '/') + ":");
            Files.readAllLines(p).forEach(l -> line("    " + l));
        }
    }

    /** The leading parenthesised licence names of a report line; they may nest, as in "(GPL (v2) or later)". */
    static String licencePart(String pomLine) {
        int depth = 0;
        int end = 0;
        for (int i = 0; i < pomLine.length(); i++) {
            char c = pomLine.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') {
                depth--;
                if (depth == 0) end = i + 1;
            } else if (depth == 0 && !Character.isWhitespace(c)) break;
        }
        return pomLine.substring(0, end);
    }

    static boolean matches(String pomLine, String jarName) {
        Matcher m = Pattern.compile("\\(([^:()\\s]+):([^:()\\s]+):([^:()\\s]+) - ").matcher(pomLine);
        if (!m.find()) return false;
        String prefix = m.group(2) + "-" + m.group(3);
        return jarName.equals(prefix + ".jar") || jarName.startsWith(prefix + "-");
    }

    static String artifactOf(String jarName, List<String> pomLines) {
        for (String l : pomLines) {
            if (!matches(l, jarName)) continue;
            Matcher m = Pattern.compile("\\(([^:()\\s]+):([^:()\\s]+):([^:()\\s]+) - ").matcher(l);
            if (m.find()) return m.group(2);
        }
        return jarName;
    }

    /** The NUL-terminated ASCII string in bin that starts with prefix, or null. */
    static String findString(byte[] bin, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + p.length < bin.length; i++) {
            for (int j = 0; j < p.length; j++) if (bin[i + j] != p[j]) continue outer;
            int end = i;
            while (end < bin.length && bin[end] != 0) end++;
            return new String(bin, i, end - i, StandardCharsets.US_ASCII);
        }
        return null;
    }

    /** FFmpeg's configure line: the NUL-terminated string holding --enable-shared or --enable-static plus lib switches. */
    static String findConfig(byte[] bin) {
        byte[] p = "--enable-".getBytes(StandardCharsets.US_ASCII);
        String best = null;
        for (int i = 0; i + p.length < bin.length; i++) {
            boolean hit = true;
            for (int j = 0; j < p.length && hit; j++) hit = bin[i + j] == p[j];
            if (!hit) continue;
            int start = i;
            while (start > 0 && bin[start - 1] != 0) start--;
            int end = i;
            while (end < bin.length && bin[end] != 0) end++;
            String s = new String(bin, start, end - start, StandardCharsets.US_ASCII);
            if (s.startsWith("--prefix=") && s.contains("--enable-lib") && (best == null || s.length() > best.length())) best = s;
            i = end;
        }
        return best;
    }

    private void section(String title) {
        line("");
        line(title);
        line("-".repeat(title.length()));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
