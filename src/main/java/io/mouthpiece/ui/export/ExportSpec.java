package io.mouthpiece.ui.export;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.lipsync.cues.CueFormat;
import io.mouthpiece.service.RenderService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One export as the dialog resolved it: every value concrete (size in pixels, exact rate, background), plus the
 * range to take from the take, the engine tracks to write beside it, and where. {@code output} is a folder for a
 * PNG sequence. {@code presetLabel} is what the queue shows.
 */
public record ExportSpec(String presetLabel, ExportFormat format, QualityPreset quality, Range range, int width, int height,
                         FrameRate rate, Background background, boolean badge, Set<CueFormat> tracks, Path output) {
    /** Which part of the take. */
    public enum Range {
        WHOLE_TAKE("Whole take"), IN_OUT("In\u2013out points");
        private final String label;
        Range(String label) { this.label = label; }
        @Override public String toString() { return label; }
    }

    /** Picture size choices ({@link #SPRITE}: 256 px high, the project's aspect). */
    public enum Size {
        SOURCE("Source picture"), PROJECT("Project"), HD1080("1080p"), HD720("720p"), SPRITE("Sprite (256 px)"), CUSTOM("Custom");
        private final String label;
        Size(String label) { this.label = label; }
        @Override public String toString() { return label; }
    }

    /** Background choices; PROJECT follows the project's own setting. */
    public enum Bg {
        PROJECT("Project setting"), TRANSPARENT("Transparent"), COLOUR("Colour");
        private final String label;
        Bg(String label) { this.label = label; }
        @Override public String toString() { return label; }
    }

    public ExportSpec {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(output, "output");
        quality = Objects.requireNonNullElse(quality, QualityPreset.WEB);
        background = Objects.requireNonNullElse(background, Background.KEEP);
        tracks = tracks == null ? Set.of() : Set.copyOf(tracks);
        presetLabel = Objects.requireNonNullElse(presetLabel, ExportPreset.CUSTOM.label());
    }

    /** A preset's spec at an explicit size and rate (the lead's workflow test, scripts). */
    public static ExportSpec of(ExportPreset preset, Range range, int width, int height, FrameRate rate, Background background,
                                Path output) {
        return new ExportSpec(preset.label(), preset.format(), preset.quality(), range, width, height, rate, background, true,
                preset.tracks(), output);
    }

    /** What {@link RenderService} writes. */
    public RenderService.Output toOutput() {
        return new RenderService.Output(output.toAbsolutePath(), format, width, height, rate, background, quality, badge);
    }

    /** The output's file name without extension: the stem for engine tracks and sidecars. */
    public String baseName() {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !format.extension().isEmpty() ? name.substring(0, dot) : name;
    }

    /** {@code base} with the format's extension (none for a PNG sequence folder). */
    public static Path withExtension(Path base, ExportFormat f) {
        String name = base.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = f.extension();
        Path dir = base.getParent();
        String out = ext.isEmpty() ? stem : stem + "." + ext.toLowerCase(Locale.ROOT);
        return dir == null ? Path.of(out) : dir.resolve(out);
    }

    /** Human names of the formats {@link io.mouthpiece.export.ExportService} writes. */
    public static String label(ExportFormat f) {
        return switch (f) {
            case MP4 -> "MP4 (H.264 + AAC)";
            case MOV_PRORES4444 -> "MOV (ProRes 4444, alpha)";
            case WEBM_VP9 -> "WebM (VP9 + Opus, alpha)";
            case PNG_SEQUENCE -> "PNG sequence (folder)";
            case SPRITE_SHEET -> "Sprite sheet (PNG + JSON)";
        };
    }

    /** Human names of the engine-track formats. */
    public static String label(CueFormat f) {
        return switch (f) {
            case TSV -> "Rhubarb TSV";
            case JSON -> "Rhubarb JSON";
            case XML -> "Rhubarb XML";
            case DAT -> "Moho / OpenToonz .dat";
            case OCULUS -> "Oculus visemes JSON";
            case ARKIT -> "ARKit-52 CSV";
        };
    }
}
