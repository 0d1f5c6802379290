package io.mouthpiece.render;

import io.mouthpiece.core.motion.Channel;
import java.util.Arrays;
import java.util.Map;

/**
 * One character's motion-channel values at one frame, clamped to each channel's range; 0 is rest. Immutable.
 */
public final class ChannelValues {
    private static final Channel[] ALL = Channel.values();
    private static final ChannelValues REST = new ChannelValues(new float[ALL.length]);

    private final float[] values;

    private ChannelValues(float[] values) { this.values = values; }

    /** Every channel at rest. */
    public static ChannelValues rest() { return REST; }

    public static ChannelValues of(Map<Channel, ? extends Number> map) {
        float[] v = new float[ALL.length];
        map.forEach((c, x) -> v[c.ordinal()] = (float) c.clamp(x.doubleValue()));
        return new ChannelValues(v);
    }

    /** A copy with {@code channel} set (clamped to its range). */
    public ChannelValues with(Channel channel, double value) {
        float[] v = values.clone();
        v[channel.ordinal()] = (float) channel.clamp(value);
        return new ChannelValues(v);
    }

    public float get(Channel channel) { return values[channel.ordinal()]; }

    @Override
    public boolean equals(Object o) { return o instanceof ChannelValues c && Arrays.equals(values, c.values); }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ChannelValues{");
        for (Channel c : ALL) if (values[c.ordinal()] != 0) sb.append(c.id()).append('=').append(values[c.ordinal()]).append(' ');
        return sb.append('}').toString();
    }
}
