package io.mouthpiece.lipsync;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VoiceGateTest {
    static final float DB = (float) Math.log(10) / 10; // natural-log power per dB

    @Test
    void aPhraseWithoutPausesIsNotCutByItsOwnQuietFrames() {
        // 6 s of held notes at 0 dB with a 6 dB softer consonant every half second (12 % of the frames) and one 100 ms
        // stop closure at -40 dB: the 10th percentile alone is a consonant, and floor + 9 dB would gate the notes
        float[] e = new float[600];
        Arrays.fill(e, 0);
        for (int i = 0; i < 600; i += 50) for (int k = 0; k < 6; k++) e[i + k] = -6 * DB;
        for (int k = 300; k < 310; k++) e[k] = -40 * DB;
        boolean[] g = VoiceGate.gated(e, 600, 9, 35);
        for (int i = 0; i < 600; i++) if (e[i] >= -6 * DB) assertFalse(g[i], "frame " + i + " of the phrase");
        assertTrue(g[305], "the closure itself is below the gate");
    }

    @Test
    void anIsolatedBurstInAPauseIsGatedAWordIsNot() {
        float[] e = new float[400];
        Arrays.fill(e, -60 * DB);
        for (int k = 100; k < 110; k++) e[k] = 0;           // a drum hit, 100 ms, quiet on both sides
        for (int k = 200; k < 260; k++) e[k] = 0;           // a word, 600 ms
        boolean[] g = VoiceGate.gated(e, 400, 9, 35);
        for (int k = 100; k < 110; k++) assertTrue(g[k], "burst frame " + k);
        for (int k = 200; k < 260; k++) assertFalse(g[k], "word frame " + k);
    }
}
