package io.mouthpiece.export;

import java.io.IOException;

/**
 * The take's mixed dialogue as float PCM in [-1, 1], read in chunks by sample position (sample 0 = the first
 * exported frame's start). Reads past the end give silence, so the exporter can always make the sound exactly as
 * long as the picture. Reads usually come in order; an implementation may be slower for jumps.
 */
public interface AudioSource extends AutoCloseable {
    int sampleRate();

    /** 1 (mono) or 2 (stereo, interleaved L R). */
    int channels();

    /** Fills {@code out[off .. off + frames*channels())} with the sample frames starting at {@code position}. */
    void read(long position, float[] out, int off, int frames) throws IOException;

    @Override
    default void close() throws IOException { }

    /** No sound at all: the exporter then writes a picture-only file. */
    AudioSource NONE = new AudioSource() {
        @Override public int sampleRate() { return 48_000; }
        @Override public int channels() { return 0; }
        @Override public void read(long position, float[] out, int off, int frames) { }
    };
}
