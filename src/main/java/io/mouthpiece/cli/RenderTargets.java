package io.mouthpiece.cli;

import io.mouthpiece.cli.RenderCommand.BadInput;
import io.mouthpiece.core.face.Point2;
import io.mouthpiece.core.face.SixPoints;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.lipsync.cues.ArkitCsvWriter;
import io.mouthpiece.lipsync.cues.CueFormat;
import io.mouthpiece.lipsync.cues.MouthCue;
import io.mouthpiece.lipsync.cues.OculusWriter;
import io.mouthpiece.lipsync.cues.RhubarbWriters;
import io.mouthpiece.lipsync.motion.AutoMotion;
import io.mouthpiece.lipsync.motion.Coarticulation;
import io.mouthpiece.render.SourceImage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code render}'s option parsing (output, formats, size, face points) and its file helpers. */
final class RenderTargets {
    private RenderTargets() {}

    record Target(Path file, ExportFormat format) { }

    /** The output path and format from its extension ({@code .png}: a PNG sequence in a folder named without it). */
    static Target target(Path out, ExportFormat forced) throws BadInput {
        String ext = extension(out);
        ExportFormat f = forced != null ? forced : switch (ext) {
            case "mp4", "m4v" -> ExportFormat.MP4;
            case "mov" -> ExportFormat.MOV_PRORES4444;
            case "webm" -> ExportFormat.WEBM_VP9;
            case "png", "" -> ExportFormat.PNG_SEQUENCE;
            default -> throw new BadInput("cannot tell the format of " + out + ": use .mp4, .mov, .webm or .png");
        };
        Path file = out;
        if (f == ExportFormat.PNG_SEQUENCE && ext.equals("png")) file = out.resolveSibling(stem(out));
        return new Target(file, f);
    }

    static ExportFormat formatByName(String name) throws BadInput {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mp4" -> ExportFormat.MP4;
            case "mov" -> ExportFormat.MOV_PRORES4444;
            case "webm" -> ExportFormat.WEBM_VP9;
            case "png" -> ExportFormat.PNG_SEQUENCE;
            default -> throw new BadInput("--format must be mp4, mov, webm or png, not '" + name + "'");
        };
    }

    static CueFormat cueFormat(String name) throws BadInput {
        try {
            return CueFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("--track-format must be tsv, json, xml, dat, oculus or arkit, not '" + name + "'");
        }
    }

    static String track(CueFormat fmt, VisemeTrack track, String soundName, FrameRate rate, long seed) throws IOException {
        StringBuilder sb = new StringBuilder();
        switch (fmt) {
            case TSV -> RhubarbWriters.tsv(MouthCue.fromTrack(track), sb);
            case JSON -> RhubarbWriters.json(MouthCue.fromTrack(track), soundName, track.duration(), sb);
            case XML -> RhubarbWriters.xml(MouthCue.fromTrack(track), soundName, track.duration(), sb);
            case DAT -> RhubarbWriters.dat(MouthCue.fromTrack(track), rate, false, sb);
            case OCULUS -> OculusWriter.write(new Coarticulation().apply(track, rate).visemeWeights(), rate, sb);
            case ARKIT -> ArkitCsvWriter.write(new Coarticulation().apply(track, rate).curves()
                    .with(AutoMotion.generate(track, rate, AutoMotion.Settings.defaults(seed))), sb);
        }
        return sb.toString();
    }

    static SixPoints sixPoints(String text) throws BadInput {
        String[] parts = text.strip().split("[,\\s]+");
        if (parts.length != 12) throw new BadInput("--face-points needs 12 numbers (six x,y pairs), got " + parts.length);
        double[] v = new double[12];
        try {
            for (int i = 0; i < 12; i++) v[i] = Double.parseDouble(parts[i]);
        } catch (NumberFormatException e) {
            throw new BadInput("--face-points: not a number in '" + text + "'");
        }
        Point2[] pt = new Point2[6];
        for (int i = 0; i < 6; i++) pt[i] = new Point2(v[2 * i], v[2 * i + 1]);
        return new SixPoints(pt[0], pt[1], pt[2], pt[3], pt[4], pt[5]);
    }

    /** The six points times {@code k} (a picture read downscaled). */
    static SixPoints scaled(SixPoints s, double k) {
        if (k == 1) return s;
        Point2[] pt = s.asList().stream().map(q -> new Point2(q.x() * k, q.y() * k)).toArray(Point2[]::new);
        return new SixPoints(pt[0], pt[1], pt[2], pt[3], pt[4], pt[5]);
    }

    static int[] parseSize(String s) throws BadInput {
        String[] wh = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (wh.length == 2) {
                int w = Integer.parseInt(wh[0].strip()), h = Integer.parseInt(wh[1].strip());
                if (w > 0 && h > 0) return new int[]{w, h};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadInput("--size must look like 1280x720, not '" + s + "'");
    }

    /** The picture's own size, scaled down to a long side of at most 1920, both sides even (4:2:0 video). */
    static int[] defaultSize(SourceImage img) {
        double k = Math.min(1, 1920.0 / Math.max(img.width(), img.height()));
        int w = Math.max(2, (int) Math.round(img.width() * k) & ~1), h = Math.max(2, (int) Math.round(img.height() * k) & ~1);
        return new int[]{w, h};
    }

    static void report(PrintWriter out, ExportResult r) {
        out.printf(Locale.ROOT, "wrote %s (%d frames, %.1f fps render+encode)%n  provenance: %s%n", r.main(), r.frames(), r.fps(), r.provenance());
    }

    static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless; the OS cleans it
        }
    }
}
