package io.mouthpiece.ui.viewport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.export.AudioSource;
import io.mouthpiece.export.audio.FfmpegClipDecoder;
import io.mouthpiece.export.audio.TakeMixdown;
import io.mouthpiece.ui.testing.SampleFixture;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Scrub grains cut from the sample take's real dialogue: audible in the middle, faded to silence at both edges. */
class ScrubGrainTest {
    static AudioSource mixdown(SampleFixture s) {
        Project p = s.project.get();
        Take t = p.takes().getFirst();
        Path folder = s.folder.get();
        return new TakeMixdown(t, new TimeRange(Rational.ZERO, t.duration()),
                new FfmpegClipDecoder(id -> p.mediaById(id).map(m -> folder.resolve(m.path())).orElse(null)), AudioClock.RATE);
    }

    static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += x[i] * x[i];
        return Math.sqrt(sum / (to - from));
    }

    @Test
    void grainsAreTheTakesSoundWithFadedEdges() throws Exception {
        SampleFixture sample = new SampleFixture();
        try (AudioSource src = mixdown(sample)) {
            // the loudest grain start among 0.1 s steps over the first 5 s (speech, not a pause)
            long best = 0;
            double bestRms = -1;
            for (long pos = 0; pos < 5 * AudioClock.RATE; pos += AudioClock.RATE / 10) {
                double r = rms(ScrubGrain.read(src, pos), 0, ScrubGrain.LENGTH);
                if (r > bestRms) {
                    bestRms = r;
                    best = pos;
                }
            }
            float[] grain = ScrubGrain.read(src, best);
            float[] raw = new float[ScrubGrain.LENGTH];
            src.read(best, raw, 0, ScrubGrain.LENGTH);
            assertEquals(2880, ScrubGrain.LENGTH, "60 ms at 48 kHz");
            assertTrue(bestRms > 0.02, "speech is audible in a grain: rms " + bestRms);
            assertTrue(rms(raw, 0, raw.length) > 0.02);
            // the middle is the take's sound unchanged, the edges fade from and to exact silence
            int f = ScrubGrain.FADE;
            for (int i = f; i < ScrubGrain.LENGTH - f; i++) assertEquals(raw[i], grain[i], 0f, "sample " + i);
            assertEquals(0f, grain[0], 0f);
            assertEquals(0f, grain[ScrubGrain.LENGTH - 1], 0f);
            float maxAbs = 0;
            for (float v : raw) maxAbs = Math.max(maxAbs, Math.abs(v));
            for (int i = 0; i < f; i++) {
                float g = ScrubGrain.gain(i);
                assertEquals(raw[i] * g, grain[i], 1e-6f);
                assertEquals(raw[ScrubGrain.LENGTH - 1 - i] * g, grain[ScrubGrain.LENGTH - 1 - i], 1e-6f);
                if (i > 0) assertTrue(g >= ScrubGrain.gain(i - 1), "the fade only rises");
            }
            // no click: the first and last 0.5 ms stay far below the grain's peak
            int halfMs = AudioClock.RATE / 2000;
            for (int i = 0; i < halfMs; i++) {
                assertTrue(Math.abs(grain[i]) <= 0.02 * maxAbs + 1e-6, "fade-in sample " + i + " = " + grain[i]);
                assertTrue(Math.abs(grain[ScrubGrain.LENGTH - 1 - i]) <= 0.02 * maxAbs + 1e-6);
            }
            // and the PCM for the line is the same grain in signed 16 bits
            byte[] pcm = ScrubGrain.pcm16(grain);
            int mid = ScrubGrain.LENGTH / 2;
            assertEquals(Math.round(grain[mid] * 32767f), (short) ((pcm[2 * mid] & 0xff) | (pcm[2 * mid + 1] << 8)));
        }
    }

    @Test
    void scrubbingWithoutADeviceIsSilentAndQuiet() throws Exception {
        AtomicInteger statuses = new AtomicInteger();
        SampleFixture sample = new SampleFixture();
        try (AudioClock clock = new AudioClock(WallClock.system(), false, Runnable::run, s -> statuses.incrementAndGet())) {
            clock.setFeed(new AudioClock.Feed(() -> mixdown(sample), Rational.ZERO));
            for (int i = 0; i < 20; i++) clock.scrub(Rational.of(i, 10)); // no device: nothing to play, no error
            assertEquals(1, statuses.get(), "only the 'audio off' line");
        }
    }
}
