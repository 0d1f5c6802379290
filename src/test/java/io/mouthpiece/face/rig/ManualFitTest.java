package io.mouthpiece.face.rig;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.HeadPose;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.face.AnalyzedFaces;
import io.mouthpiece.face.FaceIndices;
import io.mouthpiece.face.FaceOverlay;
import io.mouthpiece.face.StylisedFaces;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The cartoon face: the detector may miss it; the six-point fit must give a usable rig either way. */
class ManualFitTest {

    @Test
    void sixPointsOnACartoonGiveARigThatFollowsTheDrawing() throws Exception {
        BufferedImage img = StylisedFaces.image();
        RigEdits edits = new RigEdits(new SixPointFit(AnalyzedFaces.topology()));
        RigCorrections c = RigCorrections.NONE.withManualFit(StylisedFaces.points());
        FaceLandmarks lm = edits.apply(null, c, img.getWidth(), img.getHeight());
        FaceRig rig = new RigBuilder(AnalyzedFaces.topology()).build(lm, null);
        FaceAnalysis fa = new FaceAnalysis(1, new FaceBox(95, 80, 305, 345), lm, null, HeadPose.FRONTAL, FaceAnalysis.Source.MANUAL_FIT);
        Path out = Path.of("target/face-check");
        Files.createDirectories(out);
        ImageIO.write(new FaceOverlay(AnalyzedFaces.topology()).draw(img, List.of(fa)), "png", out.resolve("cartoon-manual-fit.png").toFile());
        // The control points are hit exactly.
        assertEquals(160, lm.x(FaceIndices.MOUTH_RIGHT), 1e-3);
        assertEquals(270, lm.y(FaceIndices.MOUTH_LEFT), 1e-3);
        assertEquals(335, lm.y(FaceIndices.CHIN), 1e-3);
        // The drawn mouth spans 160..240 at y≈270: the fitted lips lie on it, the eyes inside the drawn eye whites.
        assertEquals(270, (lm.y(13) + lm.y(14)) / 2, 8);
        assertTrue(Math.abs(lm.x(159) - 150) < 12 && Math.abs(lm.y(159) - 170) < 15, "right upper lid at " + lm.point(159));
        assertTrue(lm.y(10) < 120, "forehead above the eyes: " + lm.point(10));
        assertFalse(rig.measures().mouthOpen(), "gap " + rig.measures().mouthOpening());
        // No correction is needed to reach a rig, and an edit on top still applies.
        FaceLandmarks nudged = edits.apply(null, RigEdits.moveGroup(c, LandmarkGroup.LIPS, 0, 2), img.getWidth(), img.getHeight());
        assertEquals(lm.y(13) + 2, nudged.y(13), 1e-4);
    }

    @Test
    void noDetectionAndNoManualFitAsksForTheSixPoints() {
        RigEdits edits = new RigEdits(new SixPointFit(AnalyzedFaces.topology()));
        var e = assertThrows(IllegalArgumentException.class, () -> edits.apply(null, RigCorrections.NONE, 10, 10));
        assertTrue(e.getMessage().contains("six points"));
    }
}
