package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.AudioSource;
import io.mouthpiece.export.EncoderPresets;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportRequest;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.export.ExportService;
import io.mouthpiece.export.ExportSettings;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.export.SyntheticFrameSource;
import io.mouthpiece.export.ToneAudioSource;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Benchmark, speed ({@code bench export}): the full export path (synthetic frames → background → badge → encoder, with a mixed-down tone,
 * provenance hashing, atomic rename) against a bare loop that renders the same synthetic frames into the same
 * encoder settings, picture only. Target: ratio ≤ 1.15. Also reports the peak heap seen, for the flat-memory check
 * ({@code java -Xmx512m -jar mouthpiece.jar bench export --frames 2700 --skip-bare}).
 * Quality ({@code bench export --quality}): every format × preset on a real render of the sample take, see
 * {@link BenchExportQuality}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Benchmark export against a bare encoder loop (synthetic frames), or with --quality what every format and",
        "preset does to a real render (pixels over 8 levels outside the face after a 1.5 px blur, PSNR, size, bit rate)."})
final class BenchExportCommand implements Callable<Integer> {
    @Option(names = "--frames", description = "Frames to encode (default 300; --quality: the whole take).") Integer frames;
    @Option(names = "--width", description = "default 1920; --quality: 512") Integer width;
    @Option(names = "--height", description = "default 1080; --quality: 512") Integer height;
    @Option(names = "--quality", description = "Measure picture quality of every format x preset on a render of --project.") boolean quality;
    @Option(names = "--project", defaultValue = "assets/samples/astronaut", description = "--quality: the project whose first take is rendered (default ${DEFAULT-VALUE}).") Path project;
    @Option(names = "--formats", split = ",", description = "--quality: formats to measure (default: MP4, MOV_PRORES4444, WEBM_VP9).") List<ExportFormat> formats;
    @Option(names = "--presets", split = ",", description = "--quality: presets to measure (default: all).") List<QualityPreset> presets;
    @Option(names = "--reuse-render", description = "--quality: use the frames a previous run left in --out instead of rendering again.") boolean reuse;
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "--quality: try an encoder option instead of the preset's (e.g. qmax=24, crf=28, bitrate=2000000).") Map<String, String> overrides = new LinkedHashMap<>();
    @Option(names = "--fps", defaultValue = "30", description = "Frame rate, e.g. 30 or 30000/1001.") String fps;
    @Option(names = "--format", defaultValue = "MP4", description = "MP4, MOV_PRORES4444 or WEBM_VP9.") ExportFormat format;
    @Option(names = "--preset", defaultValue = "WEB") QualityPreset preset;
    @Option(names = "--skip-bare", description = "Only run the export (for the memory check).") boolean skipBare;
    @Option(names = "--out", description = "Folder for the outputs (default: a temporary folder, deleted after).") Path out;

    private final AppServices services;

    BenchExportCommand(AppServices services) { this.services = services; }

    @Override
    public Integer call() throws Exception {
        if (quality) return quality();
        int frames = this.frames == null ? 300 : this.frames;
        int width = this.width == null ? 1920 : this.width;
        int height = this.height == null ? 1080 : this.height;
        if (!format.isContainer()) throw new IllegalArgumentException("bench export measures the video formats: MP4, MOV_PRORES4444, WEBM_VP9");
        FrameRate rate = FrameRate.parse(fps);
        ExportSettings settings = new ExportSettings(format, width, height, rate, preset, io.mouthpiece.export.Background.KEEP, true);
        boolean temp = out == null;
        Path dir = temp ? Files.createTempDirectory("mp-bench") : Files.createDirectories(out);
        try {
            System.out.printf(Locale.ROOT, "%d frames %dx%d @ %s fps, %s %s, encoder %s, max heap %d MB%n", frames, width, height,
                    rate, format, preset, EncoderPresets.spec(settings, 1, Map.of()).videoCodec(), Runtime.getRuntime().maxMemory() >> 20);
            double bareCpu0 = cpuSeconds();
            double bare = skipBare ? Double.NaN : bare(settings, dir.resolve("bare." + format.extension()), frames);
            double bareCpu = cpuSeconds() - bareCpu0;
            if (!skipBare) System.out.printf(Locale.ROOT, "bare encoder loop: %.2f s (%.1f fps), process CPU %.2f s%n", bare, frames / bare, bareCpu);
            long[] peak = {0};
            Progress p = new Progress() {
                @Override public void update(double fraction, String message) {
                    Runtime r = Runtime.getRuntime();
                    peak[0] = Math.max(peak[0], r.totalMemory() - r.freeMemory());
                }
                @Override public boolean isCancelled() { return false; }
            };
            SyntheticFrameSource src = new SyntheticFrameSource(width, height, rate, frames);
            try (AudioSource tone = new ToneAudioSource(EncoderPresets.SAMPLE_RATE, 1, 220, 0.3f)) {
                long t0 = System.nanoTime();
                double cpu0 = cpuSeconds();
                ExportResult r = new ExportService().export(new ExportRequest(src, tone, settings, null,
                        dir.resolve("export." + format.extension())), p);
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = cpuSeconds() - cpu0;
                System.out.printf(Locale.ROOT, "export (frames + sound + badge + provenance): %.2f s (%.1f fps), process CPU %.2f s, %.1f MB file, peak heap used %d MB%n",
                        secs, frames / secs, cpu, Files.size(r.main()) / 1e6, peak[0] >> 20);
                // CPU time is the steadier number on a shared machine; wall time is what a user waits.
                if (!skipBare) System.out.printf(Locale.ROOT, "ratio export / bare: wall %.3f, CPU %.3f (target <= 1.15)%n", secs / bare, cpu / bareCpu);
            }
            return 0;
        } finally {
            if (temp) deleteTree(dir);
        }
    }

    private int quality() throws Exception {
        List<ExportFormat> fs = formats != null ? formats : List.of(ExportFormat.MP4, ExportFormat.MOV_PRORES4444, ExportFormat.WEBM_VP9);
        for (ExportFormat f : fs) if (!f.isContainer()) throw new IllegalArgumentException("--formats: " + f + " is not a video format");
        List<QualityPreset> ps = presets != null ? presets : List.of(QualityPreset.values());
        boolean temp = out == null;
        Path dir = temp ? Files.createTempDirectory("mp-bench-q") : Files.createDirectories(out);
        try {
            PrintWriter pw = new PrintWriter(System.out, true);
            new BenchExportQuality(services, pw).run(project, width == null ? 512 : width, height == null ? 512 : height,
                    frames == null ? Integer.MAX_VALUE : frames, fs, ps, overrides, dir, reuse && out != null);
            pw.flush();
            return 0;
        } finally {
            if (temp) deleteTree(dir);
        }
    }

    private static double bare(ExportSettings s, Path file, int frames) throws Exception {
        EncodeSpec spec = EncoderPresets.spec(s, 0, Map.of());
        int width = s.width(), height = s.height();
        SyntheticFrameSource src = new SyntheticFrameSource(width, height, s.rate(), frames);
        ByteBuffer buf = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder());
        IntBuffer ints = buf.asIntBuffer();
        long t0 = System.nanoTime();
        try (VideoEncoder enc = VideoEncoder.open(file, spec)) {
            for (int n = 0; n < frames; n++) {
                src.render(n, ints);
                enc.writeFrame(buf);
            }
            enc.finish();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
