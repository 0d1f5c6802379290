package io.mouthpiece.face;

import io.mouthpiece.core.face.SixPoints;

import java.awt.image.BufferedImage;

/** Public door to the cartoon fixture for tests in other packages. */
public final class StylisedFaces {
    private StylisedFaces() {}

    public static BufferedImage image() { return StylisedFace.draw(); }

    public static SixPoints points() { return StylisedFace.POINTS; }
}
