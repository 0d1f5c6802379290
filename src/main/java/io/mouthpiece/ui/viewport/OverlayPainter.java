package io.mouthpiece.ui.viewport;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.RenderScene;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.rig.RigDeformer;
import io.mouthpiece.service.TakeScene;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the viewer's overlays in view coordinates: the rig's triangle mesh and the 468 landmarks, both
 * <b>deformed</b> to the shown frame's pose (the same {@link RigDeformer} the renderer runs, so the wireframe moves
 * with the mouth), and the export frame with its action-safe (90%) and title-safe (80%) rectangles, placed the way
 * the exporter letterboxes the picture into the project's output size.
 */
final class OverlayPainter {
    private static final Color MESH = Color.rgb(110, 215, 255, 0.55);
    private static final Color RING = Color.rgb(110, 215, 255, 0.3);
    private static final Color POINT = Color.rgb(255, 205, 70, 0.95);
    private static final Color FRAME = Color.rgb(255, 255, 255, 0.55);
    private static final Color SAFE = Color.rgb(255, 205, 70, 0.7);

    private TakeScene scene;
    private RenderScene prepared;
    private List<RigDeformer> deformers = List.of();

    void setScene(TakeScene s) { scene = s; }

    void paint(GraphicsContext g, double w, double h, ViewTransform v, Rational time, boolean rest,
               boolean mesh, boolean landmarks, boolean safe) {
        g.clearRect(0, 0, w, h);
        TakeScene s = scene;
        if (s == null || !(mesh || landmarks || safe)) return;
        if (mesh || landmarks) {
            List<RigDeformer> ds = deformers(s.scene());
            List<ChannelValues> poses = rest ? null : s.channelsAt(time);
            for (int k = 0; k < ds.size(); k++) {
                RigGeometry rig = s.scene().characters().get(k);
                float[] xy = rest || poses.get(k).equals(ChannelValues.rest()) ? restXy(rig) : ds.get(k).deform(poses.get(k)).xy();
                if (mesh) drawMesh(g, v, rig, xy);
                if (landmarks) drawPoints(g, v, xy);
            }
        }
        if (safe) drawSafe(g, v, s.scene().image().width(), s.scene().image().height(), s.project().width(), s.project().height());
    }

    /**
     * Each animated character's 468 landmarks (then the fade rings) as the frame at {@code time} shows them, image
     * pixels x0,y0,...: deformed to the pose, or at rest for the source side. Empty without a scene.
     */
    List<float[]> shownPoints(Rational time, boolean rest) {
        TakeScene s = scene;
        List<float[]> out = new ArrayList<>();
        if (s == null) return out;
        List<RigDeformer> ds = deformers(s.scene());
        List<ChannelValues> poses = rest ? null : s.channelsAt(time);
        for (int k = 0; k < ds.size(); k++) {
            RigGeometry rig = s.scene().characters().get(k);
            out.add(rest || poses.get(k).equals(ChannelValues.rest()) ? restXy(rig) : ds.get(k).deform(poses.get(k)).xy());
        }
        return out;
    }

    private List<RigDeformer> deformers(RenderScene rs) {
        if (rs != prepared) {
            List<RigDeformer> out = new ArrayList<>();
            for (RigGeometry rig : rs.characters()) out.add(new RigDeformer(rig));
            deformers = out;
            prepared = rs;
        }
        return deformers;
    }

    private static float[] restXy(RigGeometry rig) {
        float[] xy = new float[2 * rig.vertexCount()];
        for (int i = 0; i < rig.vertexCount(); i++) {
            xy[2 * i] = rig.x(i);
            xy[2 * i + 1] = rig.y(i);
        }
        return xy;
    }

    private static void drawMesh(GraphicsContext g, ViewTransform v, RigGeometry rig, float[] xy) {
        g.setLineWidth(Math.max(0.4, Math.min(1.0, 0.6 * v.scale())));
        int[][] sets = {rig.skinTriangles(), rig.mouthHoleTriangles(), rig.eyeHoleTriangles()};
        for (int pass = 0; pass < 2; pass++) {
            // pass 0: the fade rings (dim), pass 1: the face itself
            g.setStroke(pass == 0 ? RING : MESH);
            g.beginPath();
            for (int[] tris : sets) {
                for (int t = 0; t + 2 < tris.length; t += 3) {
                    int a = tris[t], b = tris[t + 1], c = tris[t + 2];
                    boolean ring = a >= RigGeometry.LANDMARKS || b >= RigGeometry.LANDMARKS || c >= RigGeometry.LANDMARKS;
                    if (ring != (pass == 0)) continue;
                    g.moveTo(v.viewX(xy[2 * a]), v.viewY(xy[2 * a + 1]));
                    g.lineTo(v.viewX(xy[2 * b]), v.viewY(xy[2 * b + 1]));
                    g.lineTo(v.viewX(xy[2 * c]), v.viewY(xy[2 * c + 1]));
                    g.closePath();
                }
            }
            g.stroke();
        }
    }

    private static void drawPoints(GraphicsContext g, ViewTransform v, float[] xy) {
        g.setFill(POINT);
        double r = Math.max(1.0, Math.min(2.5, v.scale() * 1.2));
        for (int i = 0; i < RigGeometry.LANDMARKS; i++) {
            g.fillOval(v.viewX(xy[2 * i]) - r, v.viewY(xy[2 * i + 1]) - r, 2 * r, 2 * r);
        }
    }

    /** The output frame around the picture (the picture fitted inside it, centred), then 90% and 80% of it. */
    private static void drawSafe(GraphicsContext g, ViewTransform v, double picW, double picH, double outW, double outH) {
        double k = Math.min(outW / picW, outH / picH); // output px per picture px
        double fw = outW / k, fh = outH / k;           // the frame in picture px
        double fx = (picW - fw) / 2, fy = (picH - fh) / 2;
        g.setLineDashes();
        g.setLineWidth(1);
        g.setStroke(FRAME);
        rect(g, v, fx, fy, fw, fh);
        g.setStroke(SAFE);
        g.setLineDashes(6, 4);
        for (double f : new double[]{0.9, 0.8}) rect(g, v, fx + fw * (1 - f) / 2, fy + fh * (1 - f) / 2, fw * f, fh * f);
        g.setLineDashes();
    }

    private static void rect(GraphicsContext g, ViewTransform v, double x, double y, double w, double h) {
        g.strokeRect(v.viewX(x), v.viewY(y), w * v.scale(), h * v.scale());
    }
}
