package io.mouthpiece.core.project;

import io.mouthpiece.core.time.Rational;

import java.util.Objects;

/** A labelled point on a take's timeline. */
public record Marker(String id, Rational time, String label) {
    public Marker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        label = Objects.requireNonNullElse(label, "");
    }
}
