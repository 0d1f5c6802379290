package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;

import java.util.ArrayList;
import java.util.List;

/** One Rhubarb mouth cue: a shape held over [start, end). */
public record MouthCue(Rational start, Rational end, RhubarbShape shape) {
    /** Maps a viseme track to Rhubarb shapes, merging neighbours that land on the same shape. */
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
        return out;
    }
}
