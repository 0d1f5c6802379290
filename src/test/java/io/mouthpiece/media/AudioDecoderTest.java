package io.mouthpiece.media;

import io.mouthpiece.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class AudioDecoderTest {
    private final AudioDecoder decoder = new AudioDecoder();

    static Path fixture(String name) {
        try {
            return Path.of(AudioDecoderTest.class.getResource("/lipsync/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"speech16k.wav", "speech.mp3", "speech.m4a", "speech.flac", "speech.opus", "speech_video.mp4"})
    void decodesEveryFormatToTheSameSpeech(String name) throws Exception {
        AudioDecoder.MonoPcm ref = decoder.decodeAll(fixture("speech16k.wav"), 16000, 10);
        AudioDecoder.MonoPcm pcm = decoder.decodeAll(fixture(name), 16000, 10);
        assertEquals(16000, pcm.sampleRate());
        double seconds = pcm.samples().length / 16000.0;
        assertEquals(1.71, seconds, 0.12, "duration of " + name);
        // Same loudness envelope as the WAV (lossy codecs shift phase, so compare energy per 50 ms window).
        double num = 0, da = 0, db = 0;
        int win = 800;
        int n = Math.min(ref.samples().length, pcm.samples().length) / win;
        int lag = bestLag(ref.samples(), pcm.samples());
        for (int w = 0; w < n - 1; w++) {
            double ea = energy(ref.samples(), w * win, win), eb = energy(pcm.samples(), w * win + lag, win);
            num += ea * eb;
            da += ea * ea;
            db += eb * eb;
        }
        assertTrue(num / Math.sqrt(da * db) > 0.95, name + " energy envelope correlation " + num / Math.sqrt(da * db));
    }

    private static int bestLag(float[] a, float[] b) {
        int best = 0;
        double bestE = Double.MAX_VALUE;
        for (int lag = 0; lag < 1600; lag += 16) { // codecs add up to ~0.1 s of priming
            double e = 0;
            for (int w = 0; w < 20; w++) e += Math.abs(energy(a, w * 800, 800) - energy(b, w * 800 + lag, 800));
            if (e < bestE) {
                bestE = e;
                best = lag;
            }
        }
        return best;
    }

    private static double energy(float[] s, int from, int len) {
        double e = 0;
        for (int i = from; i < Math.min(s.length, from + len); i++) e += s[i] * s[i];
        return e;
    }

    @Test
    void mixesStereoToMonoAndResamples() throws Exception {
        AudioInfo info = decoder.probe(fixture("tone440_stereo.wav"));
        assertEquals(44100, info.sampleRate());
        assertEquals(2, info.channels());
        AudioDecoder.MonoPcm pcm = decoder.decodeAll(fixture("tone440_stereo.wav"), 8000, 5);
        assertEquals(4000, pcm.samples().length, 40);
        int crossings = 0;
        float peak = 0;
        float[] s = pcm.samples();
        for (int i = 400; i < 3600; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) crossings++;
            peak = Math.max(peak, Math.abs(s[i]));
        }
        assertEquals(440 * 0.4, crossings, 2); // 0.4 s of a 440 Hz tone survives the rate change
        // left at 0.5, right silent: the mono mix carries the tone at a reduced but clear level
        assertTrue(peak > 0.15 && peak < 0.5, "peak " + peak);
    }

    @Test
    void truncatedFileIsAClearError() {
        AudioDecodeException e = assertThrows(AudioDecodeException.class,
                () -> decoder.decode(fixture("truncated.wav"), 16000, (s, n) -> { }, Progress.NONE));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().startsWith("truncated.wav"), e.getMessage());
    }

    @Test
    void corruptFileIsAClearError() {
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.probe(fixture("corrupt.mp3")));
        assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("no audio"), e.getMessage());
    }

    @Test
    void missingFileIsAClearError() {
        AudioDecodeException e = assertThrows(AudioDecodeException.class,
                () -> decoder.probe(Path.of("/nonexistent/dir/voice.wav")));
        assertEquals("voice.wav: file not found", e.getMessage());
    }

    @Test
    void cancellationStopsDecoding() {
        Progress cancelled = new Progress() {
            @Override public void update(double f, String m) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(io.mouthpiece.core.task.CancelledException.class,
                () -> decoder.decode(fixture("speech16k.wav"), 16000, (s, n) -> { }, cancelled));
    }
}
