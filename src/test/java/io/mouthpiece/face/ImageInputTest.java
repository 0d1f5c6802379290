package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.media.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** EXIF orientation and very large images, end to end through the analyzer. */
class ImageInputTest {

    @Test
    void exifOrientationIsApplied(@TempDir Path dir) throws Exception {
        BufferedImage upright = Fixtures.image("astronaut.jpg");
        // Store the photo rotated 90° counter-clockwise and tag it "rotate 90° clockwise to view" (orientation 6).
        BufferedImage stored = ImageReader.orient(upright, 8);
        Path jpg = dir.resolve("phone.jpg");
        Files.write(jpg, withOrientation(stored, 6));
        BufferedImage read = ImageReader.read(jpg);
        assertEquals(upright.getWidth(), read.getWidth());
        FaceLandmarks want = AnalyzedFaces.of("astronaut.jpg").faces().getFirst().landmarks();
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            FaceLandmarks got = a.analyze(RgbImage.of(read)).faces().getFirst().landmarks();
            assertEquals(want.x(1), got.x(1), 2.0);
            assertEquals(want.y(1), got.y(1), 2.0);
        }
    }

    @Test
    void orientationsRoundTrip() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        assertEquals(0xFF0000, ImageReader.orient(img, 6).getRGB(1, 0) & 0xFFFFFF);   // top-left → top-right
        assertEquals(0xFF0000, ImageReader.orient(img, 8).getRGB(0, 2) & 0xFFFFFF);   // top-left → bottom-left
        assertEquals(0xFF0000, ImageReader.orient(img, 3).getRGB(2, 1) & 0xFFFFFF);
        for (int o = 1; o <= 8; o++) {
            BufferedImage r = ImageReader.orient(img, o);
            assertEquals(o >= 5 ? 2 : 3, r.getWidth(), "orientation " + o);
        }
    }

    @Test
    void largeImageIsAnalysedDownscaledAndMappedBack() {
        BufferedImage small = Fixtures.image("astronaut.jpg");
        int big = 3000;
        BufferedImage large = new BufferedImage(big, big, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = large.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(small, 0, 0, big, big, null);
        g.dispose();
        FaceLandmarks want = AnalyzedFaces.of("astronaut.jpg").faces().getFirst().landmarks();
        try (FaceAnalyzer a = Fixtures.analyzer()) {
            var faces = a.analyze(RgbImage.of(large));
            FaceLandmarks got = faces.faces().getFirst().landmarks();
            assertEquals(big, got.imageWidth());
            double k = big / 512.0, w = Math.hypot(want.x(234) - want.x(454), want.y(234) - want.y(454)) * k, err = 0;
            for (int i = 0; i < 468; i++) err += Math.hypot(got.x(i) - want.x(i) * k, got.y(i) - want.y(i) * k) / 468;
            assertTrue(err / w < 0.02, "mean error " + err / w + " W");
        }
    }

    /** A JPEG with an APP1 Exif segment holding only the orientation tag. */
    static byte[] withOrientation(BufferedImage img, int orientation) throws Exception {
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpg);
        byte[] j = jpg.toByteArray();
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0).putInt(0);
        byte[] t = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(j, 0, 2);
        int len = 2 + 6 + t.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (len >> 8), (byte) len, 'E', 'x', 'i', 'f', 0, 0});
        out.write(t);
        out.write(j, 2, j.length - 2);
        return out.toByteArray();
    }
}
