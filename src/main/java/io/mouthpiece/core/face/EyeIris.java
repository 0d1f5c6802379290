package io.mouthpiece.core.face;

/**
 * One eye: iris centre and radius in source-image pixels, and openness = lid gap / eye width (about 0.25-0.35 for
 * an open eye, under 0.1 closed).
 */
public record EyeIris(double cx, double cy, double radius, double openness) { }
