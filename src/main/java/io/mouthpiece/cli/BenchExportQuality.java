package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.EncoderPresets;
import io.mouthpiece.export.ExportFidelity;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportSettings;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.media.EncodeSpec;
import io.mouthpiece.media.VideoEncoder;
import io.mouthpiece.media.VideoFrameReader;
import io.mouthpiece.render.RigGeometry;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench export --quality}: what each preset and encoder does to a real render. The sample take is rendered
 * once, losslessly (the {@code render} command's PNG sequence, badge included), then every format × preset encodes
 * those same frames with the export's encoder settings; the result is decoded back (the app's decoder, which
 * converts with the stream's tagged matrix) and compared with the frames that went in ({@link ExportFidelity}):
 * the share of pixels outside the face — outside 1.6× the face's landmark box, the part of the picture the rig
 * never moves — that differ by more than 8 levels after a 1.5 px blur, PSNR, file size and bit rate.
 */
final class BenchExportQuality {
    private final AppServices services;
    private final PrintWriter out;

    BenchExportQuality(AppServices services, PrintWriter out) {
        this.services = services;
        this.out = out;
    }

    void run(Path project, int width, int height, int maxFrames, List<ExportFormat> formats, List<QualityPreset> presets,
             Map<String, String> overrides, Path dir, boolean reuse) throws Exception {
        LoadedProject lp = services.store().load(project);
        FrameRate rate = lp.project().frameRate();
        Path seq = dir.resolve("frames.png");
        long t0 = System.nanoTime();
        if (!(reuse && Files.isDirectory(dir.resolve("frames")))) {
            int rc = Cli.run(services, "render", project.toString(), "--size", width + "x" + height, "-o", seq.toString());
            if (rc != 0) throw new IOException("rendering " + project + " failed (exit code " + rc + ")");
        }
        List<int[]> frames = readFrames(dir.resolve("frames"), width, height, maxFrames);
        out.printf(Locale.ROOT, "%s %d frames %dx%d @ %s fps in %.1f s (PNG, lossless)%n", reuse ? "read" : "rendered",
                frames.size(), width, height, rate, (System.nanoTime() - t0) / 1e9);
        boolean[] outside = outsideFace(lp, width, height);
        int counted = 0;
        for (boolean b : outside) if (b) counted++;
        out.printf(Locale.ROOT, "counted: %.1f %% of the picture (outside %.1fx the face's landmark box)%n",
                100.0 * counted / outside.length, RigGeometry.FADE_BOX_SCALE);
        if (!overrides.isEmpty()) out.println("encoder option overrides: " + overrides);
        out.println("| format | preset | encoder | > 8 levels outside the face (all frames / worst frame) | PSNR | size | bit rate | encode |");
        out.println("|---|---|---|---|---|---|---|---|");
        double seconds = frames.size() * rate.fps().den() / (double) rate.fps().num();
        List<EncodeSpec> done = new ArrayList<>();
        for (ExportFormat f : formats) {
            for (QualityPreset p : presets) {
                ExportSettings s = new ExportSettings(f, width, height, rate, p, Background.KEEP, false);
                EncodeSpec spec = withOverrides(EncoderPresets.spec(s, 0, Map.of()), overrides);
                if (done.contains(spec)) {
                    out.printf("| %s | %s | same settings as above |||||%n", f, p);
                    continue;
                }
                done.add(spec);
                Path file = dir.resolve(f.name().toLowerCase(Locale.ROOT) + "-" + p.name().toLowerCase(Locale.ROOT) + "." + f.extension());
                double encodeSecs = encode(file, spec, frames);
                ExportFidelity fid = new ExportFidelity(width, height, outside);
                int decoded = 0;
                try (VideoFrameReader r = VideoFrameReader.open(file)) {
                    for (VideoFrameReader.VideoFrame vf; (vf = r.next()) != null && decoded < frames.size(); decoded++) {
                        fid.add(frames.get(decoded), vf.image().getRGB(0, 0, width, height, null, 0, width));
                    }
                }
                if (decoded != frames.size()) throw new IOException(file + " decoded " + decoded + " of " + frames.size() + " frames");
                long bytes = Files.size(file);
                out.printf(Locale.ROOT, "| %s | %s | %s | %.2f %% / %.2f %% | %.1f dB | %.2f MB | %.2f Mb/s | %.0f fps |%n",
                        f, p, spec.videoCodec() + describe(spec), 100 * fid.overShare(), 100 * fid.worstFrameShare(), fid.psnr(),
                        bytes / 1e6, bytes * 8 / seconds / 1e6, frames.size() / encodeSecs);
                out.flush();
            }
        }
    }

    private static String describe(EncodeSpec spec) {
        StringBuilder b = new StringBuilder(" ").append(spec.pixelFormat());
        if (spec.videoBitrate() > 0) b.append(String.format(Locale.ROOT, ", %.2f Mb/s target", spec.videoBitrate() / 1e6));
        spec.videoOptions().forEach((k, v) -> { if (!k.equals("vendor") && !k.equals("row-mt")) b.append(", ").append(k).append(' ').append(v); });
        return b.toString();
    }

    /** Encoder options given on the command line replace the preset's ({@code bitrate=N} sets the target rate). */
    static EncodeSpec withOverrides(EncodeSpec s, Map<String, String> overrides) {
        if (overrides.isEmpty()) return s;
        Map<String, String> video = new LinkedHashMap<>(s.videoOptions());
        int bitrate = s.videoBitrate();
        for (var e : overrides.entrySet()) {
            if (e.getKey().equals("bitrate")) bitrate = Integer.parseInt(e.getValue());
            else video.put(e.getKey(), e.getValue());
        }
        return new EncodeSpec(s.container(), s.videoCodec(), s.pixelFormat(), s.width(), s.height(), s.fpsNum(), s.fpsDen(),
                bitrate, s.gopSize(), video, s.audioCodec(), s.sampleRate(), s.audioChannels(), s.audioBitrate(),
                s.muxerOptions(), s.metadata(), s.colour());
    }

    private static double encode(Path file, EncodeSpec spec, List<int[]> frames) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(spec.width() * spec.height() * 4).order(ByteOrder.nativeOrder());
        long t0 = System.nanoTime();
        try (VideoEncoder enc = VideoEncoder.open(file, spec)) {
            for (int[] f : frames) {
                buf.asIntBuffer().put(0, f);
                enc.writeFrame(buf);
            }
            enc.finish();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<int[]> readFrames(Path folder, int w, int h, int max) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("the render wrote no PNG frames into " + folder);
        List<int[]> frames = new ArrayList<>();
        for (Path p : files.subList(0, Math.min(files.size(), max))) {
            BufferedImage img = ImageIO.read(p.toFile());
            if (img == null || img.getWidth() != w || img.getHeight() != h) throw new IOException("unexpected frame " + p);
            frames.add(img.getRGB(0, 0, w, h, null, 0, w));
        }
        return frames;
    }

    /**
     * Pixels outside 1.6× the landmark box of every character's face (the rig's fade box: nothing outside it ever
     * moves), in output pixels: the picture is fitted into the output the way the renderer fits it (scaled to fit,
     * centred).
     */
    private boolean[] outsideFace(LoadedProject lp, int width, int height) throws IOException {
        boolean[] outside = new boolean[width * height];
        java.util.Arrays.fill(outside, true);
        try (TakeServices take = services.openTakeServices()) {
            for (Actor a : lp.project().actors()) {
                MediaRef pic = lp.project().mediaById(a.sourceMediaId()).orElseThrow();
                FaceAnalysis fa = take.faces().face(lp.folder(), pic, a.faceIndex(), Progress.NONE);
                FaceLandmarks lm = fa.landmarks();
                double scale = Math.min((double) width / lm.imageWidth(), (double) height / lm.imageHeight());
                double ox = (width - lm.imageWidth() * scale) / 2, oy = (height - lm.imageHeight() * scale) / 2;
                float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
                for (int i = 0; i < FaceLandmarks.COUNT; i++) {
                    x0 = Math.min(x0, lm.x(i)); x1 = Math.max(x1, lm.x(i));
                    y0 = Math.min(y0, lm.y(i)); y1 = Math.max(y1, lm.y(i));
                }
                double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
                double hw = (x1 - x0) / 2 * RigGeometry.FADE_BOX_SCALE, hh = (y1 - y0) / 2 * RigGeometry.FADE_BOX_SCALE;
                int bx0 = (int) Math.floor(ox + (cx - hw) * scale), bx1 = (int) Math.ceil(ox + (cx + hw) * scale);
                int by0 = (int) Math.floor(oy + (cy - hh) * scale), by1 = (int) Math.ceil(oy + (cy + hh) * scale);
                for (int y = Math.max(0, by0); y < Math.min(height, by1); y++) {
                    for (int x = Math.max(0, bx0); x < Math.min(width, bx1); x++) outside[y * width + x] = false;
                }
            }
        }
        return outside;
    }
}
