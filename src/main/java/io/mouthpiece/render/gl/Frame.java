package io.mouthpiece.render.gl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * One rendered image in native memory: width × height ints, rows top-down, each int ARGB (alpha in the high
 * byte), the layout of JavaFX IntArgbPre and AWT TYPE_INT_ARGB (our frames are opaque, so pre-multiplication
 * changes nothing). Frames from a {@link FramePool} go back with {@link #release()}.
 */
public final class Frame {
    private final int width;
    private final int height;
    private final ByteBuffer bytes;
    private final FramePool pool;

    Frame(int width, int height, FramePool pool) {
        this.width = width;
        this.height = height;
        this.bytes = ByteBuffer.allocateDirect(Math.multiplyExact(Math.multiplyExact(width, height), 4))
                .order(ByteOrder.nativeOrder());
        this.pool = pool;
    }

    /** A frame that belongs to no pool (for one-off renders and exports). */
    public static Frame standalone(int width, int height) {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("frame size must be positive: " + width + "x" + height);
        return new Frame(width, height, null);
    }

    public int width() { return width; }

    public int height() { return height; }

    /** The native bytes (native order, position 0). Callers must use absolute gets/puts. */
    public ByteBuffer bytes() { return bytes; }

    /** The pixels as ints, absolute indexing: pixel (x, y) is at y * width + x. */
    public IntBuffer ints() { return bytes.asIntBuffer(); }

    /** Copies the pixels into a new ARGB array. */
    public int[] toArgbArray() {
        int[] out = new int[width * height];
        ints().get(0, out);
        return out;
    }

    /** Returns the frame to its pool; a no-op for standalone frames. */
    public void release() {
        if (pool != null) pool.release(this);
    }
}
