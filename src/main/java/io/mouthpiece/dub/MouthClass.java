package io.mouthpiece.dub;

/**
 * Coarse viseme classes the selection must not confuse: a closure (M/B/P) must be closed, "oo" rounded, "ee" spread.
 * Classified the same way for targets and for the shot's frames, from a shape relative to the shot's rest mouth.
 */
public enum MouthClass {
    CLOSED, ROUNDED, SPREAD, OPEN, MID;

    /**
     * @param open     aperture above the rest aperture, in face widths
     * @param widthRel mouth width over the rest width
     */
    public static MouthClass of(double open, double widthRel) {
        if (open < 0.012) return CLOSED;
        if (widthRel < 0.9) return ROUNDED;
        if (open > 0.06) return OPEN;
        if (widthRel > 1.06) return SPREAD;
        return MID;
    }
}
