package io.mouthpiece.face;

import io.mouthpiece.core.face.EyeIris;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceLandmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws mesh, lips, eyes, brows, irises and the face number on a copy of the image, for a person to check. */
public final class FaceOverlay {
    private final int[] triangles;

    public FaceOverlay(FaceTopology topology) { this.triangles = topology.triangles(); }

    public BufferedImage draw(BufferedImage source, List<FaceAnalysis> faces) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (int n = 0; n < faces.size(); n++) drawFace(g, faces.get(n), n);
        g.dispose();
        return out;
    }

    private void drawFace(Graphics2D g, FaceAnalysis f, int number) {
        FaceLandmarks lm = f.landmarks();
        double w = Math.max(f.box().width(), 1);
        float thin = (float) Math.max(0.6, w / 500), thick = (float) Math.max(1.2, w / 160);
        g.setStroke(new BasicStroke(thin));
        g.setColor(new Color(255, 255, 255, 90));
        for (int t = 0; t < triangles.length; t += 3) {
            Path2D p = new Path2D.Double();
            p.moveTo(lm.x(triangles[t]), lm.y(triangles[t]));
            p.lineTo(lm.x(triangles[t + 1]), lm.y(triangles[t + 1]));
            p.lineTo(lm.x(triangles[t + 2]), lm.y(triangles[t + 2]));
            p.closePath();
            g.draw(p);
        }
        g.setStroke(new BasicStroke(thick, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        polyline(g, lm, FaceIndices.FACE_OVAL, true, new Color(120, 200, 255));
        Color lips = new Color(255, 60, 90);
        polyline(g, lm, FaceIndices.LIPS_OUTER_UPPER, false, lips);
        polyline(g, lm, FaceIndices.LIPS_OUTER_LOWER, false, lips);
        Color inner = new Color(255, 170, 60);
        polyline(g, lm, FaceIndices.LIPS_INNER_UPPER, false, inner);
        polyline(g, lm, FaceIndices.LIPS_INNER_LOWER, false, inner);
        Color eyes = new Color(70, 255, 120);
        for (int[] e : new int[][] {FaceIndices.RIGHT_EYE_UPPER, FaceIndices.RIGHT_EYE_LOWER, FaceIndices.LEFT_EYE_UPPER, FaceIndices.LEFT_EYE_LOWER})
            polyline(g, lm, e, false, eyes);
        Color brows = new Color(255, 230, 60);
        polyline(g, lm, java.util.Arrays.copyOf(FaceIndices.RIGHT_BROW, 5), false, brows);
        polyline(g, lm, java.util.Arrays.copyOfRange(FaceIndices.RIGHT_BROW, 5, 10), false, brows);
        polyline(g, lm, java.util.Arrays.copyOf(FaceIndices.LEFT_BROW, 5), false, brows);
        polyline(g, lm, java.util.Arrays.copyOfRange(FaceIndices.LEFT_BROW, 5, 10), false, brows);
        if (f.iris() != null) {
            g.setColor(new Color(255, 0, 255));
            for (EyeIris e : List.of(f.iris().right(), f.iris().left())) {
                g.draw(new Ellipse2D.Double(e.cx() - e.radius(), e.cy() - e.radius(), 2 * e.radius(), 2 * e.radius()));
                double c = Math.max(1, e.radius() / 4);
                g.draw(new Line2D.Double(e.cx() - c, e.cy(), e.cx() + c, e.cy()));
                g.draw(new Line2D.Double(e.cx(), e.cy() - c, e.cx(), e.cy() + c));
            }
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(12, w / 12)));
        g.drawString(String.format("#%d %.2f", number, f.score()), (float) f.box().x0(), (float) f.box().y0() - 4);
    }

    private static void polyline(Graphics2D g, FaceLandmarks lm, int[] idx, boolean closed, Color c) {
        g.setColor(c);
        Path2D p = new Path2D.Double();
        p.moveTo(lm.x(idx[0]), lm.y(idx[0]));
        for (int i = 1; i < idx.length; i++) p.lineTo(lm.x(idx[i]), lm.y(idx[i]));
        if (closed) p.closePath();
        g.draw(p);
    }
}
