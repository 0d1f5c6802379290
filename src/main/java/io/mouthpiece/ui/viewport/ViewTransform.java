package io.mouthpiece.ui.viewport;

/**
 * Zoom and pan of the picture inside the viewer: a picture pixel (x, y) shows at view point
 * (tx + x·scale, ty + y·scale). "Fit" is a mode that follows the view's size until the user zooms or pans.
 */
public final class ViewTransform {
    static final double MIN_SCALE = 0.05, MAX_SCALE = 32;
    private static final double FIT_MARGIN = 14;

    private double scale = 1, tx, ty;
    private boolean fit = true;

    public double scale() { return scale; }
    public double tx() { return tx; }
    public double ty() { return ty; }
    public boolean isFit() { return fit; }

    /** Recomputes the placement for a view and picture size (fit mode fits; otherwise keeps zoom and pan). */
    public void layout(double viewW, double viewH, double picW, double picH) {
        if (!fit || picW <= 0 || picH <= 0) return;
        double w = Math.max(1, viewW - 2 * FIT_MARGIN), h = Math.max(1, viewH - 2 * FIT_MARGIN);
        scale = Math.min(w / picW, h / picH);
        tx = (viewW - picW * scale) / 2;
        ty = (viewH - picH * scale) / 2;
    }

    /** Fit the picture into the view (and keep fitting as the view resizes). */
    public void fit(double viewW, double viewH, double picW, double picH) {
        fit = true;
        layout(viewW, viewH, picW, picH);
    }

    /** Sets an absolute zoom about the view point (px, py), which stays over the same picture point. */
    public void zoomTo(double newScale, double px, double py) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        tx = px - (px - tx) * s / scale;
        ty = py - (py - ty) * s / scale;
        scale = s;
        fit = false;
    }

    /** 100%: one picture pixel per view pixel, centred in the view. */
    public void actualSize(double viewW, double viewH, double picW, double picH) {
        fit = false;
        scale = 1;
        tx = Math.round((viewW - picW) / 2);
        ty = Math.round((viewH - picH) / 2);
    }

    public void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
        fit = false;
    }

    public double viewX(double x) { return tx + x * scale; }
    public double viewY(double y) { return ty + y * scale; }

    /** The picture point under view point x (the inverse of {@link #viewX}). */
    public double imageX(double viewX) { return (viewX - tx) / scale; }
    public double imageY(double viewY) { return (viewY - ty) / scale; }
}
