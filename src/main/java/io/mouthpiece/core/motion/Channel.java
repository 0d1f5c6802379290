package io.mouthpiece.core.motion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The motion-channel vocabulary: the contract between analysis, editing and renderers. Names follow ARKit
 * blendshapes where one exists. Unsigned channels live in [0, 1]; signed ones in [min, max] with 0 as rest.
 * Head rotations are degrees; head offsets are fractions of the face width.
 */
public enum Channel {
    // mouth
    JAW_OPEN("jawOpen", ChannelGroup.MOUTH, 0, 1),
    MOUTH_CLOSE("mouthClose", ChannelGroup.MOUTH, 0, 1),
    MOUTH_FUNNEL("mouthFunnel", ChannelGroup.MOUTH, 0, 1),
    MOUTH_PUCKER("mouthPucker", ChannelGroup.MOUTH, 0, 1),
    MOUTH_STRETCH("mouthStretch", ChannelGroup.MOUTH, 0, 1),
    MOUTH_PRESS("mouthPress", ChannelGroup.MOUTH, 0, 1),
    MOUTH_UPPER_UP("mouthUpperUp", ChannelGroup.MOUTH, 0, 1),
    MOUTH_LOWER_DOWN("mouthLowerDown", ChannelGroup.MOUTH, 0, 1),
    MOUTH_SMILE_LEFT("mouthSmileLeft", ChannelGroup.MOUTH, 0, 1),
    MOUTH_SMILE_RIGHT("mouthSmileRight", ChannelGroup.MOUTH, 0, 1),
    MOUTH_FROWN_LEFT("mouthFrownLeft", ChannelGroup.MOUTH, 0, 1),
    MOUTH_FROWN_RIGHT("mouthFrownRight", ChannelGroup.MOUTH, 0, 1),
    MOUTH_SHIFT("mouthShift", ChannelGroup.MOUTH, -1, 1),
    TONGUE_UP("tongueUp", ChannelGroup.MOUTH, 0, 1),
    // eyes
    EYE_BLINK_LEFT("eyeBlinkLeft", ChannelGroup.EYES, 0, 1),
    EYE_BLINK_RIGHT("eyeBlinkRight", ChannelGroup.EYES, 0, 1),
    EYE_WIDE_LEFT("eyeWideLeft", ChannelGroup.EYES, 0, 1),
    EYE_WIDE_RIGHT("eyeWideRight", ChannelGroup.EYES, 0, 1),
    EYE_SQUINT_LEFT("eyeSquintLeft", ChannelGroup.EYES, 0, 1),
    EYE_SQUINT_RIGHT("eyeSquintRight", ChannelGroup.EYES, 0, 1),
    GAZE_X("gazeX", ChannelGroup.EYES, -1, 1),
    GAZE_Y("gazeY", ChannelGroup.EYES, -1, 1),
    // brows
    BROW_INNER_UP("browInnerUp", ChannelGroup.BROWS, 0, 1),
    BROW_OUTER_UP_LEFT("browOuterUpLeft", ChannelGroup.BROWS, 0, 1),
    BROW_OUTER_UP_RIGHT("browOuterUpRight", ChannelGroup.BROWS, 0, 1),
    BROW_DOWN_LEFT("browDownLeft", ChannelGroup.BROWS, 0, 1),
    BROW_DOWN_RIGHT("browDownRight", ChannelGroup.BROWS, 0, 1),
    // head
    HEAD_YAW("headYaw", ChannelGroup.HEAD, -30, 30),
    HEAD_PITCH("headPitch", ChannelGroup.HEAD, -30, 30),
    HEAD_ROLL("headRoll", ChannelGroup.HEAD, -30, 30),
    HEAD_X("headX", ChannelGroup.HEAD, -0.5, 0.5),
    HEAD_Y("headY", ChannelGroup.HEAD, -0.5, 0.5),
    BREATH("breath", ChannelGroup.HEAD, 0, 1);

    private static final Map<String, Channel> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Channel::id, Function.identity()));

    private final String id;
    private final ChannelGroup group;
    private final double min;
    private final double max;

    Channel(String id, ChannelGroup group, double min, double max) {
        this.id = id;
        this.group = group;
        this.min = min;
        this.max = max;
    }

    /** The stable external name (ARKit style), used in files and exports. */
    @JsonValue
    public String id() { return id; }

    public ChannelGroup group() { return group; }

    public double min() { return min; }

    public double max() { return max; }

    /** Rest value: 0 for every channel (signed channels are centred). */
    public double defaultValue() { return 0; }

    public boolean signed() { return min < 0; }

    public double clamp(double v) { return Math.max(min, Math.min(max, v)); }

    public static Optional<Channel> byId(String id) { return Optional.ofNullable(BY_ID.get(id)); }

    /** Reads a channel id from a file; an unknown id is an error the loader reports with the id. */
    @JsonCreator
    public static Channel fromId(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown motion channel '" + id + "'"));
    }

    public static List<Channel> inGroup(ChannelGroup g) {
        return Arrays.stream(values()).filter(c -> c.group == g).toList();
    }
}
