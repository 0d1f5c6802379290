package io.mouthpiece.ui.export;

import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.lipsync.cues.CueFormat;
import java.util.Set;

/**
 * The export dialog's starting points. Each fills every field; changing a field afterwards makes the choice
 * {@link #CUSTOM}. Only formats {@link io.mouthpiece.export.ExportService} can write are offered.
 */
public enum ExportPreset {
    WEB_MP4("Web MP4 (H.264 + AAC)", ExportFormat.MP4, QualityPreset.WEB, ExportSpec.Bg.PROJECT, ExportSpec.Size.PROJECT, Set.of()),
    PRORES_4444("Editing ProRes 4444 (alpha)", ExportFormat.MOV_PRORES4444, QualityPreset.EDITING, ExportSpec.Bg.TRANSPARENT,
            ExportSpec.Size.PROJECT, Set.of()),
    WEBM_VP9_ALPHA("Game WebM VP9 alpha", ExportFormat.WEBM_VP9, QualityPreset.GAME_ENGINE, ExportSpec.Bg.TRANSPARENT,
            ExportSpec.Size.PROJECT, Set.of()),
    SPRITE_SHEET("Game sprite sheet + engine track (Rhubarb TSV / Oculus JSON / ARKit CSV)", ExportFormat.SPRITE_SHEET,
            QualityPreset.GAME_ENGINE, ExportSpec.Bg.TRANSPARENT, ExportSpec.Size.SPRITE,
            Set.of(CueFormat.TSV, CueFormat.OCULUS, CueFormat.ARKIT)),
    PNG_SEQUENCE("PNG sequence", ExportFormat.PNG_SEQUENCE, QualityPreset.EDITING, ExportSpec.Bg.PROJECT, ExportSpec.Size.PROJECT, Set.of()),
    /** The user's own combination (the fields keep what they hold). */
    CUSTOM("Custom", null, null, null, null, null);

    private final String label;
    private final ExportFormat format;
    private final QualityPreset quality;
    private final ExportSpec.Bg background;
    private final ExportSpec.Size size;
    private final Set<CueFormat> tracks;

    ExportPreset(String label, ExportFormat format, QualityPreset quality, ExportSpec.Bg background, ExportSpec.Size size,
                 Set<CueFormat> tracks) {
        this.label = label;
        this.format = format;
        this.quality = quality;
        this.background = background;
        this.size = size;
        this.tracks = tracks;
    }

    public String label() { return label; }

    /** Null for {@link #CUSTOM}, likewise the other fields. */
    public ExportFormat format() { return format; }

    public QualityPreset quality() { return quality; }

    public ExportSpec.Bg background() { return background; }

    public ExportSpec.Size size() { return size; }

    public Set<CueFormat> tracks() { return tracks; }

    /** The preset stored in user settings, or {@code fallback} for an unknown or missing name. */
    public static ExportPreset byName(String name, ExportPreset fallback) {
        if (name == null) return fallback;
        for (ExportPreset p : values()) if (p.name().equals(name)) return p;
        return fallback;
    }

    @Override
    public String toString() { return label; }
}
