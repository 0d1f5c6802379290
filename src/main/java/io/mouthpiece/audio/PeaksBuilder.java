package io.mouthpiece.audio;

import java.util.Arrays;

/** Builds {@link WaveformPeaks} from streamed samples in one pass, with memory proportional to the buckets only. */
public final class PeaksBuilder {
    private final int sampleRate;
    private final int baseBucket;
    private short[] mins = new short[1024];
    private short[] maxs = new short[1024];
    private int buckets;
    private int inBucket;
    private float curMin = Float.POSITIVE_INFINITY;
    private float curMax = Float.NEGATIVE_INFINITY;
    private long samples;

    public PeaksBuilder(int sampleRate, int baseBucket) {
        if (baseBucket < 1) throw new IllegalArgumentException("bucket must be at least one sample");
        this.sampleRate = sampleRate;
        this.baseBucket = baseBucket;
    }

    public void accept(float[] s, int count) {
        for (int i = 0; i < count; i++) {
            float v = s[i];
            if (v < curMin) curMin = v;
            if (v > curMax) curMax = v;
            if (++inBucket == baseBucket) flush();
        }
        samples += count;
    }

    private void flush() {
        if (buckets == mins.length) {
            mins = Arrays.copyOf(mins, buckets * 2);
            maxs = Arrays.copyOf(maxs, buckets * 2);
        }
        mins[buckets] = q(curMin);
        maxs[buckets] = q(curMax);
        buckets++;
        inBucket = 0;
        curMin = Float.POSITIVE_INFINITY;
        curMax = Float.NEGATIVE_INFINITY;
    }

    private static short q(float v) { return (short) Math.round(Math.max(-1f, Math.min(1f, v)) * 32767f); }

    public WaveformPeaks build() {
        if (inBucket > 0) flush();
        java.util.List<short[]> lmin = new java.util.ArrayList<>();
        java.util.List<short[]> lmax = new java.util.ArrayList<>();
        short[] mn = Arrays.copyOf(mins, buckets);
        short[] mx = Arrays.copyOf(maxs, buckets);
        lmin.add(mn);
        lmax.add(mx);
        while (mn.length > 1) {
            int n = (mn.length + WaveformPeaks.FACTOR - 1) / WaveformPeaks.FACTOR;
            short[] a = new short[n];
            short[] b = new short[n];
            for (int i = 0; i < n; i++) {
                short lo = Short.MAX_VALUE;
                short hi = Short.MIN_VALUE;
                for (int j = i * WaveformPeaks.FACTOR; j < Math.min(mn.length, (i + 1) * WaveformPeaks.FACTOR); j++) {
                    lo = (short) Math.min(lo, mn[j]);
                    hi = (short) Math.max(hi, mx[j]);
                }
                a[i] = lo;
                b[i] = hi;
            }
            lmin.add(a);
            lmax.add(b);
            mn = a;
            mx = b;
        }
        return new WaveformPeaks(sampleRate, baseBucket, samples, lmin.toArray(short[][]::new), lmax.toArray(short[][]::new));
    }
}
