package io.mouthpiece.lipsync;

import java.util.Arrays;

/**
 * The voice-activity gate of {@link LipsyncAnalyzer}: which 10 ms frames are too quiet to be speech. A frame is
 * speech only if it is within {@code rangeDb} of the chunk's loud frames (95th percentile) and at least
 * {@code floorDb} above its noise floor; frames below -90 dBFS (digital silence) never are, and do not count towards
 * the floor, so a file that is part silence, part room tone still sees the room tone as the floor.
 *
 * <p>The floor was the 10th percentile of the frames (rounds 1-9), which assumes a tenth of the chunk is pause.
 * Singing (and dense speech) has fewer pauses, so the floor landed on quiet voice and the gate cut held vowels to rest.
 * Now it is the quietest 100 ms of the chunk (the lowest mean log energy over {@value #FLOOR_FRAMES} frames) when that is
 * lower: in a clip with pauses the two agree within a few dB, in a clip without them the quietest 100 ms is a stop
 * closure or a breath, which is as close to the room as the clip gets (model card, Round 10).
 *
 * <p>A music bed under the voice passes that gate at its louder moments (a snare, a chord's onset), and the mouth
 * moved in the pauses. {@link #gateBed} gates frames that sound like the chunk's own pauses (Round 10b).
 */
final class VoiceGate {
    static final int FLOOR_FRAMES = 10;
    static final float DIGITAL_SILENCE = (float) Math.log(1e-9); // below -90 dBFS is never speech

    private VoiceGate() { }

    /** True for the frames that are not speech. {@code logE}: natural-log frame power, {@code n} frames. */
    static boolean[] gated(float[] logE, int n, float floorDb, float rangeDb) {
        float[] sorted = new float[n];
        int live = 0;
        for (int i = 0; i < n; i++) if (logE[i] > DIGITAL_SILENCE) sorted[live++] = logE[i];
        boolean[] gated = new boolean[n];
        if (live == 0) {
            Arrays.fill(gated, true);
            return gated;
        }
        Arrays.sort(sorted, 0, live);
        float floor = Math.min(sorted[(int) (live * 0.10)], quietest(logE, n));
        float ref = sorted[Math.min(live - 1, (int) (live * 0.95))];
        float perDb = FrameFeatures.LN_10DB / 10;
        float gate = Math.max(floor + floorDb * perDb, ref - rangeDb * perDb);
        gate = Math.max(gate, DIGITAL_SILENCE);
        for (int i = 0; i < n; i++) gated[i] = logE[i] < gate;
        dropBursts(gated, n);
        return gated;
    }

    static final int BURST = 20;
    static final int QUIET = 25;
    static final int QUIET_AFTER = 13; // one frame more than LipsyncAnalyzer's MAX_CLOSURE: a pause, not a stop

    /**
     * A burst of sound shorter than {@value #BURST} frames with at least {@value #QUIET} gated frames before it and
     * {@value #QUIET_AFTER} after it (or the chunk's edge) is a drum hit, a click or a cough in a pause, not a word:
     * gated too, so a music bed does not flap the mouth between lines. (Round 10 asked for {@value #QUIET} after it as
     * well, which let a snare 130-250 ms before a line through.)
     */
    static void dropBursts(boolean[] gated, int n) {
        int i = 0;
        while (i < n) {
            if (gated[i]) { i++; continue; }
            int j = i;
            while (j < n && !gated[j]) j++;
            if (j - i < BURST && quietRun(gated, n, i - 1, -1, QUIET) && quietRun(gated, n, j, 1, QUIET_AFTER)) {
                Arrays.fill(gated, i, j, true);
            }
            i = j;
        }
    }

    private static boolean quietRun(boolean[] gated, int n, int from, int dir, int quiet) {
        int k = 0;
        for (int i = from; i >= 0 && i < n && gated[i] && k < quiet; i += dir) k++;
        return k >= quiet || from + dir * k < 0 || from + dir * k >= n;
    }

    /** The lowest mean log energy over {@value #FLOOR_FRAMES} consecutive frames above digital silence (+inf if none). */
    static float quietest(float[] logE, int n) {
        float best = Float.POSITIVE_INFINITY;
        double sum = 0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            if (logE[i] <= DIGITAL_SILENCE) {
                sum = 0;
                run = 0;
                continue;
            }
            sum += logE[i];
            if (++run > FLOOR_FRAMES) sum -= logE[i - FLOOR_FRAMES];
            if (run >= FLOOR_FRAMES) best = Math.min(best, (float) (sum / FLOOR_FRAMES));
        }
        return best;
    }

    static final float BED_DISTANCE = 3f;
    static final float BED_LOUDER = 0.1f;
    static final int BED_REACH = 300;

    /**
     * Gates the frames that sound like the bed: an ungated frame whose cepstrum lies within {@value #BED_DISTANCE}
     * (Euclidean over c1-c12, plus {@value #BED_LOUDER} times the square of how much louder it is in c0) of some frame
     * of a pause (a gated run of at least {@value #QUIET} frames) within {@value #BED_REACH} frames (3 s). A stationary
     * bed sounds the same in and out of the pauses, a voice does not; in clean speech the pauses are room tone, far
     * from any voiced frame. Then {@link #dropBursts} again. {@code gated} from {@link #gated}, changed in place.
     */
    static void gateBed(float[][] cep, int n, boolean[] gated) {
        boolean[] pause = new boolean[n];
        int i = 0;
        while (i < n) {
            if (!gated[i]) { i++; continue; }
            int j = i;
            while (j < n && gated[j]) j++;
            if (j - i >= QUIET) Arrays.fill(pause, i, j, true);
            i = j;
        }
        float limit = BED_DISTANCE * BED_DISTANCE;
        boolean[] bed = new boolean[n];
        for (i = 0; i < n; i++) {
            if (gated[i]) continue;
            for (int j = Math.max(0, i - BED_REACH); j < Math.min(n, i + BED_REACH) && !bed[i]; j++) {
                if (!pause[j]) continue;
                float louder = Math.max(0, cep[i][0] - cep[j][0]);
                float s = BED_LOUDER * louder * louder;
                for (int c = 1; c < cep[i].length && s < limit; c++) {
                    float e = cep[i][c] - cep[j][c];
                    s += e * e;
                }
                bed[i] = s < limit;
            }
        }
        for (i = 0; i < n; i++) if (bed[i]) gated[i] = true;
        dropBursts(gated, n);
    }
}
