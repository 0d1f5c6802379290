package io.mouthpiece.core.motion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mouthpiece.core.time.Rational;

import java.util.EnumMap;
import java.util.Map;

/**
 * A character's motion on one take: the generated layer (lip sync, blinks, idle motion; recomputed by analysis)
 * and the user layer (keyframes; never overwritten by analysis). The user layer wins in OVERRIDE mode and adds in
 * ADD mode. Evaluation is exact in time and clamped to each channel's range.
 */
public record MotionLayers(Map<Channel, SampledCurve> generated, Map<Channel, KeyframeCurve> user) {
    public static final MotionLayers EMPTY = new MotionLayers(Map.of(), Map.of());

    @JsonCreator
    public MotionLayers(@JsonProperty("generated") Map<Channel, SampledCurve> generated,
                        @JsonProperty("user") Map<Channel, KeyframeCurve> user) {
        this.generated = immutable(generated);
        this.user = immutable(user);
    }

    private static <V> Map<Channel, V> immutable(Map<Channel, V> m) {
        if (m == null || m.isEmpty()) return Map.of();
        return java.util.Collections.unmodifiableMap(new EnumMap<>(m));
    }

    public KeyframeCurve userCurve(Channel c) { return user.getOrDefault(c, KeyframeCurve.EMPTY); }

    public MotionLayers withUser(Channel c, KeyframeCurve curve) {
        EnumMap<Channel, KeyframeCurve> m = user.isEmpty() ? new EnumMap<>(Channel.class) : new EnumMap<>(user);
        if (curve.isEmpty()) m.remove(c);
        else m.put(c, curve);
        return new MotionLayers(generated, m);
    }

    public MotionLayers withGenerated(Map<Channel, SampledCurve> g) { return new MotionLayers(g, user); }

    /** The final value of channel {@code c} at time {@code t}. */
    public double evaluate(Channel c, Rational t) {
        SampledCurve g = generated.get(c);
        double base = g == null ? Double.NaN : g.evaluate(t);
        if (Double.isNaN(base)) base = c.defaultValue();
        KeyframeCurve u = user.get(c);
        if (u == null || u.isEmpty()) return c.clamp(base);
        double v = u.evaluate(t);
        return c.clamp(u.mode() == BlendMode.ADD ? base + v : v);
    }

    /** Every channel at {@code t}, indexed by {@link Channel#ordinal()}: what a renderer consumes per frame. */
    public float[] evaluateAll(Rational t) {
        Channel[] all = Channel.values();
        float[] out = new float[all.length];
        for (Channel c : all) out[c.ordinal()] = (float) evaluate(c, t);
        return out;
    }
}
