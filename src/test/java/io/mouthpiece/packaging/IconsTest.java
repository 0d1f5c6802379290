package io.mouthpiece.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The icon files the installers use decode to the sizes they claim, in the containers Windows and macOS read. */
class IconsTest {
    @Test
    void writesPngsIcoAndIcnsThatDecode(@TempDir Path dir) throws Exception {
        var r = PackagingTools.run("Icons", List.of(dir.toString()));
        assertEquals(0, r.exitCode(), r.output());

        for (int s : new int[] {16, 32, 48, 256, 512}) {
            BufferedImage img = ImageIO.read(dir.resolve("mouthpiece-" + s + ".png").toFile());
            assertEquals(s, img.getWidth());
            assertEquals(s, img.getHeight());
            assertTrue((img.getRGB(0, 0) >>> 24) < 16, "corner outside the rounded tile is (nearly) transparent");
            assertEquals(0xFF, img.getRGB(s / 2, s / 2) >>> 24, "centre is opaque");
        }

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("mouthpiece.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        int count = ico.getShort(4);
        assertEquals(7, count);
        for (int i = 0; i < count; i++) {
            int e = 6 + 16 * i;
            int w = Byte.toUnsignedInt(ico.get(e)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(e));
            int len = ico.getInt(e + 8);
            int off = ico.getInt(e + 12);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(ico.array(), off, off + len)));
            assertEquals(w, img.getWidth(), "ICO entry " + i);
        }

        byte[] icns = Files.readAllBytes(dir.resolve("mouthpiece.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, b.getInt(4), "declared length = file length");
        int pos = 8;
        int blocks = 0;
        boolean has512 = false;
        while (pos < icns.length) {
            String type = new String(icns, pos, 4, StandardCharsets.US_ASCII);
            int len = b.getInt(pos + 4);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(icns, pos + 8, pos + len)));
            if (type.equals("ic09")) has512 = img.getWidth() == 512;
            pos += len;
            blocks++;
        }
        assertEquals(icns.length, pos, "blocks tile the file exactly");
        assertEquals(7, blocks);
        assertTrue(has512, "ic09 holds the 512 px image");
    }
}
