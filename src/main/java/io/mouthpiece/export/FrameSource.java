package io.mouthpiece.export;

import io.mouthpiece.core.time.FrameRate;

import java.nio.IntBuffer;

/**
 * Pictures of a take, one per frame, for export. Implemented by the renderer; {@link SyntheticFrameSource} is a
 * deterministic stand-in for tests and benchmarks.
 *
 * <p>Pixel contract: {@code width*height} ARGB ints (alpha in the top byte), rows top-down, no row padding,
 * <b>non-premultiplied</b> (straight) alpha: a pixel's colour is meaningful even where its alpha is 0. This is what
 * AWT {@code TYPE_INT_ARGB}, PNG and FFmpeg's BGRA input expect, so the exporter never divides by alpha. A GL
 * renderer that blends into a premultiplied framebuffer must un-premultiply ({@link Pixels#unpremultiply}) before
 * handing the frame over. The GL readback {@code glReadPixels(GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV)} gives exactly
 * this int layout.
 */
public interface FrameSource {
    int width();

    int height();

    FrameRate rate();

    long frameCount();

    /**
     * Draws frame {@code frame} (0-based, {@code < frameCount()}) into {@code argbOut}, starting at index 0 and
     * filling {@code width*height} ints with absolute puts. Frames may be requested in any order, but export asks
     * for them in order, once each. Must be deterministic.
     */
    void render(long frame, IntBuffer argbOut);
}
