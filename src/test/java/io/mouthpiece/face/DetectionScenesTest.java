package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.ImageFaces;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

/** Several faces, and a small face in a wide frame (what the full-range detector is for). */
class DetectionScenesTest {

    @Test
    void twoFacesAreBothFoundWithScores() {
        BufferedImage src = Fixtures.image("astronaut.jpg");
        BufferedImage two = new BufferedImage(1024, 512, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = two.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.drawImage(src, 1024, 0, -512, 512, null);          // mirrored copy on the right
        g.dispose();
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            ImageFaces r = a.analyze(RgbImage.of(two));
            assertEquals(2, r.faces().size());
            for (FaceAnalysis f : r.faces()) assertTrue(f.score() > 0.5);
            double cx0 = (r.faces().get(0).box().x0() + r.faces().get(0).box().x1()) / 2;
            double cx1 = (r.faces().get(1).box().x0() + r.faces().get(1).box().x1()) / 2;
            assertTrue(Math.abs(cx0 - cx1) > 400, "one face per half: " + cx0 + ", " + cx1);
            // The mirror image mirrors the pose.
            assertEquals(r.faces().get(0).pose().yaw(), -r.faces().get(1).pose().yaw(), 3);
        }
    }

    @Test
    void smallFaceInAWideShotNeedsTheFullRangeModel() {
        BufferedImage src = Fixtures.image("astronaut.jpg");
        BufferedImage wide = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(new Color(90, 100, 110));
        g.fillRect(0, 0, 1280, 720);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // Face about 46 px wide, 3.6 % of the frame width: too small for either model on the whole frame.
        g.drawImage(src, 900, 300, 256, 256, null);
        g.dispose();
        RgbImage img = RgbImage.of(wide);
        try (FaceAnalyzer shortOnly = new FaceAnalyzer(Fixtures.registry(), Fixtures.topology(),
                new FaceAnalyzer.Options(DetectorKind.SHORT, 4, false, 2048, 0.5));
             FaceAnalyzer auto = Fixtures.analyzer()) {
            int shortFound = shortOnly.analyze(img).faces().size();
            ImageFaces r = auto.analyze(img);
            System.out.println("small face (46 px in 1280x720): short range found " + shortFound + ", auto found " + r.faces().size());
            assertEquals(0, shortFound, "the short-range model is not meant for this");
            try (var session = Fixtures.registry().model("face-detection-full").newSession()) {
                assertEquals(0, new FaceDetector(FaceDetector.Spec.fullRange(), session).detect(img, 0.5, 4).size(),
                        "whole-frame full range misses it too: the tiles are what finds it");
            }
            assertEquals(1, r.faces().size());
            FaceAnalysis f = r.faces().getFirst();
            // Nose tip where the scaled photo puts it (astronaut nose at 222.9, 131.0 in the 512-px original).
            assertEquals(900 + 222.9 * 256 / 512, f.landmarks().x(1), 2);
            assertEquals(300 + 131.0 * 256 / 512, f.landmarks().y(1), 2);
        }
    }
}
