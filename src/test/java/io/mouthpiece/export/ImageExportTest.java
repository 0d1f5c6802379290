package io.mouthpiece.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.FrameRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNG sequence and sprite sheet: lossless, so pixels must match the source exactly. */
class ImageExportTest {
    static final int W = 64;
    static final int H = 48;
    static final int FRAMES = 10;

    @TempDir Path dir;
    final SyntheticFrameSource source = new SyntheticFrameSource(W, H, FrameRate.FPS_24, FRAMES);

    ExportResult export(ExportSettings s, AudioSource audio, String name) throws Exception {
        return new ExportService().export(new ExportRequest(source, audio, s, null, dir.resolve(name)), Progress.NONE);
    }

    @Test
    void pngSequenceHoldsEveryFrameWithAlphaTextChunksAndTheSound() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.PNG_SEQUENCE, W, H, FrameRate.FPS_24).withBackground(Background.TRANSPARENT).withBadge(false);
        ExportResult r = export(s, new ToneAudioSource(48_000, 2, 440, 0.5f), "take");
        Path folder = dir.resolve("take");
        List<String> names;
        try (Stream<Path> l = Files.list(folder)) { names = l.map(p -> p.getFileName().toString()).sorted().toList(); }
        assertEquals(FRAMES + 1, names.size(), names.toString());
        assertEquals("audio.wav", names.getFirst());
        assertEquals("take_00000.png", names.get(1));
        for (int n = 0; n < FRAMES; n++) {
            BufferedImage img = ImageIO.read(folder.resolve(String.format("take_%05d.png", n)).toFile());
            assertEquals(W, img.getWidth());
            assertTrue(img.getColorModel().hasAlpha());
            for (int y = 0; y < H; y += 3) for (int x = 0; x < W; x += 3) {
                assertEquals(source.expected(n, x, y), img.getRGB(x, y), "frame " + n + " at " + x + "," + y);
            }
        }
        assertEquals("true", pngText(folder.resolve("take_00003.png"), ExportService.AI_TAG));
        assertTrue(pngText(folder.resolve("take_00003.png"), "Comment").startsWith("AI-generated"));
        // 10 frames at 24 fps = 5/12 s = 20000 stereo samples of 16 bits, after a 44-byte header
        assertEquals(44 + 20_000 * 2 * 2, Files.size(folder.resolve("audio.wav")));
        Decoded wav = Decoded.of(folder.resolve("audio.wav"), false);
        assertEquals(20_000, wav.audioSamples);
        JsonNode j = new ObjectMapper().readTree(r.provenance().toFile());
        assertEquals(FRAMES + 1, j.at("/output/files").size());
        assertEquals(Hashing.sha256(folder.resolve("take_00000.png")), j.at("/output/files/0/sha256").asText());
        assertEquals("take/take_00000.png", j.at("/output/files/0/name").asText());
    }

    @Test
    void badgeChangesOnlyItsCorner() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.PNG_SEQUENCE, 320, 240, FrameRate.FPS_24);
        SyntheticFrameSource big = new SyntheticFrameSource(320, 240, FrameRate.FPS_24, 1);
        ExportService svc = new ExportService();
        svc.export(new ExportRequest(big, null, s.withBadge(true), null, dir.resolve("on")), Progress.NONE);
        svc.export(new ExportRequest(big, null, s.withBadge(false), null, dir.resolve("off")), Progress.NONE);
        BufferedImage on = ImageIO.read(dir.resolve("on/on_00000.png").toFile());
        BufferedImage off = ImageIO.read(dir.resolve("off/off_00000.png").toFile());
        int[] b = new Badge(320, 240).bounds();
        int changedInside = 0;
        for (int y = 0; y < 240; y++) for (int x = 0; x < 320; x++) {
            boolean inside = x >= b[0] && x < b[0] + b[2] && y >= b[1] && y < b[1] + b[3];
            if (inside) { if (on.getRGB(x, y) != off.getRGB(x, y)) changedInside++; }
            else assertEquals(off.getRGB(x, y), on.getRGB(x, y), "outside the badge at " + x + "," + y);
        }
        assertTrue(b[0] > 160 && b[1] > 120, "badge sits bottom-right");
        assertTrue(changedInside > b[2] * b[3] / 2, "badge drawn: " + changedInside + " of " + b[2] * b[3]);
        // white text pixels exist inside the badge
        boolean white = false;
        for (int y = b[1]; y < b[1] + b[3]; y++) for (int x = b[0]; x < b[0] + b[2]; x++) if ((on.getRGB(x, y) & 0xffffff) == 0xffffff) white = true;
        assertTrue(white);
    }

    @Test
    void spriteSheetTableMatchesTheAtlas() throws Exception {
        ExportSettings s = ExportSettings.of(ExportFormat.SPRITE_SHEET, W, H, FrameRate.FPS_24).withBackground(Background.TRANSPARENT).withBadge(false);
        ExportResult r = export(s, null, "walk.png");
        BufferedImage sheet = ImageIO.read(dir.resolve("walk.png").toFile());
        JsonNode j = new ObjectMapper().readTree(dir.resolve("walk.json").toFile());
        assertEquals(sheet.getWidth(), j.at("/meta/size/w").asInt());
        assertEquals(sheet.getHeight(), j.at("/meta/size/h").asInt());
        assertEquals("walk.png", j.at("/meta/image").asText());
        assertTrue(j.at("/meta/aiGenerated").asBoolean());
        assertEquals(FRAMES, j.get("frames").size());
        for (JsonNode f : j.get("frames")) {
            int n = f.get("index").asInt();
            int fx = f.at("/frame/x").asInt(), fy = f.at("/frame/y").asInt();
            assertEquals(W, f.at("/frame/w").asInt());
            assertTrue(fx + W <= sheet.getWidth() && fy + H <= sheet.getHeight());
            for (int y = 0; y < H; y += 4) for (int x = 0; x < W; x += 4) {
                assertEquals(source.expected(n, x, y), sheet.getRGB(fx + x, fy + y), "frame " + n + " at " + x + "," + y);
            }
            assertEquals(rationalText(n), f.get("time").asText());
        }
        assertNotEquals(j.at("/frames/0/frame/x").asInt() + j.at("/frames/0/frame/y").asInt(),
                j.at("/frames/1/frame/x").asInt() + j.at("/frames/1/frame/y").asInt());
        assertEquals("true", pngText(dir.resolve("walk.png"), ExportService.AI_TAG));
        assertEquals(Hashing.sha256(dir.resolve("walk.json")), new ObjectMapper().readTree(r.provenance().toFile()).at("/output/files/1/sha256").asText());
    }

    @Test
    void spriteSheetTooLargeForATextureIsRefused() {
        SyntheticFrameSource many = new SyntheticFrameSource(1920, 1080, FrameRate.FPS_30, 90);
        ExportSettings s = ExportSettings.of(ExportFormat.SPRITE_SHEET, 1920, 1080, FrameRate.FPS_30);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ExportService().export(new ExportRequest(many, null, s, null, dir.resolve("big.png")), Progress.NONE));
        assertTrue(e.getMessage().contains("8192"), e.getMessage());
    }

    static String rationalText(int n) { return io.mouthpiece.core.time.Rational.of(n, 24).toString(); }

    static String pngText(Path png, String key) throws Exception {
        ImageReader r = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            r.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            var entries = root.getElementsByTagName("tEXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                var e = (IIOMetadataNode) entries.item(i);
                if (e.getAttribute("keyword").equals(key)) return e.getAttribute("value");
            }
            return null;
        } finally {
            r.dispose();
        }
    }
}
