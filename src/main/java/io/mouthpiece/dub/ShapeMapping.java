package io.mouthpiece.dub;

import io.mouthpiece.core.motion.Channel;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Maps a frame's motion-layer channels (jawOpen, mouthClose, mouthPucker, …) into the descriptor space of one shot:
 * the aperture, width, rounding and teeth share this actor's mouth would show. Linear in six channel features.
 * {@link #calibrated} fits it by least squares on frames whose channels are known (the lip sync of the shot's own
 * audio); {@link #fromShot} starts from the shot's rest mouth with gains measured on the rig.
 */
public final class ShapeMapping {
    /** Channel features: 1, opening, rounding, spreading, lower lip down, upper lip up. */
    static final int FEATURES = 6;
    /** Rig-measured defaults (MouthMeasureTest: aperture/W 0.075 → 0.16 over jawOpen 0 → 0.9). */
    static final double APERTURE_PER_OPEN = 0.10;

    private final double[][] weights; // [aperture, width, rounding, teeth][feature]
    private final MouthShape rest;

    private ShapeMapping(double[][] weights, MouthShape rest) {
        this.weights = weights;
        this.rest = rest;
    }

    /** The shot's rest mouth: the median shape of its least open fifth of usable frames. */
    public static MouthShape restOf(MouthDatabase db) {
        int[] f = db.usableFrames();
        if (f.length == 0) throw new IllegalArgumentException("the shot has no usable mouth frames");
        double[] ap = new double[f.length];
        for (int k = 0; k < f.length; k++) ap[k] = db.get(f[k]).aperture();
        double limit = Stats.quantile(ap, 0.2);
        java.util.List<MouthDescriptor> closed = java.util.Arrays.stream(f).mapToObj(db::get).filter(d -> d.aperture() <= limit).toList();
        return new MouthShape(median(closed, MouthDescriptor::aperture), median(closed, MouthDescriptor::width),
                median(closed, MouthDescriptor::rounding), median(closed, MouthDescriptor::teeth));
    }

    /** Default gains around the shot's rest mouth; no calibration data needed. */
    public static ShapeMapping fromShot(MouthDatabase db) {
        MouthShape r = restOf(db);
        double[] teeth = java.util.Arrays.stream(db.usableFrames()).mapToDouble(i -> db.get(i).teeth()).toArray();
        double teethGain = Math.max(0, Stats.quantile(teeth, 0.9) - r.teeth());
        double[][] w = {
                {r.aperture(), APERTURE_PER_OPEN, 0, 0, 0.03, 0.02},
                {r.width(), 0, -0.2 * r.width(), 0.12 * r.width(), 0, 0},
                {r.rounding(), 0.8 * APERTURE_PER_OPEN / Math.max(0.1, r.width()), 0.5 * r.rounding(), -0.2 * r.rounding(), 0, 0},
                {r.teeth(), teethGain, -0.5 * teethGain, 0.2 * teethGain, 0, 0}};
        return new ShapeMapping(w, r);
    }

    /**
     * Least-squares fit (lightly ridge-regularised towards {@link #fromShot}) of the shape from channels over the
     * usable frames that have channels: {@code channels.get(i)} belongs to frame i, null where unknown.
     */
    public static ShapeMapping calibrated(MouthDatabase db, List<? extends ChannelSource> channels) {
        ShapeMapping prior = fromShot(db);
        double lambda = 1e-3;
        double[][] ata = new double[FEATURES][FEATURES];
        double[][] atb = new double[4][FEATURES];
        int n = 0;
        for (int i : db.usableFrames()) {
            if (i >= channels.size() || channels.get(i) == null) continue;
            double[] x = features(channels.get(i));
            double[] y = vector(MouthShape.of(db.get(i)));
            for (int a = 0; a < FEATURES; a++) {
                for (int b = 0; b < FEATURES; b++) ata[a][b] += x[a] * x[b];
                for (int k = 0; k < 4; k++) atb[k][a] += x[a] * y[k];
            }
            n++;
        }
        if (n < FEATURES * 2) return prior;
        double[][] w = new double[4][];
        for (int k = 0; k < 4; k++) {
            double[][] m = new double[FEATURES][FEATURES + 1];
            for (int a = 0; a < FEATURES; a++) {
                for (int b = 0; b < FEATURES; b++) m[a][b] = ata[a][b] + (a == b ? lambda * n : 0);
                m[a][FEATURES] = atb[k][a] + lambda * n * prior.weights[k][a];
            }
            w[k] = solve(m);
        }
        return new ShapeMapping(w, prior.rest);
    }

    public MouthShape rest() { return rest; }

    /** The shape the channels ask for. */
    public MouthShape shapeOf(ChannelSource c) {
        double[] x = features(c);
        double[] y = new double[4];
        for (int k = 0; k < 4; k++) for (int a = 0; a < FEATURES; a++) y[k] += weights[k][a] * x[a];
        return new MouthShape(Math.max(0, y[0]), Math.max(0.01, y[1]), Math.max(0, y[2]), Math.clamp(y[3], 0, 1));
    }

    /** The coarse class of a shape relative to this shot's rest mouth. */
    public MouthClass classOf(MouthShape s) {
        return MouthClass.of(s.aperture() - rest.aperture(), s.width() / rest.width());
    }

    static double[] features(ChannelSource c) {
        double open = c.get(Channel.JAW_OPEN) * (1 - c.get(Channel.MOUTH_CLOSE));
        double round = Math.min(1, c.get(Channel.MOUTH_PUCKER) + c.get(Channel.MOUTH_FUNNEL));
        double spread = Math.min(1, c.get(Channel.MOUTH_STRETCH) + (c.get(Channel.MOUTH_SMILE_LEFT) + c.get(Channel.MOUTH_SMILE_RIGHT)) / 2);
        return new double[] {1, open, round, spread, c.get(Channel.MOUTH_LOWER_DOWN), c.get(Channel.MOUTH_UPPER_UP)};
    }

    private static double[] vector(MouthShape s) { return new double[] {s.aperture(), s.width(), s.rounding(), s.teeth()}; }

    /** Solves an augmented n × (n+1) system (a singular column is skipped, see {@link GaussJordan#reduce}). */
    private static double[] solve(double[][] m) {
        int n = m.length;
        GaussJordan.reduce(m);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = m[i][n];
        return x;
    }

    private static double median(List<MouthDescriptor> ds, ToDoubleFunction<MouthDescriptor> f) {
        return Stats.quantile(ds.stream().mapToDouble(f).toArray(), 0.5);
    }

    /** Channel values of one frame (the render package's ChannelValues fits through a method reference). */
    @FunctionalInterface
    public interface ChannelSource {
        double get(Channel channel);
    }
}
