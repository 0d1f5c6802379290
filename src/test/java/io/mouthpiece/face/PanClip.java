package io.mouthpiece.face;

import io.mouthpiece.media.VideoFrameWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A generated clip from the astronaut photo with known camera moves, so tracking has ground truth: each frame shows
 * the source window (x0, y0, side) scaled to the frame size. Segments: still, fast pan, blank (face lost + cut),
 * still zoomed in.
 */
final class PanClip {
    static final int FRAMES = 48;
    final int size;

    PanClip(int size) { this.size = size; }

    /** Source window {x0, y0, side} of frame i, or null for a blank frame. */
    double[] window(int i) {
        if (i < 12) return new double[] {60, 0, 320};
        if (i < 24) return new double[] {60 + 8 * (i - 11), 0, 320};
        if (i < 28) return null;
        return new double[] {120, 20, 260};
    }

    BufferedImage frame(BufferedImage src, int i) {
        BufferedImage f = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = f.createGraphics();
        double[] w = window(i);
        if (w == null) {
            g.setColor(new Color(40, 60, 90));
            g.fillRect(0, 0, size, size);
        } else {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double s = size / w[2];
            g.scale(s, s);
            g.translate(-w[0], -w[1]);
            g.drawImage(src, 0, 0, null);
        }
        g.dispose();
        return f;
    }

    /** Source-image point → frame point for frame i. */
    double[] toFrame(int i, double x, double y) {
        double[] w = window(i);
        double s = size / w[2];
        return new double[] {(x - w[0]) * s, (y - w[1]) * s};
    }

    Path write(BufferedImage src, Path file) throws Exception {
        try (VideoFrameWriter w = new VideoFrameWriter(file, size, size, 30)) {
            for (int i = 0; i < FRAMES; i++) w.write(frame(src, i));
        }
        return file;
    }
}
