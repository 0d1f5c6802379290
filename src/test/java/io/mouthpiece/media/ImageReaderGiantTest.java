package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.media.bench.GiantPng;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** A 20000 × 20000 PNG (written row by row, a few MB) is read downscaled in bounded memory; impossible ones are refused. */
class ImageReaderGiantTest {
    @TempDir static Path dir;
    static Path giant;
    static BufferedImage face;

    @BeforeAll
    static void write() throws Exception {
        giant = GiantFixtures.astronaut20k();
        face = ImageIO.read(Path.of("assets/samples/astronaut/media/astronaut.png").toFile());
    }

    @Test
    void aGiantPngIsReadEveryThirdPixel() throws Exception {
        assertEquals(new ImageReader.Header("png", 20_000, 20_000), ImageReader.header(giant));
        System.gc();
        long before = usedHeap();
        long t0 = System.nanoTime();
        ImageReader.Picture p = ImageReader.decode(giant);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long grew = usedHeap() - before;
        System.out.printf("20000x20000 PNG read at %dx%d in %d ms; heap grew %d MB%n",
                p.image().getWidth(), p.image().getHeight(), ms, grew >> 20);
        assertTrue(p.downscaled());
        assertEquals(20_000, p.sourceWidth());
        assertEquals(6667, p.image().getWidth());
        assertEquals(6667, p.image().getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, p.image().getType());
        assertTrue(p.notice("giant.png").contains("read downscaled to 6667 \u00d7 6667"), p.notice("giant.png"));
        // read pixel (x, y) is the file's (3x, 3y): the background outside, the portrait blown up 32 times inside
        int x0 = (20_000 - 512 * 32) / 2;
        assertEquals(0x808890, p.image().getRGB(0, 0) & 0xffffff);
        assertEquals(0x808890, p.image().getRGB(6666, 6666) & 0xffffff);
        for (int[] q : new int[][]{{3000, 3000}, {2000, 1500}, {4500, 5000}, {3333, 2222}}) {
            int fx = (3 * q[0] - x0) / 32, fy = (3 * q[1] - x0) / 32;
            assertEquals(face.getRGB(fx, fy) & 0xffffff, p.image().getRGB(q[0], q[1]) & 0xffffff, "pixel " + q[0] + "," + q[1]);
        }
    }

    @Test
    void ffmpegSeesNoPictureSoTheProbeReadsTheHeader() throws Exception {
        MediaInfo info = new FfmpegMediaProber().probe(giant);
        assertEquals(MediaKind.IMAGE, info.kind());
        assertEquals(20_000, info.width());
        assertEquals(20_000, info.height());
    }

    @Test
    void aGiantCutOffIsDamagedAndSaysItsSize() throws Exception {
        Path cut = dir.resolve("cut.png");
        GiantPng.writeTruncated(cut, 20_000, 20_000);
        var e = assertThrows(MediaException.class, () -> ImageReader.decode(cut));
        assertTrue(e.getMessage().startsWith("cut.png is damaged") && e.getMessage().contains("20000 \u00d7 20000 pixels"), e.getMessage());
    }

    @Test
    void anImpossibleHeaderIsRefusedWithItsSizeAndTheLimitWithoutRunningOutOfMemory() throws Exception {
        Path absurd = dir.resolve("absurd.png");
        GiantPng.writeTruncated(absurd, 1 << 30, 1 << 30);
        assertEquals(new ImageReader.Header("png", 1 << 30, 1 << 30), ImageReader.header(absurd));
        var e = assertThrows(PictureTooLargeException.class, () -> ImageReader.decode(absurd));
        assertTrue(e.getMessage().contains("absurd.png claims to be 1073741824 \u00d7 1073741824 pixels")
                && e.getMessage().contains("up to 2,147 megapixels"), e.getMessage());

        Path wide = dir.resolve("wide.png");                            // 1.6 GB a row: over half of the 2 GB heap
        GiantPng.writeTruncated(wide, 536_870_000, 2);
        var w = assertThrows(PictureTooLargeException.class, () -> ImageReader.decode(wide));
        assertTrue(w.getMessage().contains("wide.png is 536870000 \u00d7 2 pixels; reading it at 16384 \u00d7 1 needs about"),
                w.getMessage());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
