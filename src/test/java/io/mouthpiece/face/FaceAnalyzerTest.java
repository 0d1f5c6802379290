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

    @Test
    void cameramanIsFoundAndTheCatAndTheCartoonAreReported() throws Exception {
        BufferedImage cam = Fixtures.image("camera.jpg");
        ImageFaces r = AnalyzedFaces.of("camera.jpg");
        ImageIO.write(new FaceOverlay(Fixtures.topology()).draw(cam, r.faces()), "png", Fixtures.outDir().resolve("camera.png").toFile());
        assertEquals(1, r.faces().size(), "faces " + r.faces());
        FaceAnalysis f = r.faces().getFirst();
        // The cameraman's profile: upper middle of the frame, about 65 px wide (checked on the overlay).
        assertTrue(f.box().x0() > 180 && f.box().x1() < 280 && f.box().y0() > 100 && f.box().y1() < 220, "box " + f.box());
        assertTrue(AnalyzedFaces.of("chelsea.jpg").faces().isEmpty(), "a cat is not a face");
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            ImageFaces cartoon = a.analyze(RgbImage.of(StylisedFace.draw()));
            System.out.println("cartoon: detector found " + cartoon.faces().size() + " face(s)");
            if (!cartoon.faces().isEmpty())
                ImageIO.write(new FaceOverlay(Fixtures.topology()).draw(StylisedFace.draw(), cartoon.faces()), "png",
                        Fixtures.outDir().resolve("cartoon-detected.png").toFile());
        }
    }

    @Test
    void analyzersOnSeveralThreadsShareModelsAndAgree() throws Exception {
        RgbImage img = RgbImage.of(Fixtures.image("astronaut.jpg"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ImageFaces>>();
            for (int i = 0; i < 3; i++)
                futures.add(pool.submit(() -> { try (FaceAnalyzer a = Fixtures.analyzer()) { return a.analyze(img); } }));
            ImageFaces first = futures.getFirst().get();
            for (var f : futures) assertEquals(first, f.get());
            assertEquals(AnalyzedFaces.of("astronaut.jpg").faces().getFirst().landmarks(), first.faces().getFirst().landmarks());
        } finally {
            pool.shutdown();
        }
    }
}
