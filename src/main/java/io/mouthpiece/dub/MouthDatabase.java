package io.mouthpiece.dub;

import io.mouthpiece.core.face.TrackedFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The shot's frames as mouth samples: each frame's descriptor, whether it may be used (face tracked, not blurred,
 * not excluded), and its successor — the next frame when nothing breaks the run (a cut, a lost or unusable frame).
 * Descriptors only: pictures are read back from the shot when a frame is chosen, so memory is flat in shot length
 * (~100 bytes per frame).
 */
public final class MouthDatabase {
    /** A frame whose sharpness is under this share of the shot's median is skipped as blurred. */
    public static final double BLUR_SHARE = 0.5;
    /** Frames the tracker is less sure of than this are skipped. */
    public static final double MIN_CONFIDENCE = 0.5;

    private final List<MouthDescriptor> frames;
    private final boolean[] usable;
    private final boolean[] cutBefore;
    private final int[] usableIndex;
    private final String[] skipReason;

    private MouthDatabase(List<MouthDescriptor> frames, boolean[] cutBefore, IntPredicate excluded) {
        this.frames = List.copyOf(frames);
        this.cutBefore = cutBefore;
        int n = frames.size();
        usable = new boolean[n];
        skipReason = new String[n];
        double[] sharp = frames.stream().filter(d -> !d.lost()).mapToDouble(MouthDescriptor::sharpness).toArray();
        double blurLimit = BLUR_SHARE * Stats.quantile(sharp, 0.5);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MouthDescriptor d = frames.get(i);
            if (d.lost()) skipReason[i] = "face lost";
            else if (d.confidence() < MIN_CONFIDENCE) skipReason[i] = "tracking unsure";
            else if (d.sharpness() < blurLimit) skipReason[i] = "blurred";
            else if (excluded.test(i)) skipReason[i] = "excluded";
            usable[i] = skipReason[i] == null;
            if (usable[i]) idx.add(i);
        }
        usableIndex = idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The shot's descriptors (index = frame) with its tracking (for cuts). */
    public static MouthDatabase of(List<MouthDescriptor> descriptors, List<TrackedFrame> tracked) {
        return of(descriptors, tracked, i -> false);
    }

    /** As {@link #of(List, List)}, leaving out the frames {@code excluded} says (e.g. the dubbed line's own range). */
    public static MouthDatabase of(List<MouthDescriptor> descriptors, List<TrackedFrame> tracked, IntPredicate excluded) {
        if (descriptors.size() != tracked.size()) {
            throw new IllegalArgumentException(descriptors.size() + " descriptors for " + tracked.size() + " tracked frames");
        }
        boolean[] cuts = new boolean[descriptors.size()];
        for (int i = 0; i < cuts.length; i++) cuts[i] = tracked.get(i).shotChange();
        return new MouthDatabase(descriptors, cuts, excluded);
    }

    public int size() { return frames.size(); }

    public MouthDescriptor get(int frame) { return frames.get(frame); }

    public boolean usable(int frame) { return usable[frame]; }

    /** Why a frame is not used, or null when it is. */
    public String skipReason(int frame) { return skipReason[frame]; }

    /** The usable frames, ascending. */
    public int[] usableFrames() { return usableIndex.clone(); }

    int usableCount() { return usableIndex.length; }

    int usableAt(int k) { return usableIndex[k]; }

    /** The frame that continues a run from {@code frame}, or -1 at a cut, the end, or an unusable frame. */
    public int next(int frame) {
        int n = frame + 1;
        return n < frames.size() && usable[n] && !cutBefore[n] ? n : -1;
    }
}
