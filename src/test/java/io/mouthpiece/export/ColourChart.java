package io.mouthpiece.export;

import io.mouthpiece.core.time.FrameRate;

import java.nio.IntBuffer;

/**
 * A still colour chart as a frame source: 6×4 flat patches (the 24 sRGB values of the ColorChecker Classic, whose
 * last row is a grey ramp from white to black, with pure red, green, blue, cyan, magenta and yellow swapped in for
 * six of the middle patches) filling the picture.
 */
final class ColourChart implements FrameSource {
    static final int COLS = 6, ROWS = 4;
    static final int[] PATCHES = {
            0x735244, 0xc29682, 0x627a9d, 0x576c43, 0x8580b1, 0x67bdaa,
            0xff0000, 0x00ff00, 0x0000ff, 0x00ffff, 0xff00ff, 0xffff00,
            0xd67e2c, 0x505ba6, 0xc15a63, 0x5e3c6c, 0x9dbc40, 0xe0a32e,
            0xffffff, 0xc8c8c8, 0xa0a0a0, 0x7a7a79, 0x555555, 0x000000};

    private final int width, height, frames;

    ColourChart(int width, int height, int frames) {
        this.width = width;
        this.height = height;
        this.frames = frames;
    }

    @Override public int width() { return width; }

    @Override public int height() { return height; }

    @Override public FrameRate rate() { return FrameRate.FPS_25; }

    @Override public long frameCount() { return frames; }

    @Override
    public void render(long frame, IntBuffer out) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) out.put(y * width + x, 0xff000000 | PATCHES[patchAt(x, y)]);
        }
    }

    int patchAt(int x, int y) { return Math.min(ROWS - 1, y * ROWS / height) * COLS + Math.min(COLS - 1, x * COLS / width); }

    /** The inner half of patch {@code i} (a quarter of its width and height kept clear on each side): {x0, y0, x1, y1}. */
    int[] inner(int i) {
        int c = i % COLS, r = i / COLS;
        int x0 = c * width / COLS, x1 = (c + 1) * width / COLS, y0 = r * height / ROWS, y1 = (r + 1) * height / ROWS;
        int mx = (x1 - x0) / 4, my = (y1 - y0) / 4;
        return new int[] {x0 + mx, y0 + my, x1 - mx, y1 - my};
    }
}
