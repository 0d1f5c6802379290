package io.mouthpiece.core.motion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a user keyframe curve combines with the generated value of the same channel. */
public enum BlendMode {
    /** generated + user. */
    ADD,
    /** user replaces generated wherever the user curve has keys. */
    OVERRIDE;

    @JsonValue
    public String id() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static BlendMode fromId(String id) { return valueOf(id.toUpperCase(Locale.ROOT)); }
}
