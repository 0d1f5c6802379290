package io.mouthpiece.dub.sync;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lip-sync score computed from the output alone, with no neural weights (engines.md §1): the tracked mouth
 * aperture against the log speech-band envelope of the line, both band-passed to the syllable and word rate
 * (1–7 Hz, zero-phase), normalised per line and cross-correlated over ±15 frames (SyncNet's search range).
 * engines.md suggests 2–7 Hz; on the rendered astronaut line (SyncScoreOnRenderTest) a 2 Hz low edge left a
 * confidence of 0.25 for the true line against 0.17 for an unrelated one, 1 Hz gave 0.51 against 0.29. The best lag is
 * the offset, peak minus median correlation the confidence. The same correlation against the original-language audio
 * measures leak; closures are checked against phone timing where it exists; a shot's own baseline (original picture
 * and original audio) calibrates the offset flag.
 */
public final class SyncScorer {
    public static final String INSUFFICIENT = "insufficient_evidence";
    public static final String OFFSET = "offset";
    public static final String LOW_CONFIDENCE = "low_confidence";
    public static final String LEAK = "leak";
    public static final String CLOSURES_MISSED = "closures_missed";
    public static final String FACE_LOST = "face_lost";

    /**
     * @param maxLag           lags searched each way, frames
     * @param lowHz            band-pass low edge
     * @param highHz           band-pass high edge (held under 0.45 × frame rate)
     * @param minVoicedSeconds less speech than this is insufficient evidence
     * @param offsetFlagFrames |offset − baseline| at or above this is flagged
     * @param minConfidence    a confidence below this is flagged
     * @param maxLeak          a leak correlation at or above this is flagged
     * @param minClosureHits   a closure hit rate below this is flagged
     */
    public record Settings(int maxLag, double lowHz, double highHz, double minVoicedSeconds, int offsetFlagFrames,
                           double minConfidence, double maxLeak, double minClosureHits) {
        public static final Settings DEFAULT = new Settings(15, 1, 7, 1.0, 2, 0.4, 0.3, 0.5);
    }

    /**
     * One line to score. Frame 0 of {@code aperture} and sample 0 of {@code audio} (and of {@code original}) are at
     * {@code range.start()}.
     *
     * @param aperture per-frame {@link MouthAperture} of the output over the line (NaN where the face was lost)
     * @param original the original-language audio under the line, or null
     * @param closures M/B/P closures (bilabial phones) relative to the line start, or null without phone timing
     */
    public record Line(String id, TimeRange range, double[] aperture, float[] audio, int sampleRate, float[] original,
                       List<TimeRange> closures) {}

    /** Correlation by lag ({@code byLag[i]} is lag {@code i - maxLag}), its best lag, peak and peak − median. */
    public record Correlation(int offset, double peak, double confidence, double[] byLag, double voicedSeconds, double lostShare) {
        public double at(int lag) {
            int i = lag + (byLag.length - 1) / 2;
            return i >= 0 && i < byLag.length ? byLag[i] : Double.NaN;
        }
    }

    private final Settings settings;
    private final Rational fps;

    public SyncScorer(Rational fps, Settings settings) {
        if (fps.signum() <= 0) throw new IllegalArgumentException("frame rate must be positive: " + fps);
        this.fps = fps;
        this.settings = settings;
    }

    public SyncScorer(Rational fps) { this(fps, Settings.DEFAULT); }

    /**
     * A line cut from whole-shot signals: the frames the line covers (frame k of the shot at k / fps) and its audio
     * (sample 0 at {@code range.start()}) delayed by the part of a frame between that frame's time and the line's
     * start, so frame 0 and sample 0 coincide. Closures stay relative to the line start and move with it.
     */
    public Line line(String id, TimeRange range, double[] shotAperture, float[] lineAudio, int sampleRate,
                     float[] originalUnderLine, List<TimeRange> closures) {
        long first = range.start().multiply(fps).floor();
        long end = range.end().multiply(fps).ceil();
        if (first < 0 || end > shotAperture.length) {
            throw new IllegalArgumentException("the line " + range.start().toDouble() + "–" + range.end().toDouble()
                    + " s runs outside the shot's " + shotAperture.length + " frames");
        }
        double[] ap = Arrays.copyOfRange(shotAperture, (int) first, (int) end);
        Rational lead = range.start().subtract(Rational.of(first).divide(fps));
        int pad = (int) lead.multiply(sampleRate).round();
        List<TimeRange> moved = closures == null ? null : closures.stream().map(c -> c.shift(lead)).toList();
        return new Line(id, range, ap, delayed(lineAudio, pad), sampleRate,
                originalUnderLine == null ? null : delayed(originalUnderLine, pad), moved);
    }

    private static float[] delayed(float[] pcm, int pad) {
        if (pad == 0) return pcm;
        float[] out = new float[pcm.length + pad];
        System.arraycopy(pcm, 0, out, pad, pcm.length);
        return out;
    }

    /** Mouth against speech envelope over ±maxLag frames. */
    public Correlation correlate(double[] aperture, float[] audio, int sampleRate) {
        int n = aperture.length, lag = settings.maxLag();
        double[] mouth = fillGaps(aperture);
        int lost = 0;
        for (double v : aperture) if (Double.isNaN(v)) lost++;
        SpeechEnvelope env = SpeechEnvelope.of(audio, sampleRate, fps, -lag, n + 2 * lag);
        int voiced = 0;
        for (int k = 0; k < n; k++) if (env.speech(k)) voiced++;
        double voicedSeconds = voiced / fps.toDouble();
        double[] byLag = new double[2 * lag + 1];
        if (mouth == null || n < 4) {
            Arrays.fill(byLag, 0);
            return new Correlation(0, 0, 0, byLag, voicedSeconds, n == 0 ? 1 : (double) lost / n);
        }
        double rate = fps.toDouble();
        int pad = (int) Math.ceil(rate / settings.lowHz());
        double[] m = Biquad.zeroPhaseBand(mouth, settings.lowHz(), settings.highHz(), rate, pad);
        double[] a = Biquad.zeroPhaseBand(env.values(), settings.lowHz(), settings.highHz(), rate, pad);
        int best = 0;
        for (int l = -lag; l <= lag; l++) {
            byLag[l + lag] = pearson(m, a, l + lag);
            if (byLag[l + lag] > byLag[best]) best = l + lag;
        }
        double[] sorted = byLag.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return new Correlation(best - lag, byLag[best], byLag[best] - median, byLag, voicedSeconds, (double) lost / n);
    }

    /** The shot's calibration: the original picture's aperture against the original audio. */
    public Correlation baseline(double[] originalAperture, float[] originalAudio, int sampleRate) {
        return correlate(originalAperture, originalAudio, sampleRate);
    }

    /**
     * Scores one line against the shot's {@code baseline}; without a baseline, or with one that is itself too weak to
     * trust (insufficient speech, low confidence, face mostly lost), the expected offset is 0.
     */
    public LineSync score(Line line, Correlation baseline) {
        Correlation c = correlate(line.aperture(), line.audio(), line.sampleRate());
        int expected = usable(baseline) ? baseline.offset() : 0;
        List<String> flags = new ArrayList<>();
        boolean insufficient = c.voicedSeconds() < settings.minVoicedSeconds() || c.lostShare() > 0.5;
        if (insufficient) flags.add(INSUFFICIENT);
        if (c.lostShare() > 0.1) flags.add(FACE_LOST);
        if (!insufficient && Math.abs(c.offset() - expected) >= settings.offsetFlagFrames()) flags.add(OFFSET);
        if (!insufficient && c.confidence() < settings.minConfidence()) flags.add(LOW_CONFIDENCE);
        Double leak = null;
        if (line.original() != null) {
            Correlation o = correlate(line.aperture(), line.original(), line.sampleRate());
            double best = Double.NEGATIVE_INFINITY;
            for (int l = expected - 1; l <= expected + 1; l++) if (!Double.isNaN(o.at(l))) best = Math.max(best, o.at(l));
            leak = round(best);
            if (o.voicedSeconds() >= settings.minVoicedSeconds() && best >= settings.maxLeak()) flags.add(LEAK);
        }
        Double hits = null;
        if (line.closures() != null && !line.closures().isEmpty()) {
            hits = round(closureHitRate(line.aperture(), line.closures()));
            if (hits < settings.minClosureHits()) flags.add(CLOSURES_MISSED);
        }
        return new LineSync(line.id(), round(line.range().start().toDouble()), round(line.range().end().toDouble()),
                c.offset(), round(c.peak()), round(c.confidence()), leak, hits, round(c.voicedSeconds()), flags);
    }

    /** Whether a baseline measurement is strong enough to calibrate the offset flag. */
    public boolean usable(Correlation baseline) {
        return baseline != null && baseline.voicedSeconds() >= settings.minVoicedSeconds()
                && baseline.confidence() >= settings.minConfidence() && baseline.lostShare() <= 0.5;
    }

    /**
     * Share of closures met by a closed mouth within ±1 frame: the smallest aperture over the closure's frames
     * widened by one each side is in the lowest 30 % of the line's aperture range (5th to 95th percentile).
     */
    double closureHitRate(double[] aperture, List<TimeRange> closures) {
        double[] filled = fillGaps(aperture);
        if (filled == null) return 0;
        double[] sorted = filled.clone();
        Arrays.sort(sorted);
        double lo = sorted[(int) (0.05 * (sorted.length - 1))], hi = sorted[(int) Math.ceil(0.95 * (sorted.length - 1))];
        double closed = lo + 0.3 * (hi - lo);
        int hits = 0;
        for (TimeRange r : closures) {
            long f0 = r.start().multiply(fps).floor() - 1;
            long f1 = Math.max(r.start().multiply(fps).floor(), r.end().multiply(fps).ceil() - 1) + 1;
            double min = Double.POSITIVE_INFINITY;
            for (long f = Math.max(0, f0); f <= Math.min(filled.length - 1, f1); f++) min = Math.min(min, filled[(int) f]);
            if (min <= closed) hits++;
        }
        return (double) hits / closures.size();
    }

    /** The M/B/P closures (the PP viseme's segments) of a line's viseme track: the phone timing for the hit rate. */
    public static List<TimeRange> bilabialClosures(VisemeTrack track) {
        return track.segments().stream().filter(s -> s.viseme() == Viseme.PP)
                .map(s -> TimeRange.between(s.start(), s.end())).toList();
    }

    /** Pearson r of {@code m} against {@code a[off .. off + m.length)}. */
    private static double pearson(double[] m, double[] a, int off) {
        int n = m.length;
        double sm = 0, sa = 0;
        for (int i = 0; i < n; i++) {
            sm += m[i];
            sa += a[i + off];
        }
        double mm = sm / n, ma = sa / n, num = 0, dm = 0, da = 0;
        for (int i = 0; i < n; i++) {
            double x = m[i] - mm, y = a[i + off] - ma;
            num += x * y;
            dm += x * x;
            da += y * y;
        }
        return dm <= 1e-18 || da <= 1e-18 ? 0 : num / Math.sqrt(dm * da);
    }

    /** Lost frames bridged linearly (held at the ends); null when no frame has a face. */
    static double[] fillGaps(double[] x) {
        double[] y = x.clone();
        int prev = -1;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) continue;
            if (prev < 0) Arrays.fill(y, 0, i, y[i]);
            else for (int k = prev + 1; k < i; k++) y[k] = y[prev] + (y[i] - y[prev]) * (k - prev) / (i - prev);
            prev = i;
        }
        if (prev < 0) return null;
        Arrays.fill(y, prev + 1, y.length, y[prev]);
        return y;
    }

    static double round(double v) { return Math.round(v * 10_000) / 10_000.0; }
}
