package io.mouthpiece.ui.export;

import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import java.nio.file.Path;
import java.util.Locale;

/** What the Export dialog asked for. {@code file} is a folder for a PNG sequence. */
public record ExportChoice(ExportFormat format, int width, int height, Background background, boolean badge, Path file) {
    /** The formats the dialog offers, with their labels. */
    static final ExportFormat[] FORMATS = {ExportFormat.MP4, ExportFormat.MOV_PRORES4444, ExportFormat.WEBM_VP9, ExportFormat.PNG_SEQUENCE};

    static String label(ExportFormat f) {
        return switch (f) {
            case MP4 -> "MP4 (H.264 + AAC)";
            case MOV_PRORES4444 -> "MOV (ProRes 4444, alpha)";
            case WEBM_VP9 -> "WebM (VP9, alpha)";
            case PNG_SEQUENCE -> "PNG sequence (folder)";
            case SPRITE_SHEET -> "Sprite sheet";
        };
    }

    /** {@code base} with the format's extension (none for a PNG sequence folder). */
    static Path withExtension(Path base, ExportFormat f) {
        String name = base.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = f.extension();
        Path dir = base.getParent();
        String out = ext.isEmpty() ? stem : stem + "." + ext.toLowerCase(Locale.ROOT);
        return dir == null ? Path.of(out) : dir.resolve(out);
    }
}
