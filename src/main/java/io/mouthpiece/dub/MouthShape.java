package io.mouthpiece.dub;

/** The mouth-shape part of a {@link MouthDescriptor}: what a target asks for and a candidate shows. */
public record MouthShape(double aperture, double width, double rounding, double teeth) {
    public static MouthShape of(MouthDescriptor d) { return new MouthShape(d.aperture(), d.width(), d.rounding(), d.teeth()); }
}
