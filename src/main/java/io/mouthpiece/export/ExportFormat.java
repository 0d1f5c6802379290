package io.mouthpiece.export;

/** Output kinds. Alpha: which ones can carry a transparent background. */
public enum ExportFormat {
    /** H.264 + AAC (openh264 in the default LGPL FFmpeg build; libx264 with the {@code gpl} Maven profile). */
    MP4("mp4", false, true),
    /** ProRes 4444 (prores_ks, yuva444p10le) + 16-bit PCM, with alpha. */
    MOV_PRORES4444("mov", true, true),
    /** VP9 (libvpx-vp9, yuva420p) + Opus, with alpha. */
    WEBM_VP9("webm", true, true),
    /** A folder of PNG files (RGBA) plus {@code audio.wav}. */
    PNG_SEQUENCE("", true, false),
    /** One PNG atlas plus a JSON frame table, for game engines. No sound. */
    SPRITE_SHEET("png", true, false);

    private final String extension;
    private final boolean alpha;
    private final boolean container;

    ExportFormat(String extension, boolean alpha, boolean container) {
        this.extension = extension;
        this.alpha = alpha;
        this.container = container;
    }

    /** File name extension without the dot; empty for the PNG sequence folder. */
    public String extension() { return extension; }

    public boolean supportsAlpha() { return alpha; }

    /** True for the formats written by one FFmpeg muxer (video + sound in one file). */
    public boolean isContainer() { return container; }
}
