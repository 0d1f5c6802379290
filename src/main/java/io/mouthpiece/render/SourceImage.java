package io.mouthpiece.render;

/**
 * The portrait a scene is drawn over: ARGB pixels, rows top-down (AWT TYPE_INT_ARGB layout). Renderers cache
 * GPU copies by identity, so treat the array as read-only once it is wrapped here.
 */
public record SourceImage(int width, int height, int[] argb) {
    public SourceImage {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        if (argb == null || argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + (argb == null ? 0 : argb.length));
        }
    }

    public int pixel(int x, int y) { return argb[y * width + x]; }
}
