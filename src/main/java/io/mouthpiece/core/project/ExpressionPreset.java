package io.mouthpiece.core.project;

import io.mouthpiece.core.motion.Channel;

import java.util.EnumMap;
import java.util.Map;

/** A named pose over some channels ("happy": smile 0.7, browInnerUp 0.2, ...), applied as a keyframed block. */
public record ExpressionPreset(String name, Map<Channel, Double> values) {
    public ExpressionPreset {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a preset needs a name");
        EnumMap<Channel, Double> m = new EnumMap<>(Channel.class);
        if (values != null) values.forEach((c, v) -> m.put(c, c.clamp(v)));
        values = java.util.Collections.unmodifiableMap(m);
    }
}
