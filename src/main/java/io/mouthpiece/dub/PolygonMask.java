package io.mouthpiece.dub;

/**
 * A polygon rasterised over its bounding box (clipped to the image): {@code inside[(y − y0) · w + (x − x0)]} is 1
 * where the pixel centre lies inside (even–odd rule). Used for the inner-lip area (teeth) and the lower-face mask.
 */
public record PolygonMask(int x0, int y0, int w, int h, byte[] inside, int area) {

    /** Rasterises the closed polygon {@code xs[i], ys[i]} inside an image of {@code imageW × imageH}. */
    public static PolygonMask of(double[] xs, double[] ys, int imageW, int imageH) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        int x0 = Math.max(0, (int) Math.floor(minX)), y0 = Math.max(0, (int) Math.floor(minY));
        int x1 = Math.min(imageW - 1, (int) Math.ceil(maxX)), y1 = Math.min(imageH - 1, (int) Math.ceil(maxY));
        if (x1 < x0 || y1 < y0) return new PolygonMask(0, 0, 0, 0, new byte[0], 0);
        int w = x1 - x0 + 1, h = y1 - y0 + 1;
        byte[] in = new byte[w * h];
        double[] cross = new double[xs.length];
        int area = 0;
        for (int y = y0; y <= y1; y++) {
            double cy = y + 0.5;
            int n = 0;
            for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                if ((ys[i] > cy) != (ys[j] > cy)) cross[n++] = xs[i] + (cy - ys[i]) / (ys[j] - ys[i]) * (xs[j] - xs[i]);
            }
            java.util.Arrays.sort(cross, 0, n);
            for (int k = 0; k + 1 < n; k += 2) {
                int from = Math.max(x0, (int) Math.ceil(cross[k] - 0.5)), to = Math.min(x1, (int) Math.ceil(cross[k + 1] - 0.5) - 1);
                for (int x = from; x <= to; x++) {
                    in[(y - y0) * w + (x - x0)] = 1;
                    area++;
                }
            }
        }
        return new PolygonMask(x0, y0, w, h, in, area);
    }

    public boolean contains(int x, int y) {
        int lx = x - x0, ly = y - y0;
        return lx >= 0 && ly >= 0 && lx < w && ly < h && inside[ly * w + lx] != 0;
    }
}
