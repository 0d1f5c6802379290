package io.mouthpiece.core.face;

/** Both eyes; right/left are the subject's (the right eye is on the image's left). */
public record IrisPair(EyeIris right, EyeIris left) { }
