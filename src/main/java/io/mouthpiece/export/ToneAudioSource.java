package io.mouthpiece.export;

/** A sine tone, for tests and benchmarks: sample i = amplitude·sin(2π·hz·i / rate), the same on every channel. */
public final class ToneAudioSource implements AudioSource {
    private final int rate;
    private final int channels;
    private final double hz;
    private final float amplitude;

    public ToneAudioSource(int rate, int channels, double hz, float amplitude) {
        this.rate = rate;
        this.channels = channels;
        this.hz = hz;
        this.amplitude = amplitude;
    }

    @Override public int sampleRate() { return rate; }

    @Override public int channels() { return channels; }

    @Override
    public void read(long position, float[] out, int off, int frames) {
        for (int i = 0; i < frames; i++) {
            float v = (float) (amplitude * Math.sin(2 * Math.PI * hz * ((position + i) % rate) / rate));
            for (int c = 0; c < channels; c++) out[off + i * channels + c] = v;
        }
    }
}
