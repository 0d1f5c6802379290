package io.mouthpiece.export;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Locale;
import java.util.Objects;

/**
 * What becomes of the area around the character: KEEP the picture as it is (opaque), make it TRANSPARENT (the
 * frame's alpha, optionally times a cut-out mask, is kept), or replace it with a flat COLOR. Frames arrive with
 * alpha already set by whoever cut the portrait out; this class only decides what to do with it.
 */
public record Background(Mode mode, int rgb) {
    public enum Mode { KEEP, TRANSPARENT, COLOR }

    public static final Background KEEP = new Background(Mode.KEEP, 0);
    public static final Background TRANSPARENT = new Background(Mode.TRANSPARENT, 0);

    public Background {
        Objects.requireNonNull(mode, "mode");
        rgb &= 0xffffff;
    }

    public static Background color(int rgb) { return new Background(Mode.COLOR, rgb); }

    /** "keep", "transparent" or "#rrggbb". */
    public static Background parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("keep")) return KEEP;
        if (s.equals("transparent")) return TRANSPARENT;
        if (s.matches("#[0-9a-f]{6}")) return color(Integer.parseInt(s.substring(1), 16));
        throw new IllegalArgumentException("background must be keep, transparent or #rrggbb, not '" + text + "'");
    }

    public boolean needsAlphaChannel() { return mode == Mode.TRANSPARENT; }

    /**
     * Applies this background to {@code n} straight-alpha ARGB pixels in place. {@code mask} (may be null) holds one
     * byte of coverage per pixel, 255 = character, and multiplies the frame's own alpha first.
     */
    public void apply(IntBuffer argb, int n, ByteBuffer mask) {
        if (mode == Mode.KEEP) {
            // The original picture stays: alpha and mask are ignored.
            for (int i = 0; i < n; i++) argb.put(i, argb.get(i) | 0xff000000);
            return;
        }
        int bg = 0xff000000 | rgb;
        for (int i = 0; i < n; i++) {
            int p = argb.get(i);
            int a = p >>> 24;
            if (mask != null) a = (a * (mask.get(i) & 0xff) + 127) / 255;
            p = (p & 0xffffff) | a << 24;
            argb.put(i, mode == Mode.COLOR ? Pixels.over(p, bg) : p);
        }
    }

    @Override
    public String toString() {
        return switch (mode) {
            case KEEP -> "keep";
            case TRANSPARENT -> "transparent";
            case COLOR -> String.format("#%06x", rgb);
        };
    }
}
