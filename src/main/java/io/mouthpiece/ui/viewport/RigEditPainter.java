package io.mouthpiece.ui.viewport;

import io.mouthpiece.render.RigGeometry;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the rig edit mode over the viewer: every landmark as a handle, the hovered point (or its group) highlighted,
 * and while dragging the grabbed points at their new place with a line back to where they were.
 */
final class RigEditPainter {
    private static final Color HANDLE = Color.rgb(255, 205, 70, 0.85);
    private static final Color HANDLE_EDGE = Color.rgb(20, 20, 20, 0.55);
    private static final Color HOT = Color.rgb(90, 230, 140);
    private static final Color TRAIL = Color.rgb(90, 230, 140, 0.7);

    private RigEditPainter() {}

    static void paint(GraphicsContext g, ViewTransform v, List<RigEditViewModel.Points> points, RigEditViewModel vm) {
        RigEditViewModel.Target hot = vm.dragTarget() != null ? vm.dragTarget() : vm.hoveredProperty().get();
        double ox = vm.dragDx() * v.scale(), oy = vm.dragDy() * v.scale();
        double r = Math.max(1.5, Math.min(2.6, v.scale() * 1.0));
        g.setLineDashes();
        for (RigEditViewModel.Points p : points) {
            float[] xy = p.xy();
            g.setFill(HANDLE);
            g.setStroke(HANDLE_EDGE);
            g.setLineWidth(0.8);
            for (int i = 0; i < RigGeometry.LANDMARKS; i++) {
                if (hot != null && hot.contains(p.actorId(), i)) continue;
                double x = v.viewX(xy[2 * i]), y = v.viewY(xy[2 * i + 1]);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            if (hot == null || !hot.actorId().equals(p.actorId())) continue;
            boolean dragging = vm.dragTarget() != null;
            g.setStroke(TRAIL);
            g.setLineWidth(1);
            g.setFill(HOT);
            for (int i : hot.indices()) {
                double x = v.viewX(xy[2 * i]), y = v.viewY(xy[2 * i + 1]);
                if (dragging && (ox != 0 || oy != 0)) g.strokeLine(x, y, x + ox, y + oy);
                double rr = i == hot.landmark() ? r * 1.9 : r * 1.3;
                g.fillOval(x + ox - rr, y + oy - rr, 2 * rr, 2 * rr);
            }
            double x = v.viewX(xy[2 * hot.landmark()]) + ox, y = v.viewY(xy[2 * hot.landmark() + 1]) + oy;
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            double ring = r * 3.2;
            g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
        }
    }
}
