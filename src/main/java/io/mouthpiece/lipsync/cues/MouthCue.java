package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;

import java.util.ArrayList;
import java.util.List;

/** One Rhubarb mouth cue: a shape held over [start, end). */
public record MouthCue(Rational start, Rational end, RhubarbShape shape) {
    /**
     * The shortest closure (A) in the cues: 50 ms, longer than a frame at 24 fps, so an engine that samples the cues once
     * per frame shows every closure. The analyser's inserted closures are one 10 ms frame.
     */
    public static final Rational MIN_CLOSURE = Rational.of(1, 20);
    /** What a neighbour keeps when a closure is widened into it. */
    private static final Rational MIN_NEIGHBOUR = Rational.of(1, 100);
    /**
     * The shortest other cue: one frame at 24 fps. A shorter one would flash for a single frame or not at all in an
     * engine that swaps mouth sprites per frame, so its time goes to a neighbour.
     */
    public static final Rational MIN_HOLD = Rational.of(1, 24);

    public Rational duration() { return end.subtract(start); }

    /**
     * Maps a viseme track to Rhubarb shapes, merging neighbours that land on the same shape; widens closures shorter
     * than {@link #MIN_CLOSURE}, first into the cue before (the lips shut before the plosive is heard), then into the one
     * after, each neighbour keeping at least 10 ms; then hands every other cue shorter than {@link #MIN_HOLD} to a
     * neighbour (one of another shape than a closure where it can, else the longer), shortest first. The cues still
     * cover the track from its start to its end without gaps.
     */
    public static List<MouthCue> fromTrack(VisemeTrack track) {
        List<MouthCue> out = new ArrayList<>();
        for (VisemeSegment s : track.segments()) {
            RhubarbShape shape = RhubarbShape.of(s.viseme());
            if (!out.isEmpty() && out.getLast().shape == shape) {
                out.set(out.size() - 1, new MouthCue(out.getLast().start, s.end(), shape));
            } else {
                out.add(new MouthCue(s.start(), s.end(), shape));
            }
        }
        widenClosures(out);
        absorbShortCues(out);
        return out;
    }

    private static void absorbShortCues(List<MouthCue> cues) {
        while (cues.size() > 1) {
            int shortest = -1;
            for (int i = 0; i < cues.size(); i++) {
                MouthCue c = cues.get(i);
                if (c.shape != RhubarbShape.A && c.duration().isBefore(MIN_HOLD)
                        && (shortest < 0 || c.duration().isBefore(cues.get(shortest).duration()))) shortest = i;
            }
            if (shortest < 0) return;
            MouthCue c = cues.get(shortest);
            MouthCue before = shortest > 0 ? cues.get(shortest - 1) : null;
            MouthCue after = shortest + 1 < cues.size() ? cues.get(shortest + 1) : null;
            boolean intoBefore;
            if (before == null || after == null) intoBefore = after == null;
            else if ((before.shape == RhubarbShape.A) != (after.shape == RhubarbShape.A)) intoBefore = after.shape == RhubarbShape.A;
            else intoBefore = !before.duration().isBefore(after.duration());
            cues.remove(shortest);
            if (intoBefore) {
                cues.set(shortest - 1, new MouthCue(before.start, c.end, before.shape));
            } else {
                cues.set(shortest, new MouthCue(c.start, after.end, after.shape));
            }
            // the absorbing cue may now touch a cue of its own shape
            for (int i = Math.max(1, shortest - 1); i < Math.min(cues.size(), shortest + 2); i++) {
                if (cues.get(i - 1).shape == cues.get(i).shape) {
                    cues.set(i - 1, new MouthCue(cues.get(i - 1).start, cues.get(i).end, cues.get(i).shape));
                    cues.remove(i);
                    i--;
                }
            }
        }
    }

    private static void widenClosures(List<MouthCue> cues) {
        for (int i = 0; i < cues.size(); i++) {
            MouthCue a = cues.get(i);
            Rational need = MIN_CLOSURE.subtract(a.duration());
            if (a.shape != RhubarbShape.A || need.signum() <= 0) continue;
            if (i > 0) {
                MouthCue p = cues.get(i - 1);
                Rational take = need.min(p.duration().subtract(MIN_NEIGHBOUR)).max(Rational.ZERO);
                cues.set(i - 1, new MouthCue(p.start, p.end.subtract(take), p.shape));
                a = new MouthCue(a.start.subtract(take), a.end, a.shape);
                need = need.subtract(take);
            }
            if (need.signum() > 0 && i + 1 < cues.size()) {
                MouthCue n = cues.get(i + 1);
                Rational take = need.min(n.duration().subtract(MIN_NEIGHBOUR)).max(Rational.ZERO);
                cues.set(i + 1, new MouthCue(n.start.add(take), n.end, n.shape));
                a = new MouthCue(a.start, a.end.add(take), a.shape);
            }
            cues.set(i, a);
        }
    }
}
