package io.mouthpiece.cli;

import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.lipsync.PhoneMap;
import io.mouthpiece.lipsync.cues.RhubarbShape;

import java.util.List;
import java.util.Locale;

/**
 * The singing numbers of {@code bench lipsync} (issue 15), per voice, from a 100 fps predicted shape track and the
 * phone labels: false closures per minute (runs of closed frames, A, with no M/B/P frame of the truth within
 * ±{@value #REACH} frames: festival's singing-mode boundaries can sit ~0.1 s off the audible change), held-vowel
 * frames drawn open (vowels of at least {@value #HELD} frames, {@value #EDGE} frames at each end left out; open =
 * neither A nor X), and mouth moves per minute of pause (a run of a drawn shape other than X starting inside a truth
 * pause of at least {@value #PAUSE} frames, {@value #EDGE} frames in from its edges: a music bed or room tone that
 * moves the mouth).
 */
final class CueFidelity {
    static final int REACH = 8;
    static final int HELD = 30;
    static final int EDGE = 8;
    static final int PAUSE = 30;

    /** frames, false closure runs, held-vowel frames, open among them, pause frames, moves in pauses, closure runs. */
    final long[] s = new long[7];

    void add(RhubarbShape[] pred, List<BenchLipsyncCommand.Phone> ps, PhoneMap.Alphabet alphabet, String lang) {
        int n = pred.length;
        boolean[] closed = new boolean[n];
        for (var p : ps) {
            if (PhoneMap.truthShape(p.phone(), alphabet, lang) != RhubarbShape.A) continue;
            for (int f = (int) Math.round(p.start() * 100); f < Math.min(n, Math.round(p.end() * 100)); f++) closed[Math.max(0, f)] = true;
        }
        s[0] += n;
        for (int i = 0; i < n; ) {
            if (pred[i] != RhubarbShape.A) { i++; continue; }
            int j = i;
            while (j < n && pred[j] == RhubarbShape.A) j++;
            boolean real = false;
            for (int f = Math.max(0, i - REACH); f < Math.min(n, j + REACH) && !real; f++) real = closed[f];
            s[6]++;
            if (!real) s[1]++;
            i = j;
        }
        // truth pauses: unlabelled frames and silence phones
        boolean[] pause = new boolean[n];
        java.util.Arrays.fill(pause, true);
        for (var p : ps) {
            Viseme v = PhoneMap.viseme(p.phone(), alphabet, lang);
            int a = (int) Math.round(p.start() * 100), b = (int) Math.min(n, Math.round(p.end() * 100));
            for (int f = Math.max(0, a); f < b; f++) pause[f] = v == Viseme.SIL;
            if (isVowel(v) && b - a >= HELD) {
                for (int f = a + EDGE; f < b - EDGE; f++) {
                    s[2]++;
                    if (pred[f] != RhubarbShape.A && pred[f] != RhubarbShape.X) s[3]++;
                }
            }
        }
        for (int i = 0; i < n; ) {
            if (!pause[i]) { i++; continue; }
            int j = i;
            while (j < n && pause[j]) j++;
            if (j - i >= PAUSE) {
                for (int f = i + EDGE; f < j - EDGE; f++) {
                    s[4]++;
                    if (pred[f] != RhubarbShape.X && (f == i + EDGE || pred[f - 1] != pred[f])) s[5]++;
                }
            }
            i = j;
        }
    }

    static boolean isVowel(Viseme v) {
        return v == Viseme.AA || v == Viseme.E || v == Viseme.IH || v == Viseme.OH || v == Viseme.OU;
    }

    static String header() {
        return "| voice | audio s | closure runs | false closures/min | held-vowel frames open (n) | moves per min of pause (pause s) |\n|---|---|---|---|---|---|";
    }

    String row(String name) {
        double min = s[0] / 6000.0;
        return String.format(Locale.ROOT, "| %s | %.1f | %d | %.1f | %.1f %% (%d) | %.1f (%.1f) |", name, s[0] / 100.0, s[6],
                s[1] / Math.max(1e-9, min), 100.0 * s[3] / Math.max(1, s[2]), s[2],
                s[4] == 0 ? 0 : s[5] / (s[4] / 6000.0), s[4] / 100.0);
    }

    void addAll(CueFidelity o) { for (int i = 0; i < s.length; i++) s[i] += o.s[i]; }
}
