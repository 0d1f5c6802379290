package io.mouthpiece.lipsync.motion;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.time.FrameRate;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The rest of the generated layer: blinks, gaze saccades, head motion and brow raises that follow the speech's
 * loudness, and breathing. Each has its own dial (0 = off, 1 = natural); the same seed gives the same motion.
 * Statistics: blinks ~17 per minute with log-normal gaps and an extra blink likely at the start of a pause;
 * blink closes in ~70 ms, holds ~30 ms, opens in ~150 ms; saccades every 0.4–2.5 s.
 */
public final class AutoMotion {
    public record Settings(double blinks, double gaze, double head, double brows, double breath, long seed) {
        public static Settings defaults(long seed) { return new Settings(1, 1, 1, 1, 1, seed); }
    }

    private AutoMotion() {}

    public static MotionCurves generate(VisemeTrack speech, FrameRate fps, Settings s) {
        int frames = (int) fps.framesCovering(speech.duration());
        double fd = fps.frameDuration().toDouble();
        float[] loud = loudness(speech, frames, fd);
        Map<Channel, float[]> m = new EnumMap<>(Channel.class);
        SplittableRandom root = new SplittableRandom(s.seed());
        // one independent stream per feature, so changing one dial does not reshuffle the others
        SplittableRandom rb = root.split(), rg = root.split(), rh = root.split(), rbr = root.split();
        float[] blink = new float[frames];
        if (s.blinks() > 0) {
            double t = lognormal(rb, 1.0);
            double end = frames * fd;
            while (t < end) {
                addBlink(blink, t, fd);
                t += lognormal(rb, 1.0) / s.blinks();
            }
            for (int f = 1; f < frames; f++) { // pause onsets invite a blink
                if (loud[f - 1] > 0.2f && loud[f] <= 0.05f && rb.nextDouble() < 0.35 * s.blinks()) addBlink(blink, f * fd, fd);
            }
        }
        m.put(Channel.EYE_BLINK_LEFT, blink);
        m.put(Channel.EYE_BLINK_RIGHT, blink.clone());
        float[] gx = new float[frames], gy = new float[frames];
        if (s.gaze() > 0) {
            double x = 0, y = 0, px = 0, py = 0, next = 0, moveStart = -1;
            for (int f = 0; f < frames; f++) {
                double t = f * fd;
                if (t >= next) {
                    px = x; py = y;
                    x = (rg.nextDouble() * 2 - 1) * 0.25 * s.gaze();
                    y = (rg.nextDouble() * 2 - 1) * 0.12 * s.gaze();
                    moveStart = t;
                    next = t + 0.4 + rg.nextDouble() * 2.1;
                }
                double k = Math.min(1, (t - moveStart) / 0.04); // a saccade takes ~40 ms
                gx[f] = (float) (px + (x - px) * k);
                gy[f] = (float) (py + (y - py) * k);
            }
        }
        m.put(Channel.GAZE_X, gx);
        m.put(Channel.GAZE_Y, gy);
        float[] yaw = new float[frames], pitch = new float[frames], roll = new float[frames];
        if (s.head() > 0) {
            double[] ph = new double[6];
            for (int i = 0; i < ph.length; i++) ph[i] = rh.nextDouble() * 2 * Math.PI;
            float env = 0;
            for (int f = 0; f < frames; f++) {
                double t = f * fd;
                env += (loud[f] - env) * 0.15f; // smoothed loudness: the head nods into stressed speech
                yaw[f] = (float) (s.head() * (2.0 * Math.sin(2 * Math.PI * 0.11 * t + ph[0]) + 0.8 * Math.sin(2 * Math.PI * 0.27 * t + ph[1])));
                pitch[f] = (float) (s.head() * (1.0 * Math.sin(2 * Math.PI * 0.13 * t + ph[2]) + 3.0 * env));
                roll[f] = (float) (s.head() * (0.8 * Math.sin(2 * Math.PI * 0.07 * t + ph[3]) + 0.3 * Math.sin(2 * Math.PI * 0.31 * t + ph[4])));
            }
        }
        m.put(Channel.HEAD_YAW, yaw);
        m.put(Channel.HEAD_PITCH, pitch);
        m.put(Channel.HEAD_ROLL, roll);
        float[] brow = new float[frames];
        if (s.brows() > 0) {
            float slow = 0;
            for (int f = 0; f < frames; f++) {
                slow += (loud[f] - slow) * 0.03f;
                // a loudness peak well above the running level is an emphasis: raise the brows for ~300 ms
                if (loud[f] > slow + 0.3f && (f == 0 || brow[f - 1] < 0.05f) && rbr.nextDouble() < 0.5) {
                    int len = (int) Math.round(0.3 / fd);
                    for (int k = 0; k < len * 2 && f + k < frames; k++) {
                        double shape = k < len ? Math.sin(Math.PI / 2 * k / len) : Math.cos(Math.PI / 2 * (k - len) / len);
                        brow[f + k] = (float) Math.max(brow[f + k], 0.5 * s.brows() * shape);
                    }
                }
            }
        }
        m.put(Channel.BROW_INNER_UP, brow);
        float[] breath = new float[frames];
        if (s.breath() > 0) {
            for (int f = 0; f < frames; f++) {
                breath[f] = (float) (s.breath() * (0.5 + 0.5 * Math.sin(2 * Math.PI * 0.25 * f * fd)) * (loud[f] > 0.05f ? 0.3 : 1.0));
            }
        }
        m.put(Channel.BREATH, breath);
        for (Map.Entry<Channel, float[]> e : m.entrySet()) {
            float[] v = e.getValue();
            for (int i = 0; i < v.length; i++) v[i] = (float) e.getKey().clamp(v[i]);
        }
        return new MotionCurves(fps, frames, m);
    }

    private static float[] loudness(VisemeTrack speech, int frames, double fd) {
        float[] l = new float[frames];
        for (VisemeSegment g : speech.segments()) {
            if (g.viseme().isSilence()) continue;
            int a = (int) Math.floor(g.start().toDouble() / fd), b = (int) Math.ceil(g.end().toDouble() / fd);
            for (int f = Math.max(0, a); f < Math.min(frames, b); f++) l[f] = Math.max(l[f], g.intensity());
        }
        return l;
    }

    /** Gap between blinks, seconds: log-normal with median ~2.8 s (mean ~3.5 s, i.e. ~17 per minute). */
    private static double lognormal(SplittableRandom r, double scale) {
        double g = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
        return scale * Math.exp(Math.log(2.8) + 0.65 * g);
    }

    private static void addBlink(float[] v, double t, double fd) {
        double close = 0.07, hold = 0.03, open = 0.15;
        int a = (int) Math.floor(t / fd), b = (int) Math.ceil((t + close + hold + open) / fd);
        for (int f = Math.max(0, a); f <= Math.min(v.length - 1, b); f++) {
            double x = f * fd + fd / 2 - t;
            double y = x < 0 ? 0 : x < close ? x / close : x < close + hold ? 1 : x < close + hold + open ? 1 - (x - close - hold) / open : 0;
            v[f] = (float) Math.max(v[f], y);
        }
    }
}
