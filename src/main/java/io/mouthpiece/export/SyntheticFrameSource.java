package io.mouthpiece.export;

import io.mouthpiece.core.time.FrameRate;

import java.nio.IntBuffer;

/**
 * A deterministic test picture that stands in for the renderer in tests and benchmarks:
 * <ul>
 * <li>a gradient that moves one step per frame: red = (x + 4·frame) mod width scaled to 0..255, green = y scaled
 *     to 0..255, blue = 64;</li>
 * <li>the frame number as a 12-bit code in the top-left corner: cell k (k = 0..11, most significant first) is a
 *     square of side {@link #cell()} at x = k·cell, y = 0, white for a 1 bit, black for 0 (robust to lossy codecs);</li>
 * <li>alpha: 255 inside the centred ellipse with radii width/2·0.8 and height/2·0.8, 0 outside, with the
 *     code row kept opaque. Colour is drawn everywhere (straight alpha).</li>
 * </ul>
 */
public final class SyntheticFrameSource implements FrameSource {
    public static final int CODE_BITS = 12;

    private final int width;
    private final int height;
    private final FrameRate rate;
    private final long frames;
    private final int cell;
    private final byte[] ellipseAlpha;   // per pixel, computed once

    public SyntheticFrameSource(int width, int height, FrameRate rate, long frames) {
        if (width < 16 || height < 16) throw new IllegalArgumentException("synthetic frames need at least 16x16");
        this.width = width;
        this.height = height;
        this.rate = rate;
        this.frames = frames;
        this.cell = Math.max(4, width / (CODE_BITS + 4));
        this.ellipseAlpha = new byte[width * height];
        double cx = width / 2.0;
        double cy = height / 2.0;
        double rx = cx * 0.8;
        double ry = cy * 0.8;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x + 0.5 - cx) / rx;
                double dy = (y + 0.5 - cy) / ry;
                boolean inside = dx * dx + dy * dy <= 1 || y < cell;
                ellipseAlpha[y * width + x] = (byte) (inside ? 255 : 0);
            }
        }
    }

    @Override public int width() { return width; }

    @Override public int height() { return height; }

    @Override public FrameRate rate() { return rate; }

    @Override public long frameCount() { return frames; }

    /** Side of one code cell in pixels. */
    public int cell() { return cell; }

    /** Expected straight ARGB of pixel (x, y) in frame {@code frame}, before background and badge. */
    public int expected(long frame, int x, int y) {
        int a = ellipseAlpha[y * width + x] & 0xff;
        if (y < cell && x < CODE_BITS * cell) {
            int bit = (int) (frame >> (CODE_BITS - 1 - x / cell)) & 1;
            return a << 24 | (bit == 1 ? 0xffffff : 0);
        }
        int r = (int) (((x + 4 * frame) % width) * 255 / Math.max(1, width - 1));
        int g = y * 255 / Math.max(1, height - 1);
        return a << 24 | r << 16 | g << 8 | 64;
    }

    @Override
    public void render(long frame, IntBuffer out) {
        int shift = (int) ((4 * frame) % width);
        int codeWidth = CODE_BITS * cell;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int gb = (y * 255 / Math.max(1, height - 1)) << 8 | 64;
            for (int x = 0; x < width; x++) {
                int a = ellipseAlpha[row + x] & 0xff;
                int p;
                if (y < cell && x < codeWidth) {
                    int bit = (int) (frame >> (CODE_BITS - 1 - x / cell)) & 1;
                    p = bit == 1 ? 0xffffff : 0;
                } else {
                    int xs = x + shift;
                    if (xs >= width) xs -= width;
                    p = (xs * 255 / Math.max(1, width - 1)) << 16 | gb;
                }
                out.put(row + x, a << 24 | p);
            }
        }
    }

    /** Reads a frame number back from decoded ARGB pixels (threshold at mid-grey on the green channel). */
    public int decodeFrameNumber(java.util.function.IntBinaryOperator argbAt) {
        int n = 0;
        for (int k = 0; k < CODE_BITS; k++) {
            int p = argbAt.applyAsInt(k * cell + cell / 2, cell / 2);
            n = n << 1 | (((p >> 8) & 0xff) > 128 ? 1 : 0);
        }
        return n;
    }
}
