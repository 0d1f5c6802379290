package io.mouthpiece.export.audio;

import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mixes two clips decoded by FFmpeg from WAV files and checks every sample against the source files. */
class TakeMixdownTest {
    static final int RATE = 48_000;
    static final IntToDoubleFunction M1 = i -> ((i * 7L) % 2000 - 1000) / 4000.0;       // saw, |v| ≤ 0.25
    static final IntToDoubleFunction M2 = i -> 0.2 * Math.sin(2 * Math.PI * 300 * i / RATE);

    @TempDir Path dir;

    @Test
    void clipsLandOnExactSamplesWithTheirSourceInPoints() throws Exception {
        Path m1 = wav(dir.resolve("m1.wav"), RATE * 2, M1);
        Path m2 = wav(dir.resolve("m2.wav"), RATE / 2, M2);   // shorter than its clip: the clip's tail is silence
        AudioClip a = new AudioClip("a", "m1", TimeRange.between(Rational.of(1, 2), Rational.ONE), Rational.of(1, 4), "", Map.of());
        AudioClip b = new AudioClip("b", "m2", TimeRange.between(Rational.of(3, 4), Rational.of(3, 2)));
        Take take = new Take("t", "T", Rational.of(2), null)
                .withDialogue(List.of(new DialogueTrack("d1", "x1").withClips(List.of(a)), new DialogueTrack("d2", "x2").withClips(List.of(b))));
        TimeRange range = TimeRange.between(Rational.of(1, 4), Rational.of(2));
        ClipDecoder dec = new FfmpegClipDecoder(id -> id.equals("m1") ? m1 : m2);
        int total = RATE * 7 / 4;
        float[] got = new float[total];
        try (TakeMixdown mix = new TakeMixdown(take, range, dec, RATE)) {
            assertEquals(2, mix.clipCount());
            for (int p = 0; p < total; p += 1600) mix.read(p, got, p, Math.min(1600, total - p));
            for (int p = 0; p < total; p++) assertEquals(expected(p), got[p], 2e-4, "sample " + p);
            // a jump back (seek) gives the same samples
            float[] again = new float[500];
            mix.read(30_000, again, 0, 500);
            for (int i = 0; i < 500; i++) assertEquals(got[30_000 + i], again[i], 1e-6);
        }
    }

    /** Clip a: take samples [12000, 36000) ← m1 from sample 12000 (1/4 s); clip b: [24000, 60000) ← m2 from 0. */
    static double expected(int p) {
        double v = 0;
        if (p >= 12_000 && p < 36_000) v += q(M1.applyAsDouble(12_000 + (p - 12_000)));
        if (p >= 24_000 && p < 60_000 && p - 24_000 < RATE / 2) v += q(M2.applyAsDouble(p - 24_000));
        return v;
    }

    static double q(double v) { return Math.round(v * 32767) / 32768.0; }

    static Path wav(Path f, int n, IntToDoubleFunction s) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + n * 2).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16).put("data".getBytes()).putInt(n * 2);
        for (int i = 0; i < n; i++) b.putShort((short) Math.round(s.applyAsDouble(i) * 32767));
        Files.write(f, b.array());
        return f;
    }
}
