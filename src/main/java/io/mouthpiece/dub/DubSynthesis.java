package io.mouthpiece.dub;

import io.mouthpiece.core.face.TrackedFrame;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.media.ShotReader;

import java.util.List;

/**
 * Renders a dubbed range of a shot: for every output frame, the shot's own frame with the lower face of the frame
 * the selection chose composited in. Frames whose face is lost (in the output frame or the chosen one) are passed
 * through untouched and reported. Frames the selection flagged as unmatched (a shape the shot never shows) get
 * the nearest shape it has and are reported: the rig-interior stand-in for them is not built yet. Where the
 * selection jumps to another part of the footage, the jump is cross-dissolved over {@link #MORPH_FRAMES} frames
 * with the continuation of the run it left (a light stand-in for the morph of Video Rewrite). Reads the background
 * forward and the chosen frames through a second reader (runs of consecutive picks decode sequentially).
 */
public final class DubSynthesis {
    /** Receives each output frame in order. */
    @FunctionalInterface
    public interface FrameSink {
        void accept(long frame, int[] rgb, Status status) throws MediaException;
    }

    /**
     * What happened to one output frame: dubbed; left as it was because the face is lost or the tracker is unsure
     * of it (a hand or microphone over the mouth); dubbed with the nearest shape the shot has (flagged).
     */
    public enum Status { DUBBED, FACE_LOST, OCCLUDED, UNMATCHED }

    /** Frames over which a jump between runs of footage is cross-dissolved. */
    public static final int MORPH_FRAMES = 1;

    private DubSynthesis() {}

    /**
     * @param first     the output range's first frame in the shot; {@code selection.source()[k]} is output frame first + k
     * @param tracked   the shot's tracking, index = frame
     */
    public static int[] render(ShotReader background, ShotReader sources, List<TrackedFrame> tracked, long first,
                               MouthSelector.Selection selection, FrameSink sink, Progress progress) throws MediaException {
        LowerFaceCompositor compositor = new LowerFaceCompositor(), ghostCompositor = new LowerFaceCompositor();
        int[] counts = new int[Status.values().length];
        int ghost = -1, ghostLeft = 0, previousPick = -1;
        int n = selection.source().length;
        for (int k = 0; k < n; k++) {
            progress.checkCancelled();
            long frame = first + k;
            ShotReader.Picture bg = background.frame(frame);
            int pick = selection.source()[k];
            TrackedFrame out = tracked.get((int) frame), src = tracked.get(pick);
            Status status;
            int[] rgb;
            if (out.lost() || src.lost()) {
                status = Status.FACE_LOST;
                rgb = bg.rgb();
                compositor.reset();
                previousPick = -1;
                ghostLeft = 0;
            } else if (out.face().score() < MouthDatabase.MIN_CONFIDENCE) {
                status = Status.OCCLUDED;
                rgb = bg.rgb();
                compositor.reset();
                previousPick = -1;
                ghostLeft = 0;
            } else {
                if (out.shotChange()) {
                    compositor.reset();
                    previousPick = -1;
                    ghostLeft = 0;
                }
                if (previousPick >= 0 && pick != previousPick + 1) { // a jump: dissolve from where the run would go
                    ghost = previousPick + 1;
                    ghostLeft = MORPH_FRAMES;
                    ghostCompositor.reset();
                }
                ShotReader.Picture s = sources.frame(pick);
                rgb = compositor.composite(bg.width(), bg.height(), bg.rgb(), out.face().landmarks(), s.rgb(), src.face().landmarks()).rgb();
                if (ghostLeft > 0 && ghost < tracked.size() && ghost < sources.frameCount() && !tracked.get(ghost).lost()) {
                    ShotReader.Picture gp = sources.frame(ghost);
                    int[] from = ghostCompositor.composite(bg.width(), bg.height(), bg.rgb(), out.face().landmarks(), gp.rgb(),
                            tracked.get(ghost).face().landmarks()).rgb();
                    rgb = dissolve(from, rgb, 256 * (MORPH_FRAMES - ghostLeft + 1) / (MORPH_FRAMES + 1));
                    ghost++;
                    ghostLeft--;
                } else {
                    ghostLeft = 0;
                }
                previousPick = pick;
                status = selection.unmatched()[k] ? Status.UNMATCHED : Status.DUBBED;
            }
            counts[status.ordinal()]++;
            sink.accept(frame, rgb, status);
            progress.update((k + 1.0) / n, "Dubbing frame " + (k + 1) + " of " + n);
        }
        return counts;
    }

    /** {@code a} towards {@code b} by {@code w}/256 per channel; where a and b agree the result is exactly that pixel. */
    static int[] dissolve(int[] a, int[] b, int w) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            int x = a[i], y = b[i];
            if (x == y) {
                out[i] = x;
                continue;
            }
            int r = ((x >> 16 & 255) * (256 - w) + (y >> 16 & 255) * w + 128) >> 8;
            int g = ((x >> 8 & 255) * (256 - w) + (y >> 8 & 255) * w + 128) >> 8;
            int bl = ((x & 255) * (256 - w) + (y & 255) * w + 128) >> 8;
            out[i] = r << 16 | g << 8 | bl;
        }
        return out;
    }
}
