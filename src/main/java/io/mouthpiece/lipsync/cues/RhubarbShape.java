package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.speech.Viseme;

/**
 * Rhubarb Lip Sync's mouth shapes with their documented meanings, and the Preston Blair names that Rhubarb
 * uses for Moho/OpenToonz switch files.
 */
public enum RhubarbShape {
    A("MBP"),   // closed mouth: M, B, P
    B("etc"),   // slightly open, teeth together: most consonants, EE
    C("E"),     // open: EH, AE
    D("AI"),    // wide open: AA
    E("O"),     // slightly rounded: AO, ER
    F("U"),     // puckered: UW, OW, W
    G("FV"),    // upper teeth on lower lip: F, V
    H("L"),     // tongue raised: long L
    X("rest");  // idle

    private final String prestonBlair;

    RhubarbShape(String prestonBlair) { this.prestonBlair = prestonBlair; }

    public String prestonBlair() { return prestonBlair; }

    /** The shape Rhubarb would draw for a viseme. {@code nn} covers N and L; N is far more common, so B. */
    public static RhubarbShape of(Viseme v) {
        return switch (v) {
            case SIL -> X;
            case PP -> A;
            case FF -> G;
            case TH, DD, KK, CH, SS, NN, RR, IH -> B;
            case E -> C;
            case AA -> D;
            case OH -> E;
            case OU -> F;
        };
    }
}
