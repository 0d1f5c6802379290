package io.mouthpiece.lipsync.motion;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Generated motion sampled on a frame grid: for each channel one value per frame (frame i at time i / rate).
 * Channels not present are at rest. The arrays are owned by this object; callers get copies of nothing, so
 * treat them as read-only.
 */
public final class MotionCurves {
    private final FrameRate rate;
    private final int frames;
    private final EnumMap<Channel, float[]> values;

    public MotionCurves(FrameRate rate, int frames, Map<Channel, float[]> values) {
        this.rate = rate;
        this.frames = frames;
        this.values = values.isEmpty() ? new EnumMap<>(Channel.class) : new EnumMap<>(values);
        for (Map.Entry<Channel, float[]> e : this.values.entrySet()) {
            if (e.getValue().length != frames) {
                throw new IllegalArgumentException(e.getKey().id() + " has " + e.getValue().length + " values, expected " + frames);
            }
        }
    }

    public FrameRate rate() { return rate; }

    public int frames() { return frames; }

    public Rational duration() { return rate.frameDuration().multiply(frames); }

    public Set<Channel> channels() { return Collections.unmodifiableSet(values.keySet()); }

    /** Value of {@code c} at frame {@code i}; rest value when the channel is absent. */
    public float value(Channel c, int i) {
        float[] v = values.get(c);
        return v == null ? (float) c.defaultValue() : v[i];
    }

    /** The channel's samples, or null when the channel is absent. */
    public float[] samples(Channel c) { return values.get(c); }

    /** A copy with {@code other}'s channels added (other wins where both have one). Same rate and length required. */
    public MotionCurves with(MotionCurves other) {
        if (!other.rate.equals(rate) || other.frames != frames) throw new IllegalArgumentException("different frame grids");
        EnumMap<Channel, float[]> m = new EnumMap<>(Channel.class);
        m.putAll(values);
        m.putAll(other.values);
        return new MotionCurves(rate, frames, m);
    }
}
