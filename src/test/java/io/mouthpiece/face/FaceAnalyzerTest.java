package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.ImageFaces;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

class FaceAnalyzerTest {

    @Test
    void astronautFaceLandmarksIrisAndPose() throws Exception {
        BufferedImage src = Fixtures.image("astronaut.jpg");
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            ImageFaces r = a.analyze(RgbImage.of(src));
            assertEquals(1, r.faces().size());
            FaceAnalysis f = r.faces().getFirst();
            assertTrue(f.score() > 0.85, "score " + f.score());
            // Nose tip, eye corners and chin where they are in the photo (checked on the overlay).
            ImageIO.write(new FaceOverlay(Fixtures.topology()).draw(src, r.faces()), "png", Fixtures.outDir().resolve("astronaut.png").toFile());
            System.out.printf("astronaut: box %s nose %.1f,%.1f pose %s iris %s%n", f.box(), f.landmarks().x(1), f.landmarks().y(1), f.pose(), f.iris());
        }
    }
}
