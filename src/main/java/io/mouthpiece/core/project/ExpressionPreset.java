package io.mouthpiece.core.project;

import io.mouthpiece.core.motion.Channel;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.mouthpiece.core.motion.Channel.*;

/**
 * A named pose over some channels ("happy": smile 0.7, browInnerUp 0.2, ...), applied as a keyframed block. On a
 * channel without user keys the values are offsets added to the generated motion (lip sync, blinks, head motion keep
 * running under the expression); on a channel that has keys they replace the keys inside the block.
 */
public record ExpressionPreset(String name, Map<Channel, Double> values) {
    public ExpressionPreset {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a preset needs a name");
        EnumMap<Channel, Double> m = new EnumMap<>(Channel.class);
        if (values != null) values.forEach((c, v) -> m.put(c, c.clamp(v)));
        values = java.util.Collections.unmodifiableMap(m);
    }

    private static ExpressionPreset of(String name, Object... channelValue) {
        Map<Channel, Double> m = new EnumMap<>(Channel.class);
        for (int i = 0; i < channelValue.length; i += 2) m.put((Channel) channelValue[i], ((Number) channelValue[i + 1]).doubleValue());
        return new ExpressionPreset(name, m);
    }

    // Poses after FACS descriptions of the basic emotions (AU6+12 happy, AU1+4+15 sad, AU4+5+7+23 angry,
    // AU1+2+5+26 surprised), kept moderate so that lip sync stays readable under them.
    private static final List<ExpressionPreset> EMOTIONS = List.of(
            of("happy", MOUTH_SMILE_LEFT, 0.7, MOUTH_SMILE_RIGHT, 0.7, EYE_SQUINT_LEFT, 0.3, EYE_SQUINT_RIGHT, 0.3,
                    BROW_OUTER_UP_LEFT, 0.15, BROW_OUTER_UP_RIGHT, 0.15),
            of("sad", MOUTH_FROWN_LEFT, 0.6, MOUTH_FROWN_RIGHT, 0.6, BROW_INNER_UP, 0.7, HEAD_PITCH, -4.0,
                    GAZE_Y, -0.15),
            of("angry", BROW_DOWN_LEFT, 0.8, BROW_DOWN_RIGHT, 0.8, EYE_SQUINT_LEFT, 0.4, EYE_SQUINT_RIGHT, 0.4,
                    MOUTH_PRESS, 0.4, MOUTH_FROWN_LEFT, 0.25, MOUTH_FROWN_RIGHT, 0.25),
            of("surprised", EYE_WIDE_LEFT, 0.7, EYE_WIDE_RIGHT, 0.7, BROW_INNER_UP, 0.8, BROW_OUTER_UP_LEFT, 0.8,
                    BROW_OUTER_UP_RIGHT, 0.8, JAW_OPEN, 0.2),
            of("thinking", GAZE_X, 0.3, GAZE_Y, 0.25, HEAD_ROLL, 5.0, BROW_DOWN_LEFT, 0.35, BROW_OUTER_UP_RIGHT, 0.3,
                    MOUTH_PRESS, 0.3, MOUTH_SHIFT, 0.25),
            of("smirk", MOUTH_SMILE_LEFT, 0.55, MOUTH_SHIFT, -0.15, BROW_OUTER_UP_LEFT, 0.3, EYE_SQUINT_LEFT, 0.2),
            of("skeptical", BROW_OUTER_UP_LEFT, 0.6, BROW_DOWN_RIGHT, 0.5, EYE_SQUINT_RIGHT, 0.3, MOUTH_PRESS, 0.25,
                    HEAD_ROLL, -3.0),
            of("disgusted", MOUTH_UPPER_UP, 0.5, BROW_DOWN_LEFT, 0.5, BROW_DOWN_RIGHT, 0.5, EYE_SQUINT_LEFT, 0.4,
                    EYE_SQUINT_RIGHT, 0.4, MOUTH_FROWN_LEFT, 0.3, MOUTH_FROWN_RIGHT, 0.3),
            of("afraid", EYE_WIDE_LEFT, 0.8, EYE_WIDE_RIGHT, 0.8, BROW_INNER_UP, 0.8, MOUTH_STRETCH, 0.4,
                    HEAD_PITCH, -3.0));

    /** "neutral": every channel the other built-ins use, at rest, so it relaxes an expression it is applied over. */
    private static final ExpressionPreset NEUTRAL;

    static {
        Set<Channel> used = new LinkedHashSet<>();
        for (ExpressionPreset p : EMOTIONS) used.addAll(p.values().keySet());
        Map<Channel, Double> rest = new EnumMap<>(Channel.class);
        for (Channel c : used) rest.put(c, c.defaultValue());
        NEUTRAL = new ExpressionPreset("neutral", rest);
    }

    /** The presets every character has: neutral first, then the emotions. */
    public static List<ExpressionPreset> builtIns() {
        List<ExpressionPreset> all = new java.util.ArrayList<>();
        all.add(NEUTRAL);
        all.addAll(EMOTIONS);
        return List.copyOf(all);
    }

    /** The built-ins followed by the character's own presets (which replace a built-in of the same name). */
    public static List<ExpressionPreset> available(Actor actor) {
        Map<String, ExpressionPreset> byName = new java.util.LinkedHashMap<>();
        for (ExpressionPreset p : builtIns()) byName.put(p.name(), p);
        for (ExpressionPreset p : actor.presets()) byName.put(p.name(), p);
        return List.copyOf(byName.values());
    }

    public static Optional<ExpressionPreset> find(Actor actor, String name) {
        return available(actor).stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
