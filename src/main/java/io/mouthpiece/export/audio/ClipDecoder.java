package io.mouthpiece.export.audio;

import io.mouthpiece.core.time.Rational;

import java.io.IOException;

/** Opens a media file's sound as a mono float stream at a given rate, starting at an exact source time. */
@FunctionalInterface
public interface ClipDecoder {
    Stream open(String mediaId, Rational sourceTime, int sampleRate) throws IOException;

    interface Stream extends AutoCloseable {
        /** Up to {@code len} samples into {@code dst}; -1 at the end of the media. */
        int read(float[] dst, int off, int len) throws IOException;

        @Override
        void close();
    }
}
