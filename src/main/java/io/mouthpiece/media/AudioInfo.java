package io.mouthpiece.media;

import io.mouthpiece.core.time.Rational;

/**
 * What a file's audio track declares before decoding: native sample rate, channel count, codec and container
 * names, and the declared duration (ZERO when the container does not say, as with some raw streams).
 */
public record AudioInfo(int sampleRate, int channels, String codec, String container, Rational declaredDuration) { }
