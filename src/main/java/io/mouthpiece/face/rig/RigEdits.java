package io.mouthpiece.face.rig;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.PointOffset;
import io.mouthpiece.core.face.RigCorrections;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure functions over user corrections; the project's undoable edit commands call these and store the
 * {@link RigCorrections} they return (undo = restore the previous value).
 */
public final class RigEdits {
    private final SixPointFit fit;

    public RigEdits(SixPointFit fit) { this.fit = fit; }

    /**
     * The landmarks a rig is built from: the manual six-point fit if there is one, else the detected landmarks; then
     * the per-point offsets.
     *
     * @param detected may be null when the detector found nothing (then a manual fit is required)
     */
    public FaceLandmarks apply(FaceLandmarks detected, RigCorrections c, int imageWidth, int imageHeight) {
        FaceLandmarks base;
        if (c.manualFit() != null) base = fit.fit(c.manualFit(), imageWidth, imageHeight);
        else if (detected != null) base = detected;
        else throw new IllegalArgumentException("No face landmarks: place the six points (eyes, nose tip, mouth corners, chin) for a manual fit");
        if (c.offsets().isEmpty()) return base;
        float[] p = base.xyz();
        for (PointOffset o : c.offsets()) {
            p[3 * o.index()] += (float) o.dx();
            p[3 * o.index() + 1] += (float) o.dy();
        }
        return new FaceLandmarks(base.imageWidth(), base.imageHeight(), p);
    }

    /** One landmark dragged by (dx, dy). */
    public static RigCorrections movePoint(RigCorrections c, int index, double dx, double dy) {
        return c.plus(List.of(new PointOffset(index, dx, dy)));
    }

    /** A whole group dragged rigidly by (dx, dy). */
    public static RigCorrections moveGroup(RigCorrections c, LandmarkGroup g, double dx, double dy) {
        List<PointOffset> l = new ArrayList<>();
        for (int i : g.indices()) l.add(new PointOffset(i, dx, dy));
        return c.plus(l);
    }

    /** Back to the detection: offsets and manual fit dropped. */
    public static RigCorrections reset() { return RigCorrections.NONE; }
}
