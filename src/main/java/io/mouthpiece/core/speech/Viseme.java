package io.mouthpiece.core.speech;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 15 Oculus (Meta OVRLipSync) visemes, in Oculus order; {@link #index()} is the position in an Oculus
 * weight vector. Every other alphabet (Rhubarb A–H/X, Preston Blair, ARKit channels) is derived from these.
 */
public enum Viseme {
    SIL("sil", "silence, rest"),
    PP("PP", "p b m: lips pressed"),
    FF("FF", "f v: lower lip under upper teeth"),
    TH("TH", "th: tongue between teeth"),
    DD("DD", "t d: tongue behind teeth"),
    KK("kk", "k g ng"),
    CH("CH", "ch j sh zh"),
    SS("SS", "s z"),
    NN("nn", "n l"),
    RR("RR", "r"),
    AA("aa", "aa: open jaw"),
    E("E", "eh ae ah"),
    IH("ih", "ih iy: spread"),
    OH("oh", "ao er: rounded, open"),
    OU("ou", "uw ow w: rounded, closed");

    private final String id;
    private final String description;

    Viseme(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Oculus name as written in files: "sil", "PP", "kk", "aa", ... */
    public String id() { return id; }

    public String description() { return description; }

    public int index() { return ordinal(); }

    public boolean isSilence() { return this == SIL; }

    public static Optional<Viseme> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
