package io.mouthpiece.lipsync.motion;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Viseme track → mouth channels sampled per frame, by dominance blending (after Cohen & Massaro): every segment
 * pulls the mouth towards its viseme's pose with a strength that peaks at its centre and falls off over its
 * neighbours, so tongue consonants (t, d, k, n) borrow their neighbours' lip shape while M/B/P and F/V win.
 * Segments are shifted earlier by {@link Settings#anticipationMs()}, because lips move before the sound comes
 * out; after blending, every M/B/P is forced shut for at least one output frame (a lip-sync that misses a
 * closure reads as wrong at once). Opening channels scale with loudness: whisper vs shout.
 */
public final class Coarticulation {
    /** Anticipation, how far a segment's influence spreads (ms), and how much loudness opens the jaw. */
    public record Settings(double anticipationMs, double spreadMs, double loudnessInfluence) {
        public static final Settings DEFAULT = new Settings(40, 45, 0.5);
    }

    static final Channel[] CHANNELS = {Channel.JAW_OPEN, Channel.MOUTH_CLOSE, Channel.MOUTH_FUNNEL, Channel.MOUTH_PUCKER,
            Channel.MOUTH_STRETCH, Channel.MOUTH_PRESS, Channel.MOUTH_UPPER_UP, Channel.MOUTH_LOWER_DOWN, Channel.TONGUE_UP};

    // pose per viseme in CHANNELS order, and its dominance
    private static final Map<Viseme, float[]> POSE = new EnumMap<>(Viseme.class);
    private static final Map<Viseme, Float> DOMINANCE = new EnumMap<>(Viseme.class);

    private static void pose(Viseme v, float dominance, float... channels) {
        POSE.put(v, channels);
        DOMINANCE.put(v, dominance);
    }

    static {
        //              dom   jaw   close funnel pucker stretch press upUp lowDown tongue
        pose(Viseme.SIL, 0.6f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f);
        pose(Viseme.PP, 1.0f, 0.05f, 1.00f, 0.00f, 0.10f, 0.00f, 0.50f, 0.00f, 0.00f, 0.00f);
        pose(Viseme.FF, 0.9f, 0.10f, 0.30f, 0.00f, 0.00f, 0.10f, 0.00f, 0.30f, 0.00f, 0.00f);
        pose(Viseme.TH, 0.6f, 0.20f, 0.00f, 0.00f, 0.00f, 0.10f, 0.00f, 0.00f, 0.20f, 0.80f);
        pose(Viseme.DD, 0.3f, 0.20f, 0.00f, 0.00f, 0.00f, 0.20f, 0.00f, 0.10f, 0.10f, 0.60f);
        pose(Viseme.KK, 0.3f, 0.25f, 0.00f, 0.00f, 0.00f, 0.15f, 0.00f, 0.10f, 0.10f, 0.00f);
        pose(Viseme.CH, 0.6f, 0.15f, 0.00f, 0.50f, 0.30f, 0.00f, 0.00f, 0.30f, 0.20f, 0.20f);
        pose(Viseme.SS, 0.5f, 0.10f, 0.00f, 0.00f, 0.00f, 0.40f, 0.00f, 0.20f, 0.20f, 0.30f);
        pose(Viseme.NN, 0.3f, 0.20f, 0.00f, 0.00f, 0.00f, 0.10f, 0.00f, 0.10f, 0.10f, 0.70f);
        pose(Viseme.RR, 0.5f, 0.20f, 0.00f, 0.30f, 0.30f, 0.00f, 0.00f, 0.10f, 0.10f, 0.30f);
        pose(Viseme.AA, 0.7f, 0.70f, 0.00f, 0.00f, 0.00f, 0.10f, 0.00f, 0.30f, 0.40f, 0.00f);
        pose(Viseme.E, 0.6f, 0.45f, 0.00f, 0.00f, 0.00f, 0.30f, 0.00f, 0.20f, 0.30f, 0.00f);
        pose(Viseme.IH, 0.6f, 0.25f, 0.00f, 0.00f, 0.00f, 0.60f, 0.00f, 0.20f, 0.20f, 0.00f);
        pose(Viseme.OH, 0.7f, 0.50f, 0.00f, 0.60f, 0.20f, 0.00f, 0.00f, 0.10f, 0.20f, 0.00f);
        pose(Viseme.OU, 0.8f, 0.20f, 0.00f, 0.40f, 0.80f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f);
    }

    private final Settings settings;

    public Coarticulation(Settings settings) { this.settings = settings; }

    public Coarticulation() { this(Settings.DEFAULT); }

    /** Result: mouth curves plus the blended Oculus-15 weights of each frame (rows sum to 1). */
    public record Result(MotionCurves curves, float[][] visemeWeights) { }

    public Result apply(VisemeTrack track, FrameRate fps) {
        int frames = (int) fps.framesCovering(track.duration());
        List<VisemeSegment> segs = track.segments();
        int nSeg = segs.size();
        double[] centre = new double[nSeg], half = new double[nSeg], start = new double[nSeg], end = new double[nSeg];
        double lead = settings.anticipationMs() / 1000;
        for (int i = 0; i < nSeg; i++) {
            start[i] = segs.get(i).start().toDouble() - lead;
            end[i] = segs.get(i).end().toDouble() - lead;
            centre[i] = (start[i] + end[i]) / 2;
            half[i] = (end[i] - start[i]) / 2;
        }
        double spread = settings.spreadMs() / 1000;
        float[][] out = new float[CHANNELS.length][frames];
        float[][] weights = new float[frames][Viseme.values().length];
        double frameDur = fps.frameDuration().toDouble();
        int first = 0;
        for (int f = 0; f < frames; f++) {
            double t = (f + 0.5) * frameDur;
            while (first < nSeg && end[first] < t - 0.4) first++;
            double sum = 0;
            double[] acc = new double[CHANNELS.length];
            double loud = 0;
            for (int i = first; i < nSeg && start[i] < t + 0.4; i++) {
                double d = Math.max(0, Math.abs(t - centre[i]) - half[i]); // flat top over the segment itself
                VisemeSegment s = segs.get(i);
                double w = DOMINANCE.get(s.viseme()) * Math.exp(-(d * d) / (spread * spread)) + 1e-9;
                float[] p = POSE.get(s.viseme());
                for (int c = 0; c < p.length; c++) acc[c] += w * p[c];
                weights[f][s.viseme().index()] += (float) w;
                loud += w * s.intensity();
                sum += w;
            }
            if (sum <= 1e-8) {
                weights[f][Viseme.SIL.index()] = 1;
                continue;
            }
            float gain = (float) (1 - settings.loudnessInfluence() + settings.loudnessInfluence() * Math.min(1, loud / sum * 1.4));
            for (int c = 0; c < CHANNELS.length; c++) {
                float v = (float) (acc[c] / sum);
                if (CHANNELS[c] == Channel.JAW_OPEN || CHANNELS[c] == Channel.MOUTH_LOWER_DOWN || CHANNELS[c] == Channel.MOUTH_UPPER_UP) v *= gain;
                out[c][f] = Math.max(0, Math.min(1, v));
            }
            for (int v = 0; v < weights[f].length; v++) weights[f][v] /= (float) sum;
        }
        forceClosures(segs, start, end, fps, out, weights);
        Map<Channel, float[]> m = new EnumMap<>(Channel.class);
        for (int c = 0; c < CHANNELS.length; c++) m.put(CHANNELS[c], out[c]);
        return new Result(new MotionCurves(fps, frames, m), weights);
    }

    /** Every M/B/P closes the lips fully on at least one frame (the frame nearest its centre when it is short). */
    private static void forceClosures(List<VisemeSegment> segs, double[] start, double[] end, FrameRate fps, float[][] out, float[][] weights) {
        double fd = fps.frameDuration().toDouble();
        int frames = out[0].length;
        float[] closed = POSE.get(Viseme.PP);
        for (int i = 0; i < segs.size(); i++) {
            if (segs.get(i).viseme() != Viseme.PP) continue;
            int a = (int) Math.floor(Math.max(0, start[i]) / fd + 0.5);
            int b = (int) Math.floor(Math.max(0, end[i]) / fd - 0.5);
            if (b < a) a = b = (int) Math.floor(Math.max(0, (start[i] + end[i]) / 2) / fd);
            for (int f = Math.max(0, a); f <= Math.min(frames - 1, b); f++) {
                for (int c = 0; c < CHANNELS.length; c++) out[c][f] = closed[c];
                java.util.Arrays.fill(weights[f], 0);
                weights[f][Viseme.PP.index()] = 1;
            }
        }
    }
}
