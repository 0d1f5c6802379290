package io.mouthpiece.core.media;

import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.time.Rational;

/** What a probe learned about a media file. {@code duration} is null for stills; sizes are 0 where not applicable. */
public record MediaInfo(MediaKind kind, Rational duration, int width, int height, int sampleRate, int channels, String format) {}
