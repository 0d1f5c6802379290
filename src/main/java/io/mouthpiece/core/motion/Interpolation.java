package io.mouthpiece.core.motion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a keyframe's value travels to the next keyframe. */
public enum Interpolation {
    /** Keep this value until the next key (stepped). */
    HOLD,
    /** Straight line to the next key. */
    LINEAR,
    /** Monotone cubic (Fritsch–Carlson): smooth, never overshoots between keys. */
    SMOOTH;

    @JsonValue
    public String id() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static Interpolation fromId(String id) { return valueOf(id.toUpperCase(Locale.ROOT)); }
}
