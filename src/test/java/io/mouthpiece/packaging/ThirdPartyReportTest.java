package io.mouthpiece.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The licence report reads FFmpeg's licence out of the real bundled binary, covers the real models and samples, and
 * refuses to run when a bundled jar has no licence entry.
 */
class ThirdPartyReportTest {
    static final String LINE = "     (Apache License, Version 2.0) (GNU General Public License (GPL) version 2, or any later version)"
            + " (GPLv2 with Classpath exception) JavaCPP Presets for FFmpeg (org.bytedeco:ffmpeg:%s - http://bytedeco.org/javacpp-presets/ffmpeg/)";

    @Test
    void readsFfmpegLicenceFromTheBinaryAndListsModelsAndSamples(@TempDir Path dir) throws Exception {
        Path ffmpeg = classPathJar("ffmpeg-", "-linux-x86_64.jar");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.copy(ffmpeg, lib.resolve(ffmpeg.getFileName()));
        String version = ffmpeg.getFileName().toString().replace("ffmpeg-", "").replace("-linux-x86_64.jar", "");
        Path maven = Files.writeString(dir.resolve("maven.txt"), "\nLists of 1 third-party dependencies.\n" + LINE.formatted(version) + "\n");
        Path out = dir.resolve("THIRD-PARTY.txt");

        var r = PackagingTools.run("ThirdPartyReport", List.of(maven.toString(), lib.toString(), "models", "assets", "-",
                out.toString(), dir.resolve("legal").toString(), "9.9.9"));

        assertEquals(0, r.exitCode(), r.output());
        String report = Files.readString(out);
        assertTrue(report.contains("\"libavcodec license: LGPL version 3 or later\""), report);
        assertTrue(report.contains("--enable-libopenh264: OpenH264: BSD-2-Clause"), report);
        assertTrue(report.contains("face/facemesh.onnx") && report.contains("lipsync/viseme-mlp.bin"), report);
        assertTrue(report.contains("astronaut.png"), "sample sources are listed");
        assertTrue(report.contains("Appendix: models/NOTICE"));
    }

    @Test
    void failsWhenABundledJarHasNoLicence(@TempDir Path dir) throws Exception {
        Path ffmpeg = classPathJar("ffmpeg-", "-linux-x86_64.jar");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.copy(ffmpeg, lib.resolve(ffmpeg.getFileName()));
        Files.copy(ffmpeg, lib.resolve("mystery-1.0.jar"));
        String version = ffmpeg.getFileName().toString().replace("ffmpeg-", "").replace("-linux-x86_64.jar", "");
        Path maven = Files.writeString(dir.resolve("maven.txt"), LINE.formatted(version) + "\n");

        var r = PackagingTools.run("ThirdPartyReport", List.of(maven.toString(), lib.toString(), "models", "assets", "-",
                dir.resolve("out.txt").toString(), dir.resolve("legal").toString(), "9.9.9"));

        assertNotEquals(0, r.exitCode());
        assertTrue(r.output().contains("no licence found for bundled jar mystery-1.0.jar"), r.output());
        assertTrue(Files.notExists(dir.resolve("out.txt")), "no partial report");
    }

    private static Path classPathJar(String prefix, String suffix) {
        Optional<Path> jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix)).findFirst();
        assumeTrue(jar.isPresent(), "the Linux x86-64 FFmpeg jar is on the class path only on Linux x86-64 builds");
        return jar.get();
    }
}
