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

    public Rational duration() { return end.subtract(start); }

    /**
     * Maps a viseme track to Rhubarb shapes, merging neighbours that land on the same shape, and widens closures shorter
     * than {@link #MIN_CLOSURE}: first into the cue before (the lips shut before the plosive is heard), then into the one
     * after, each neighbour keeping at least 10 ms. The total length and every other cue's order stay as they were.
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
        return out;
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
