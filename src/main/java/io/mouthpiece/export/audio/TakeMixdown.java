package io.mouthpiece.export.audio;

import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.SampleRate;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.AudioSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The mono mix of every dialogue clip of a take over a range of its timeline (usually {@link Take#workRange()}),
 * streamed. Clip placement is exact: a clip covers the samples [floor((start − rangeStart)·rate),
 * floor((end − rangeStart)·rate)) and its first sample is the media's sample at {@code sourceIn}. Clips are summed
 * and hard-limited to [-1, 1]. Only the clips under the current chunk hold an open decoder; a read that does not
 * continue where the previous one stopped reopens (seeks) the clip.
 */
public final class TakeMixdown implements AudioSource {
    private final SampleRate rate;
    private final ClipDecoder decoder;
    private final List<Placed> clips = new ArrayList<>();
    private float[] scratch = new float[0];

    public TakeMixdown(Take take, TimeRange range, ClipDecoder decoder, int sampleRate) {
        this.rate = new SampleRate(sampleRate);
        this.decoder = decoder;
        for (DialogueTrack t : take.dialogue()) {
            for (AudioClip c : t.clips()) {
                long s = rate.sampleAt(c.range().start().subtract(range.start()));
                long e = rate.sampleAt(c.range().end().subtract(range.start()));
                long rangeEnd = rate.sampleAt(range.duration());
                if (e > s && e > 0 && s < rangeEnd) clips.add(new Placed(c, s, e));
            }
        }
    }

    @Override public int sampleRate() { return rate.hz(); }

    @Override public int channels() { return 1; }

    /** Number of clips that overlap the range. */
    public int clipCount() { return clips.size(); }

    @Override
    public void read(long position, float[] out, int off, int frames) throws IOException {
        java.util.Arrays.fill(out, off, off + frames, 0f);
        long end = position + frames;
        for (Placed p : clips) {
            if (p.end <= position || p.start >= end) {
                if (p.end <= position) p.closeStream();
                continue;
            }
            long from = Math.max(position, p.start);
            long to = Math.min(end, p.end);
            int n = (int) (to - from);
            long inClip = from - p.start;
            if (p.stream == null || p.next != inClip) {
                p.closeStream();
                if (p.exhaustedAt >= 0 && inClip >= p.exhaustedAt) continue;
                // Exact source time of this clip sample: sourceIn + inClip / rate.
                p.stream = decoder.open(p.clip.mediaId(), p.clip.sourceIn().add(Rational.of(inClip, rate.hz())), rate.hz());
                p.next = inClip;
            }
            if (scratch.length < n) scratch = new float[n];
            int got = 0;
            while (got < n) {
                int k = p.stream.read(scratch, got, n - got);
                if (k < 0) {
                    p.exhaustedAt = inClip + got;   // media shorter than the clip: the rest is silence
                    p.closeStream();
                    break;
                }
                got += k;
            }
            if (p.stream != null) p.next = inClip + n;
            int base = off + (int) (from - position);
            for (int i = 0; i < got; i++) out[base + i] += scratch[i];
        }
        for (int i = off; i < off + frames; i++) {
            float v = out[i];
            if (v > 1f) out[i] = 1f;
            else if (v < -1f) out[i] = -1f;
        }
    }

    @Override
    public void close() {
        for (Placed p : clips) p.closeStream();
    }

    private static final class Placed {
        final AudioClip clip;
        final long start;
        final long end;
        ClipDecoder.Stream stream;
        long next;
        long exhaustedAt = -1;

        Placed(AudioClip clip, long start, long end) {
            this.clip = clip;
            this.start = start;
            this.end = end;
        }

        void closeStream() {
            if (stream != null) stream.close();
            stream = null;
        }
    }
}
