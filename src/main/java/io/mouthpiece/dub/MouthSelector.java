package io.mouthpiece.dub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses a source frame of the shot for every output frame (Video Rewrite's reordering): a Viterbi search over
 * the nearest candidates by target cost (shape, coarse class, teeth, head pose, brightness), with a join cost that
 * is zero when a pick is the previous pick's successor in the footage, so runs of real footage win over frame-by-
 * frame best matches. Frames whose best shape cost stays too high (a shape the shot never shows) are flagged.
 */
public final class MouthSelector {
    /**
     * Costs are squared differences over these scales (face widths, degrees, luma), times the weights.
     *
     * @param candidates   nearest frames per output frame (plus the successors of the previous frame's candidates)
     * @param join         cost of a cut between non-consecutive source frames
     * @param hold         cost of showing the same source frame again
     * @param unmatchedAt  shape cost (in squared scales) above which the best pick is flagged as not in the shot
     */
    public record Settings(int candidates, double apertureScale, double widthScale, double roundingScale,
                           double teethScale, double poseScale, double brightnessScale, double teethWeight,
                           double poseWeight, double brightnessWeight, double classWeight, double join, double hold,
                           double jumpShapeWeight, double unmatchedAt) {
        public static final Settings DEFAULT = new Settings(40, 0.012, 0.03, 0.08, 0.3, 4, 12, 0.5, 1, 0.5, 4, 3, 2,
                0.5, 9);
    }

    /**
     * The picks: {@code source[i]} for output frame i; {@code targetCost[i]} its target cost; {@code unmatched[i]}
     * when the shot has no frame near the asked shape (the rig's interior should stand in, and the user is told).
     */
    public record Selection(int[] source, double[] targetCost, boolean[] unmatched) {
        /** Output frames whose pick does not continue the previous pick's run (the first frame counts). */
        public int joins() {
            int j = source.length == 0 ? 0 : 1;
            for (int i = 1; i < source.length; i++) if (source[i] != source[i - 1] + 1) j++;
            return j;
        }

        public double meanRunLength() { return source.length == 0 ? 0 : (double) source.length / joins(); }

        public int unmatchedCount() {
            int n = 0;
            for (boolean u : unmatched) if (u) n++;
            return n;
        }
    }

    private final Settings s;

    public MouthSelector(Settings settings) { this.s = settings; }

    public MouthSelector() { this(Settings.DEFAULT); }

    public Selection select(List<MouthTarget> targets, MouthDatabase db, ShapeMapping mapping) {
        return select(targets, db, mapping, null);
    }

    /** Which shot frames may not stand in for output frame {@code i}: (i, shotFrame) → true to forbid. */
    @FunctionalInterface
    public interface Forbidden {
        boolean test(int output, int shotFrame);
    }

    /**
     * As {@link #select(List, MouthDatabase, ShapeMapping)}, never picking a frame {@code forbidden} rules out for an
     * output frame (null: none). Dubbing a line over most of its own shot uses it to keep each output frame's own
     * mouth, and its neighbours, from coming back: the range cannot be left out of the database as a whole there.
     */
    public Selection select(List<MouthTarget> targets, MouthDatabase db, ShapeMapping mapping, Forbidden forbidden) {
        if (db.usableCount() == 0) throw new IllegalArgumentException("the shot has no usable mouth frames");
        int t = targets.size();
        if (t == 0) return new Selection(new int[0], new double[0], new boolean[0]);
        int[][] cand = new int[t][];
        double[][] cost = new double[t][];
        double[][] acc = new double[t][];
        int[][] back = new int[t][];
        for (int i = 0; i < t; i++) {
            MouthTarget target = targets.get(i);
            cand[i] = candidates(target, db, mapping, i == 0 ? null : cand[i - 1], i, forbidden);
            cost[i] = new double[cand[i].length];
            for (int k = 0; k < cand[i].length; k++) cost[i][k] = targetCost(target, db.get(cand[i][k]), mapping);
            acc[i] = new double[cand[i].length];
            back[i] = new int[cand[i].length];
            for (int k = 0; k < cand[i].length; k++) {
                if (i == 0) {
                    acc[i][k] = cost[i][k];
                    continue;
                }
                double best = Double.MAX_VALUE;
                int arg = 0;
                for (int p = 0; p < cand[i - 1].length; p++) {
                    double c = acc[i - 1][p] + joinCost(db, cand[i - 1][p], cand[i][k]);
                    if (c < best) {
                        best = c;
                        arg = p;
                    }
                }
                acc[i][k] = best + cost[i][k];
                back[i][k] = arg;
            }
        }
        int[] source = new int[t];
        double[] tc = new double[t];
        boolean[] unmatched = new boolean[t];
        int k = argmin(acc[t - 1]);
        for (int i = t - 1; i >= 0; i--) {
            source[i] = cand[i][k];
            tc[i] = cost[i][k];
            k = back[i][k];
        }
        for (int i = 0; i < t; i++) {
            double bestShape = Double.MAX_VALUE;
            for (int c : cand[i]) bestShape = Math.min(bestShape, shapeCost(targets.get(i).shape(), MouthShape.of(db.get(c))));
            unmatched[i] = bestShape > s.unmatchedAt();
        }
        return new Selection(source, tc, unmatched);
    }

    /** The K frames with the lowest target cost, plus the successors of the previous output frame's candidates. */
    int[] candidates(MouthTarget target, MouthDatabase db, ShapeMapping mapping, int[] previous) {
        return candidates(target, db, mapping, previous, 0, null);
    }

    int[] candidates(MouthTarget target, MouthDatabase db, ShapeMapping mapping, int[] previous, int output, Forbidden forbidden) {
        int n = db.usableCount(), k = Math.min(s.candidates(), n);
        // the k cheapest by a bounded max-heap: O(n log k) per output frame rather than a full sort of the shot
        java.util.PriorityQueue<double[]> heap = new java.util.PriorityQueue<>(k + 1, (a, b) -> Double.compare(b[0], a[0]));
        for (int j = 0; j < n; j++) {
            if (forbidden != null && forbidden.test(output, db.usableAt(j))) continue;
            double c = targetCost(target, db.get(db.usableAt(j)), mapping);
            if (heap.size() < k) heap.add(new double[] {c, j});
            else if (c < heap.peek()[0]) {
                heap.poll();
                heap.add(new double[] {c, j});
            }
        }
        Integer[] order = new Integer[heap.size()];
        double[][] kept = heap.toArray(new double[0][]);
        java.util.Arrays.sort(kept, (a, b) -> Double.compare(a[0], b[0]));
        for (int j = 0; j < kept.length; j++) order[j] = (int) kept[j][1];
        Set<Integer> out = new LinkedHashSet<>();
        for (Integer j : order) out.add(db.usableAt(j));
        if (previous != null) {
            for (int p : previous) {
                int next = db.next(p);
                if (next >= 0 && (forbidden == null || !forbidden.test(output, next))) out.add(next);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no frame of the shot may stand in for output frame " + output);
        List<Integer> list = new ArrayList<>(out);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    double targetCost(MouthTarget t, MouthDescriptor d, ShapeMapping mapping) {
        MouthShape shape = MouthShape.of(d);
        double c = shapeCost(t.shape(), shape);
        c += s.teethWeight() * sq((t.shape().teeth() - d.teeth()) / s.teethScale());
        c += s.poseWeight() * (sq((t.yaw() - d.yaw()) / s.poseScale()) + sq((t.pitch() - d.pitch()) / s.poseScale())
                + sq((t.roll() - d.roll()) / s.poseScale()));
        c += s.brightnessWeight() * sq((t.brightness() - d.brightness()) / s.brightnessScale());
        if (mapping.classOf(shape) != t.mouthClass()) c += s.classWeight();
        return c;
    }

    double shapeCost(MouthShape a, MouthShape b) {
        return sq((a.aperture() - b.aperture()) / s.apertureScale()) + sq((a.width() - b.width()) / s.widthScale())
                + sq((a.rounding() - b.rounding()) / s.roundingScale());
    }

    double joinCost(MouthDatabase db, int previous, int pick) {
        int next = db.next(previous);
        if (pick == next) return 0;
        if (pick == previous) return s.hold();
        // a jump: the fixed cost plus how far the picked mouth is from where the footage would have gone
        MouthShape from = MouthShape.of(db.get(next >= 0 ? next : previous));
        return s.join() + s.jumpShapeWeight() * shapeCost(from, MouthShape.of(db.get(pick)));
    }

    private static int argmin(double[] v) {
        int a = 0;
        for (int i = 1; i < v.length; i++) if (v[i] < v[a]) a = i;
        return a;
    }

    private static double sq(double v) { return v * v; }
}
