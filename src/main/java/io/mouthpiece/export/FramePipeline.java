package io.mouthpiece.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * One reusable frame buffer: render → background → badge. The buffer is direct and in native byte order, so the
 * same memory is an {@link IntBuffer} of ARGB for Java and BGRA bytes for FFmpeg; memory stays flat however long
 * the take is.
 */
final class FramePipeline {
    private final FrameSource source;
    private final Background background;
    private final Badge badge;
    private final boolean keepAlpha;
    private final ByteBuffer bytes;
    private final IntBuffer ints;
    private final int pixels;

    /** @param keepAlpha false when the output drops alpha anyway (MP4): then KEEP needs no per-pixel pass. */
    FramePipeline(FrameSource source, Background background, boolean badge, boolean keepAlpha) {
        this.source = source;
        this.background = background;
        this.keepAlpha = keepAlpha;
        this.pixels = Math.multiplyExact(source.width(), source.height());
        this.bytes = ByteBuffer.allocateDirect(Math.multiplyExact(pixels, 4)).order(ByteOrder.nativeOrder());
        this.ints = bytes.asIntBuffer();
        this.badge = badge ? new Badge(source.width(), source.height()) : null;
    }

    /** Produces frame {@code n} into the shared buffer. */
    void produce(long n) {
        ints.clear();
        source.render(n, ints);
        ints.clear();
        if (keepAlpha || background.mode() != Background.Mode.KEEP) background.apply(ints, pixels, null);
        if (badge != null) badge.stamp(ints, source.width());
    }

    ByteBuffer bytes() { return bytes; }

    IntBuffer ints() { return ints; }

    int width() { return source.width(); }

    int height() { return source.height(); }
}
