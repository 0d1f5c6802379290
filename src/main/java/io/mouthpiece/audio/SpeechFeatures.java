package io.mouthpiece.audio;

/**
 * Streaming speech features at a 10 ms hop from 16 kHz mono: 13 mel-frequency cepstral coefficients over a
 * 25 ms Hamming window (24 mel bands, 60–7600 Hz) plus the frame's log energy. Feed samples in any chunk sizes;
 * each completed frame goes to the {@link FrameConsumer}. Frame i is centred at i × 10 ms.
 */
public final class SpeechFeatures {
    public static final int SAMPLE_RATE = 16000;
    public static final int HOP = 160;
    public static final int WINDOW = 400;
    public static final int CEPSTRA = 13;
    private static final int FFT = 512;
    private static final int BANDS = 24;

    @FunctionalInterface
    public interface FrameConsumer {
        /** {@code cepstra} (length 13) is reused after the call; {@code logEnergy} is natural-log frame power. */
        void frame(float[] cepstra, float logEnergy);
    }

    private final FrameConsumer out;
    // the 512-point real transform runs as a 256-point complex one on the even/odd samples, then a split step
    private final Fft fft = new Fft(FFT / 2);
    private final double[] splitCos = new double[FFT / 2 + 1];
    private final double[] splitSin = new double[FFT / 2 + 1];
    private final double[] power = new double[FFT / 2 + 1];
    private final int maxBin;
    private final double[] window = new double[WINDOW];
    private final float[][] melFilters = new float[BANDS][];
    private final int[] melStart = new int[BANDS];
    private final double[][] dct = new double[CEPSTRA][BANDS];
    // ring of the last WINDOW samples; starts with half a window of zeros so frame 0 is centred at t = 0
    private final float[] ring = new float[WINDOW];
    private int ringPos;
    private int filled;
    private int sinceHop;
    private final double[] re = new double[FFT / 2];
    private final double[] im = new double[FFT / 2];
    private final double[] frame = new double[FFT];
    private final double[] bands = new double[BANDS];
    private final float[] cep = new float[CEPSTRA];
    private float prevSample;

    public SpeechFeatures(FrameConsumer out) {
        this.out = out;
        for (int i = 0; i < WINDOW; i++) window[i] = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (WINDOW - 1));
        double lo = mel(60), hi = mel(7600);
        double[] edges = new double[BANDS + 2];
        for (int i = 0; i < edges.length; i++) edges[i] = imel(lo + (hi - lo) * i / (BANDS + 1)) * FFT / SAMPLE_RATE;
        for (int b = 0; b < BANDS; b++) {
            int s = (int) Math.ceil(edges[b]), e = (int) Math.floor(edges[b + 2]);
            melStart[b] = s;
            melFilters[b] = new float[Math.max(0, e - s + 1)];
            for (int k = s; k <= e; k++) {
                double w = k < edges[b + 1] ? (k - edges[b]) / (edges[b + 1] - edges[b]) : (edges[b + 2] - k) / (edges[b + 2] - edges[b + 1]);
                melFilters[b][k - s] = (float) Math.max(0, w);
            }
        }
        int top = 0;
        for (int b = 0; b < BANDS; b++) top = Math.max(top, melStart[b] + melFilters[b].length);
        maxBin = Math.min(FFT / 2, top);
        for (int k = 0; k <= FFT / 2; k++) {
            splitCos[k] = Math.cos(2 * Math.PI * k / FFT);
            splitSin[k] = Math.sin(2 * Math.PI * k / FFT);
        }
        for (int c = 0; c < CEPSTRA; c++) {
            for (int b = 0; b < BANDS; b++) dct[c][b] = Math.cos(Math.PI * c * (b + 0.5) / BANDS) * Math.sqrt(2.0 / BANDS);
        }
        ringPos = WINDOW / 2;
        filled = WINDOW / 2;
        sinceHop = HOP - 1; // the first frame fires once the centre sample (t = 0) has arrived
    }

    /**
     * |X[k]|² for k ≤ maxBin of the zero-padded frame: z[n] = x[2n] + i·x[2n+1] through a half-size FFT, then
     * X[k] = (Z[k] + Z*[N/2−k])/2 − i·e^(−2πik/N)·(Z[k] − Z*[N/2−k])/2.
     */
    private void realPower() {
        int h = FFT / 2;
        for (int j = 0; j < h; j++) {
            int i2 = 2 * j;
            re[j] = i2 < WINDOW ? frame[i2] : 0;
            im[j] = i2 + 1 < WINDOW ? frame[i2 + 1] : 0;
        }
        fft.transform(re, im);
        for (int k = 0; k <= maxBin; k++) {
            int a = k == h ? 0 : k, b = k == 0 ? 0 : h - k;
            double zr = re[a], zi = im[a], cr = re[b], ci = -im[b]; // Z[k], conj(Z[N/2-k])
            double er = (zr + cr) / 2, ei = (zi + ci) / 2;       // even part
            double dr = (zr - cr) / 2, di = (zi - ci) / 2;       // (Z - conj)/2
            // odd part: -i · e^(-iθ) · d, with e^(-iθ) = cos θ - i sin θ
            double wr = splitCos[k], wi = -splitSin[k];
            double tr = wr * dr - wi * di, ti = wr * di + wi * dr; // e^(-iθ)·d
            double or = ti, oi = -tr;                              // -i·(tr + i·ti) = ti - i·tr
            double xr = er + or, xi = ei + oi;
            power[k] = xr * xr + xi * xi;
        }
    }

    private static double mel(double hz) { return 1127 * Math.log(1 + hz / 700); }

    private static double imel(double m) { return 700 * (Math.exp(m / 1127) - 1); }

    public void accept(float[] s, int count) {
        for (int i = 0; i < count; i++) {
            // pre-emphasis 0.97 flattens the speech spectrum so high bands (fricatives) are not lost in the low ones
            float x = s[i] - 0.97f * prevSample;
            prevSample = s[i];
            ring[ringPos] = x;
            ringPos = (ringPos + 1) % WINDOW;
            if (filled < WINDOW) filled++;
            if (++sinceHop == HOP) {
                sinceHop = 0;
                emit(WINDOW / 2);
            }
        }
    }

    /** Flushes the frames whose window reaches past the end of the input (padding with zeros). */
    public void finish() {
        float[] zeros = new float[HOP];
        int pending = (WINDOW / 2) / HOP + 1;
        float keep = prevSample;
        for (int i = 0; i < pending; i++) {
            prevSample = 0;
            accept(zeros, HOP);
        }
        prevSample = keep;
    }

    private void emit(int unused) {
        double energy = 0;
        int head = WINDOW - ringPos; // the ring's oldest sample is at ringPos
        for (int i = 0; i < head; i++) frame[i] = ring[ringPos + i] * window[i];
        for (int i = head; i < WINDOW; i++) frame[i] = ring[i - head] * window[i];
        for (int i = 0; i < WINDOW; i++) energy += frame[i] * frame[i];
        realPower();
        for (int b = 0; b < BANDS; b++) {
            double acc = 0;
            float[] f = melFilters[b];
            int s0 = melStart[b];
            for (int k = 0; k < f.length; k++) acc += f[k] * power[s0 + k];
            bands[b] = Math.log(acc + 1e-8);
        }
        for (int c = 0; c < CEPSTRA; c++) {
            double acc = 0;
            for (int b = 0; b < BANDS; b++) acc += dct[c][b] * bands[b];
            cep[c] = (float) acc;
        }
        out.frame(cep, (float) Math.log(energy / WINDOW + 1e-10));
    }
}
