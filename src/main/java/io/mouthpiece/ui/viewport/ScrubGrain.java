package io.mouthpiece.ui.viewport;

import io.mouthpiece.export.AudioSource;
import java.io.IOException;

/**
 * One short slice of the take's sound for audio scrubbing: {@link #LENGTH} samples from a position, with raised-cosine
 * fades of {@link #FADE} samples at both ends so that grains butt together without clicks (a hard cut mid-waveform is
 * a step, which the ear hears as a click). Mono, at the source's rate.
 */
public final class ScrubGrain {
    /** 60 ms at 48 kHz: long enough to hear the phoneme, short enough to follow the pointer. */
    public static final int LENGTH = AudioClock.RATE * 60 / 1000;
    /** 6 ms fade in and out. */
    public static final int FADE = AudioClock.RATE * 6 / 1000;

    private ScrubGrain() {}

    /** The faded grain starting at sample {@code position} of {@code source} (mono; a stereo source is averaged). */
    public static float[] read(AudioSource source, long position) throws IOException {
        int ch = Math.max(1, source.channels());
        float[] raw = new float[LENGTH * ch];
        source.read(Math.max(0, position), raw, 0, LENGTH);
        float[] out = new float[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            float sum = 0;
            for (int c = 0; c < ch; c++) sum += raw[i * ch + c];
            out[i] = sum / ch * gain(i);
        }
        return out;
    }

    /** The fade envelope at sample {@code i}: 0 at both ends, 1 in the middle. */
    static float gain(int i) {
        int fromEdge = Math.min(i, LENGTH - 1 - i);
        if (fromEdge >= FADE) return 1f;
        return (float) (0.5 - 0.5 * Math.cos(Math.PI * fromEdge / FADE));
    }

    /** Signed 16-bit little-endian PCM, as the output line takes it. */
    static byte[] pcm16(float[] samples) {
        byte[] b = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int s = Math.round(Math.max(-1f, Math.min(1f, samples[i])) * 32767f);
            b[2 * i] = (byte) s;
            b[2 * i + 1] = (byte) (s >> 8);
        }
        return b;
    }
}
