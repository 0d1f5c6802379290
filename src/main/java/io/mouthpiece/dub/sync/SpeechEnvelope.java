package io.mouthpiece.dub.sync;

import io.mouthpiece.core.time.Rational;

/**
 * The audio signal of the sync score: the log energy of the speech band (≈300–3400 Hz) sampled at the picture's
 * frame rate. Value k is the Hann-weighted mean power over two frame durations centred on time k / fps from the start
 * of the PCM (negative k and k past the end read silence), in dB, floored {@link #RANGE_DB} below the line's loudest
 * frame so that the hiss in pauses does not count as motion.
 */
public final class SpeechEnvelope {
    static final double LOW_HZ = 300, HIGH_HZ = 3400;
    /** Dynamic range kept below the loudest frame (30 dB scored the rendered test line better than 40). */
    static final double RANGE_DB = 30;
    /** Frames within this many dB of the loudest count as speech ("voiced" in the report). */
    static final double SPEECH_DB = 25;
    /** Digital near-silence never counts as speech, whatever the line's loudest frame. */
    static final double SILENCE_DBFS = -60;

    private final double[] db;
    private final int first;
    private final double peakDb;

    private SpeechEnvelope(double[] db, int first, double peakDb) {
        this.db = db;
        this.first = first;
        this.peakDb = peakDb;
    }

    /**
     * The envelope at frames {@code first} .. {@code first + count - 1} of {@code pcm} (mono, any rate; frame k is at
     * k / fps seconds from the first sample).
     */
    public static SpeechEnvelope of(float[] pcm, int sampleRate, Rational fps, int first, int count) {
        double[] x = new double[pcm.length];
        for (int i = 0; i < x.length; i++) x[i] = pcm[i];
        Biquad hp = Biquad.highPass(LOW_HZ, sampleRate);
        hp.forward(x);
        hp.forward(x);
        if (HIGH_HZ < 0.45 * sampleRate) {
            Biquad lp = Biquad.lowPass(HIGH_HZ, sampleRate);
            lp.forward(x);
            lp.forward(x);
        }
        double frameSamples = sampleRate / fps.toDouble();
        int half = Math.max(1, (int) Math.round(frameSamples));
        double[] window = new double[2 * half + 1];
        double wsum = 0;
        for (int i = 0; i < window.length; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 1) / (window.length + 1));
            wsum += window[i];
        }
        double[] power = new double[count];
        double max = 0;
        for (int k = 0; k < count; k++) {
            long centre = Math.round((first + k) * frameSamples);
            double acc = 0;
            for (int i = 0; i < window.length; i++) {
                long s = centre - half + i;
                if (s >= 0 && s < x.length) acc += window[i] * x[(int) s] * x[(int) s];
            }
            power[k] = acc / wsum;
            max = Math.max(max, power[k]);
        }
        double peakDb = 10 * Math.log10(max + 1e-20);
        double floor = peakDb - RANGE_DB;
        double[] db = new double[count];
        for (int k = 0; k < count; k++) db[k] = Math.max(floor, 10 * Math.log10(power[k] + 1e-20));
        return new SpeechEnvelope(db, first, peakDb);
    }

    /** dB at frame {@code k} (the frame numbering of {@link #of}); silence outside the computed frames. */
    public double at(int k) {
        int i = k - first;
        return i >= 0 && i < db.length ? db[i] : peakDb - RANGE_DB;
    }

    public int first() { return first; }

    public int count() { return db.length; }

    /** The computed values, frame {@code first()} first. */
    public double[] values() { return db.clone(); }

    /** Whether frame {@code k} holds speech: within {@link #SPEECH_DB} of the line's loudest frame and not near-silence. */
    public boolean speech(int k) {
        double v = at(k);
        return v > peakDb - SPEECH_DB && v > SILENCE_DBFS;
    }
}
