package io.mouthpiece.cli;

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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Benchmark: the full export path (synthetic frames → background → badge → encoder, with a mixed-down tone,
 * provenance hashing, atomic rename) against a bare loop that renders the same synthetic frames into the same
 * encoder settings, picture only. Target: ratio ≤ 1.15. Also reports the peak heap seen, for the flat-memory check
 * ({@code java -Xmx512m -jar mouthpiece.jar bench export --frames 2700 --skip-bare}).
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Benchmark export against a bare encoder loop (synthetic frames).")
final class BenchExportCommand implements Callable<Integer> {
    @Option(names = "--frames", defaultValue = "300", description = "Frames to encode (default ${DEFAULT-VALUE}).") int frames;
    @Option(names = "--width", defaultValue = "1920") int width;
    @Option(names = "--height", defaultValue = "1080") int height;
    @Option(names = "--fps", defaultValue = "30", description = "Frame rate, e.g. 30 or 30000/1001.") String fps;
    @Option(names = "--format", defaultValue = "MP4", description = "MP4, MOV_PRORES4444 or WEBM_VP9.") ExportFormat format;
    @Option(names = "--preset", defaultValue = "WEB") QualityPreset preset;
    @Option(names = "--skip-bare", description = "Only run the export (for the memory check).") boolean skipBare;
    @Option(names = "--out", description = "Folder for the outputs (default: a temporary folder, deleted after).") Path out;

    @Override
    public Integer call() throws Exception {
        if (!format.isContainer()) throw new IllegalArgumentException("bench export measures the video formats: MP4, MOV_PRORES4444, WEBM_VP9");
        FrameRate rate = FrameRate.parse(fps);
        ExportSettings settings = new ExportSettings(format, width, height, rate, preset, io.mouthpiece.export.Background.KEEP, true);
        boolean temp = out == null;
        Path dir = temp ? Files.createTempDirectory("mp-bench") : Files.createDirectories(out);
        try {
            System.out.printf(Locale.ROOT, "%d frames %dx%d @ %s fps, %s %s, encoder %s, max heap %d MB%n", frames, width, height,
                    rate, format, preset, EncoderPresets.spec(settings, 1, Map.of()).videoCodec(), Runtime.getRuntime().maxMemory() >> 20);
            double bareCpu0 = cpuSeconds();
            double bare = skipBare ? Double.NaN : bare(settings, dir.resolve("bare." + format.extension()));
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

    private double bare(ExportSettings s, Path file) throws Exception {
        EncodeSpec spec = EncoderPresets.spec(s, 0, Map.of());
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
