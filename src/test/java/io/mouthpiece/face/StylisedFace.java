package io.mouthpiece.face;

import io.mouthpiece.core.face.Point2;
import io.mouthpiece.core.face.SixPoints;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/** A flat cartoon face drawn with Java2D, with the six points a user would click. */
final class StylisedFace {
    static final int SIZE = 400;
    static final SixPoints POINTS = new SixPoints(new Point2(150, 170), new Point2(250, 170), new Point2(200, 225),
            new Point2(160, 270), new Point2(240, 270), new Point2(200, 335));

    private StylisedFace() {}

    static BufferedImage draw() {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(120, 190, 230));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(new Color(250, 205, 160));
        g.fill(new Ellipse2D.Double(95, 80, 210, 265));                       // head
        g.setColor(new Color(110, 60, 30));
        g.fill(new Arc2D.Double(85, 60, 230, 160, 0, 180, Arc2D.CHORD));     // hair
        for (Point2 e : new Point2[] {POINTS.rightEye(), POINTS.leftEye()}) {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(e.x() - 24, e.y() - 15, 48, 30));
            g.setColor(new Color(60, 120, 60));
            g.fill(new Ellipse2D.Double(e.x() - 11, e.y() - 11, 22, 22));
            g.setColor(Color.BLACK);
            g.fill(new Ellipse2D.Double(e.x() - 5, e.y() - 5, 10, 10));
            g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(90, 50, 25));
            g.draw(new Arc2D.Double(e.x() - 28, e.y() - 42, 56, 30, 20, 140, Arc2D.OPEN));   // brow
        }
        g.setColor(new Color(215, 150, 115));
        Path2D nose = new Path2D.Double();
        nose.moveTo(200, 180);
        nose.lineTo(188, 228);
        nose.lineTo(212, 228);
        nose.closePath();
        g.fill(nose);
        g.setColor(new Color(190, 50, 60));
        Path2D mouth = new Path2D.Double();
        mouth.moveTo(160, 270);
        mouth.quadTo(200, 256, 240, 270);
        mouth.quadTo(200, 300, 160, 270);
        g.fill(mouth);
        g.dispose();
        return img;
    }
}
