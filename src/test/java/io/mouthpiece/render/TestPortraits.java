package io.mouthpiece.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test fixtures: the astronaut crop (NASA, public domain) with its FaceMesh landmarks, and the canonical mesh. */
final class TestPortraits {
    private TestPortraits() {}

    static SourceImage astronaut() {
        try (InputStream in = TestPortraits.class.getResourceAsStream("/render/astronaut-face.png")) {
            BufferedImage img = ImageIO.read(in);
            int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            return new SourceImage(img.getWidth(), img.getHeight(), argb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] astronautLandmarks() {
        JsonNode lm = json("/render/astronaut-landmarks.json").get("landmarks");
        float[] out = new float[lm.size() * 3];
        for (int i = 0; i < lm.size(); i++) for (int k = 0; k < 3; k++) out[3 * i + k] = (float) lm.get(i).get(k).asDouble();
        return out;
    }

    static int[] canonicalTriangles() {
        return io.mouthpiece.render.rig.CanonicalFace.load().triangles();
    }

    static RigGeometry astronautRig() {
        return RigGeometry.fromLandmarks(astronautLandmarks(), canonicalTriangles());
    }

    private static JsonNode json(String resource) {
        try (InputStream in = TestPortraits.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a PNG under target/render-out for a person to look at (not asserted on). */
    static void save(int[] argb, int w, int h, String name) {
        try {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            img.setRGB(0, 0, w, h, argb, 0, w);
            Path dir = Path.of(System.getProperty("mp.renderOut", "target/render-out"));
            Files.createDirectories(dir);
            ImageIO.write(img, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double luminance(int p) {
        return 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
    }
}
