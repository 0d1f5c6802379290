package io.mouthpiece.face;

import io.mouthpiece.inference.Npy;
import io.mouthpiece.inference.RefData;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The letterbox, rotated-ROI crop and detector decode on their own, against the exact TensorFlow.js input tensors
 * made from astronaut.png (no model runs here).
 */
class ImageCropTest {

    @Test
    void letterboxReproducesDetectorInput() throws Exception {
        // The 128-px letterbox of the 512-px image reads exactly every 4th pixel; the fixture holds those pixels.
        BufferedImage sub = Fixtures.image("astronaut-every4.png");
        int[] px = new int[512 * 512];
        for (int y = 0; y < 512; y++) for (int x = 0; x < 512; x++) px[y * 512 + x] = sub.getRGB(x / 4, y / 4) & 0xFFFFFF;
        RgbImage img = new RgbImage(512, 512, px);
        float[] got = ImageCrop.crop(img, ImageCrop.letterbox(512, 512), 128, ImageCrop.Border.ZERO, 1f / 127.5f, -1f, false);
        float[] want = Npy.read(RefData.dir().resolve("facemesh-detection-short/real/input.npy")).data();
        assertEquals(want.length, got.length);
        assertTrue(maxAbs(want, got) < 1e-5, "max diff " + maxAbs(want, got));
    }

    @Test
    void detectionRoiAndRotatedCropReproduceMeshInput() throws Exception {
        float[] objects = Npy.read(RefData.dir().resolve("facemesh-detection-short/real/objects.npy")).data();
        List<Detection> dets = FaceDetector.decode(objects, FaceDetector.Spec.shortRange(), 0.5, ImageCrop.letterbox(512, 512));
        Detection best = dets.stream().max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
        RotatedRect roi = best.meshRoi();
        assertEquals(0.0917, roi.rotation(), 1e-3);      // the astronaut's head is tilted ~5°
        assertEquals(143.7, roi.width(), 0.1);

        BufferedImage face = Fixtures.image("astronaut-face-112-20.png");
        int[] px = new int[512 * 512];
        for (int y = 0; y < face.getHeight(); y++)
            for (int x = 0; x < face.getWidth(); x++) px[(y + 20) * 512 + x + 112] = face.getRGB(x, y) & 0xFFFFFF;
        float[] got = FaceMesh.preprocess(new RgbImage(512, 512, px), roi);
        float[] want = Npy.read(RefData.dir().resolve("facemesh/real/input.npy")).data();
        assertTrue(maxAbs(want, got) < 1e-4, "max diff " + maxAbs(want, got));
    }

    @Test
    void replicateBorderClampsAndZeroBorderIsBlack() {
        RgbImage img = new RgbImage(2, 1, new int[] {0xFF0000, 0x0000FF});
        RotatedRect wide = new RotatedRect(1, 0.5, 8, 8, 0);
        float[] rep = ImageCrop.crop(img, wide, 4, ImageCrop.Border.REPLICATE, 1, 0, false);
        assertArrayEquals(new float[] {255, 0, 0}, java.util.Arrays.copyOf(rep, 3));   // top-left: clamped red
        float[] zero = ImageCrop.crop(img, wide, 4, ImageCrop.Border.ZERO, 1, 0, false);
        assertArrayEquals(new float[] {0, 0, 0}, java.util.Arrays.copyOf(zero, 3));
    }

    @Test
    void mirroredCropIsTheMirrorImage() {
        int[] px = new int[16 * 16];
        for (int i = 0; i < px.length; i++) px[i] = (i % 16) * 16 << 16 | (i / 16) * 16;
        RgbImage img = new RgbImage(16, 16, px);
        RotatedRect r = new RotatedRect(8, 8, 8, 8, 0.3);
        float[] a = ImageCrop.crop(img, r, 8, ImageCrop.Border.REPLICATE, 1, 0, false);
        float[] m = ImageCrop.crop(img, r, 8, ImageCrop.Border.REPLICATE, 1, 0, true);
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++)
                for (int c = 0; c < 3; c++) assertEquals(a[(y * 8 + x) * 3 + c], m[(y * 8 + 7 - x) * 3 + c], 1e-4);
    }

    @Test
    void anchorCounts() {
        assertEquals(896 * 2, Anchors.shortRange().length);
        assertEquals(2304 * 2, Anchors.fullRange().length);
        float[] f = Anchors.fullRange();
        assertEquals(0.5f / 48, f[0], 1e-7);
        assertEquals(1.5f / 48, f[2], 1e-7);      // x varies fastest
        assertEquals(1.5f / 48, f[2 * 48 + 1], 1e-7);
    }

    static double maxAbs(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }
}
