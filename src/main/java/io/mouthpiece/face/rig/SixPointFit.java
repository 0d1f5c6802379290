package io.mouthpiece.face.rig;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.Point2;
import io.mouthpiece.core.face.SixPoints;
import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.face.FaceTopology;

import java.util.List;

/**
 * Fits the canonical 3D face to six user-placed points for faces the detector misses (cartoons, paintings). A
 * thin-plate spline from the canonical face's front view to the image passes exactly through the six points, so a
 * stylised face with big eyes or a wide mouth gets its proportions; far from the points it is an affine map. Depth
 * is the canonical depth at the fit's scale.
 */
public final class SixPointFit {
    private final FaceTopology topology;
    private final double[][] canonical6;

    public SixPointFit(FaceTopology topology) {
        this.topology = topology;
        this.canonical6 = new double[][] {
                centre(FaceIndices.rightEyeLoop()), centre(FaceIndices.leftEyeLoop()), front(FaceIndices.NOSE_TIP),
                front(FaceIndices.MOUTH_RIGHT), front(FaceIndices.MOUTH_LEFT), front(FaceIndices.CHIN)};
    }

    public FaceLandmarks fit(SixPoints six, int imageWidth, int imageHeight) {
        List<Point2> pts = six.asList();
        double[] tx = new double[6], ty = new double[6];
        for (int i = 0; i < 6; i++) { tx[i] = pts.get(i).x(); ty[i] = pts.get(i).y(); }
        double eyeDist = pts.get(0).distance(pts.get(1));
        double chinToEyes = pts.get(5).distance(new Point2((tx[0] + tx[1]) / 2, (ty[0] + ty[1]) / 2));
        if (eyeDist < 2 || chinToEyes < 2) throw new IllegalArgumentException("The six points are too close together to fit a face");
        ThinPlateSpline splX = new ThinPlateSpline(canonical6, tx), splY = new ThinPlateSpline(canonical6, ty);
        double scale = eyeDist / Math.hypot(canonical6[1][0] - canonical6[0][0], canonical6[1][1] - canonical6[0][1]);
        float[] out = new float[FaceLandmarks.COUNT * 3];
        double zMean = 0;
        for (int i = 0; i < FaceLandmarks.COUNT; i++) zMean += topology.cz(i) / FaceLandmarks.COUNT;
        double[][] front = closedMouthFront();
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            double[] c = front[i];
            out[3 * i] = (float) splX.apply(c[0], c[1]);
            out[3 * i + 1] = (float) splY.apply(c[0], c[1]);
            out[3 * i + 2] = (float) (-(topology.cz(i) - zMean) * scale);   // canonical z points at the viewer
        }
        return new FaceLandmarks(imageWidth, imageHeight, out);
    }

    /**
     * The canonical face's lips are slightly parted; a face placed by hand is a rest pose, so the inner-lip pairs
     * meet on their middle line (the rig then starts closed and jawOpen opens it).
     */
    private double[][] closedMouthFront() {
        double[][] f = new double[FaceLandmarks.COUNT][];
        for (int i = 0; i < FaceLandmarks.COUNT; i++) f[i] = front(i);
        int[] up = FaceIndices.LIPS_INNER_UPPER, lo = FaceIndices.LIPS_INNER_LOWER;
        for (int k = 1; k < up.length - 1; k++) {
            double[] a = f[up[k]], b = f[lo[k]];
            double mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
            f[up[k]] = new double[] {mx, my};
            f[lo[k]] = new double[] {mx, my};
        }
        return f;
    }

    /** The canonical point seen from the front, image-style (y down), in cm. */
    private double[] front(int i) { return new double[] {topology.cx(i), -topology.cy(i)}; }

    private double[] centre(int[] loop) {
        double x = 0, y = 0;
        for (int i : loop) { double[] f = front(i); x += f[0]; y += f[1]; }
        return new double[] {x / loop.length, y / loop.length};
    }
}
