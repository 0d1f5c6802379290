package io.mouthpiece.audio;

/**
 * Min/max waveform peaks at several zoom levels for drawing a timeline. Level 0 summarises
 * {@link #baseBucket()} samples per bucket; each next level merges {@link #FACTOR} buckets of the one below,
 * so any zoom reads at most FACTOR× more buckets than pixels. Values are stored as 16-bit fractions of full
 * scale: four bytes per bucket keep a 3-hour, 48 kHz file's pyramid near 9 MB.
 */
public final class WaveformPeaks {
    public static final int FACTOR = 4;

    private final int sampleRate;
    private final int baseBucket;
    private final long sampleCount;
    private final short[][] mins;
    private final short[][] maxs;

    WaveformPeaks(int sampleRate, int baseBucket, long sampleCount, short[][] mins, short[][] maxs) {
        this.sampleRate = sampleRate;
        this.baseBucket = baseBucket;
        this.sampleCount = sampleCount;
        this.mins = mins;
        this.maxs = maxs;
    }

    public int sampleRate() { return sampleRate; }

    public int baseBucket() { return baseBucket; }

    public long sampleCount() { return sampleCount; }

    public int levels() { return mins.length; }

    /** Samples summarised by one bucket of {@code level}. */
    public long samplesPerBucket(int level) {
        long s = baseBucket;
        for (int i = 0; i < level; i++) s *= FACTOR;
        return s;
    }

    public int buckets(int level) { return mins[level].length; }

    public float min(int level, int bucket) { return mins[level][bucket] / 32767f; }

    public float max(int level, int bucket) { return maxs[level][bucket] / 32767f; }

    /** The coarsest level that still has at least one bucket per pixel at this zoom. */
    public int levelFor(double samplesPerPixel) {
        int best = 0;
        for (int l = 0; l < levels(); l++) {
            if (samplesPerBucket(l) <= samplesPerPixel) best = l;
        }
        return best;
    }

    short[] rawMins(int level) { return mins[level]; }

    short[] rawMaxs(int level) { return maxs[level]; }
}
