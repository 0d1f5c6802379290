package io.mouthpiece.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.IntBuffer;

/**
 * The visible "AI-generated" label: white text on a translucent dark pill in the bottom-right corner. Drawn once
 * with Java2D into a small straight-alpha ARGB tile, then blended into every frame, so the per-frame cost is only
 * the tile's pixels.
 */
public final class Badge {
    public static final String TEXT = "AI-generated";

    private final int[] tile;
    private final int tileW;
    private final int tileH;
    private final int x0;
    private final int y0;

    public Badge(int frameWidth, int frameHeight) {
        int fontPx = Math.max(9, Math.min(frameWidth, frameHeight) / 28);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, fontPx);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        pg.dispose();
        int pad = Math.max(2, fontPx / 3);
        int w = Math.min(frameWidth, fm.stringWidth(TEXT) + 2 * pad);
        int h = Math.min(frameHeight, fm.getAscent() + fm.getDescent() + pad);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRoundRect(0, 0, w, h, h / 2, h / 2);
        g.setColor(Color.WHITE);
        g.setFont(font);
        g.drawString(TEXT, pad, pad / 2 + fm.getAscent());
        g.dispose();
        this.tile = img.getRGB(0, 0, w, h, null, 0, w);   // straight ARGB
        this.tileW = w;
        this.tileH = h;
        int margin = Math.max(1, Math.min(frameWidth, frameHeight) / 60);
        this.x0 = Math.max(0, frameWidth - w - margin);
        this.y0 = Math.max(0, frameHeight - h - margin);
    }

    /** Blends the badge into a frame of the size given at construction. */
    public void stamp(IntBuffer argb, int frameWidth) {
        for (int y = 0; y < tileH; y++) {
            int row = (y0 + y) * frameWidth + x0;
            for (int x = 0; x < tileW; x++) {
                int i = row + x;
                argb.put(i, Pixels.over(tile[y * tileW + x], argb.get(i)));
            }
        }
    }

    /** Where the badge sits: x, y, width, height. */
    public int[] bounds() { return new int[] {x0, y0, tileW, tileH}; }
}
