package io.mouthpiece.export;

import io.mouthpiece.core.time.FrameRate;

import java.util.Objects;

/**
 * How to export: format, picture size and exact frame rate (the frame source renders at exactly this size and
 * rate), quality preset, background handling and the optional visible "AI-generated" badge.
 */
public record ExportSettings(ExportFormat format, int width, int height, FrameRate rate, QualityPreset preset,
                             Background background, boolean badge) {
    public static final int MAX_SIZE = 8192;

    public ExportSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rate, "rate");
        preset = Objects.requireNonNullElse(preset, QualityPreset.WEB);
        background = Objects.requireNonNullElse(background, Background.KEEP);
        if (width <= 0 || height <= 0 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("picture size " + width + "x" + height + " must be between 1 and " + MAX_SIZE);
        }
        if ((format == ExportFormat.MP4 || format == ExportFormat.WEBM_VP9) && (width % 2 != 0 || height % 2 != 0)) {
            throw new IllegalArgumentException(format + " needs an even width and height (4:2:0 colour), not " + width + "x" + height);
        }
        if (background.needsAlphaChannel() && !format.supportsAlpha()) {
            throw new IllegalArgumentException(format + " has no alpha channel: for a transparent background export "
                    + "MOV ProRes 4444, WebM VP9, a PNG sequence or a sprite sheet, or pick a background colour");
        }
    }

    public static ExportSettings of(ExportFormat format, int width, int height, FrameRate rate) {
        return new ExportSettings(format, width, height, rate, QualityPreset.WEB, Background.KEEP, true);
    }

    public ExportSettings withBackground(Background b) { return new ExportSettings(format, width, height, rate, preset, b, badge); }

    public ExportSettings withBadge(boolean on) { return new ExportSettings(format, width, height, rate, preset, background, on); }

    public ExportSettings withPreset(QualityPreset p) { return new ExportSettings(format, width, height, rate, p, background, badge); }

    public ExportSettings withFormat(ExportFormat f) { return new ExportSettings(f, width, height, rate, preset, background, badge); }
}
