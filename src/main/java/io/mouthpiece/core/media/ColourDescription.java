package io.mouthpiece.core.media;

/**
 * A video stream's colour description as FFmpeg names it ("bt709", "smpte2084", "bt2020nc", "tv"/"pc"); "unknown"
 * where the file does not say. Carried through to the export unchanged: never tone-mapped or silently converted.
 */
public record ColourDescription(String primaries, String transfer, String matrix, String range) {
    public static final String UNKNOWN = "unknown";
    public static final ColourDescription UNSPECIFIED = new ColourDescription(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);

    public ColourDescription {
        primaries = orUnknown(primaries);
        transfer = orUnknown(transfer);
        matrix = orUnknown(matrix);
        range = orUnknown(range);
    }

    /** True when at least primaries, transfer or matrix is stated. */
    public boolean specified() {
        return !UNKNOWN.equals(primaries) || !UNKNOWN.equals(transfer) || !UNKNOWN.equals(matrix);
    }

    /** True for the HDR transfers (PQ, HLG), which must never be treated as SDR. */
    public boolean hdr() { return "smpte2084".equals(transfer) || "arib-std-b67".equals(transfer); }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() || "unspecified".equals(s) || "reserved".equals(s) ? UNKNOWN : s;
    }

    @Override
    public String toString() { return primaries + "/" + transfer + "/" + matrix + " (" + range + " range)"; }
}
