package io.mouthpiece.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum MediaKind {
    IMAGE, VIDEO, AUDIO;

    @JsonValue
    public String id() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    public static MediaKind fromId(String id) { return valueOf(id.toUpperCase(Locale.ROOT)); }
}
