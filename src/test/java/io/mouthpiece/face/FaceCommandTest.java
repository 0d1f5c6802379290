package io.mouthpiece.face;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.app.AppServices;
import io.mouthpiece.cli.Cli;
import io.mouthpiece.core.settings.AppDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class FaceCommandTest {
    final StringWriter out = new StringWriter(), err = new StringWriter();

    @TempDir Path home;

    int run(String... args) {
        CommandLine cl = Cli.build(AppServices.create(AppDirs.under(home)));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void imageGivesJsonInSourcePixelsAndOverlay(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("a.json"), png = dir.resolve("a.png");
        assertEquals(0, run("face", Fixtures.DIR.resolve("astronaut.jpg").toString(), "--json", json.toString(), "--overlay", png.toString()), err.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(512, root.get("width").asInt());
        JsonNode f = root.get("faces").get(0);
        assertEquals(468, f.get("landmarks").size());
        assertEquals(3, f.get("landmarks").get(0).size());
        var expected = AnalyzedFaces.of("astronaut.jpg").faces().getFirst().landmarks();
        assertEquals(expected.x(1), f.get("landmarks").get(1).get(0).asDouble(), 0.01);
        assertEquals(expected.y(152), f.get("landmarks").get(152).get(1).asDouble(), 0.01);
        assertTrue(f.get("iris").get("left").get("radius").asDouble() > 1);
        assertTrue(f.has("pose") && f.get("box").size() == 4);
        BufferedImage ov = ImageIO.read(png.toFile());
        assertEquals(512, ov.getWidth());
        assertNotEquals(Fixtures.image("astronaut.jpg").getRGB(223, 150), ov.getRGB(223, 150) & 0xFFFFFF | 0xFF000000,
                "overlay draws on the mouth");
        try (var s = Files.list(dir)) { assertEquals(2, s.count(), "no temp files left"); }
    }

    @Test
    void noFaceIsExitCode3WithTheManualFitHint(@TempDir Path dir) {
        assertEquals(3, run("face", Fixtures.DIR.resolve("chelsea.jpg").toString(), "--json", dir.resolve("c.json").toString()));
        assertTrue(err.toString().contains("six points"), err.toString());
        assertFalse(Files.exists(dir.resolve("c.json")));
    }

    @Test
    void faceIndexOutOfRangeIsExitCode3(@TempDir Path dir) {
        assertEquals(3, run("face", Fixtures.DIR.resolve("astronaut.jpg").toString(), "--json", dir.resolve("c.json").toString(), "--face", "1"));
        assertTrue(err.toString().contains("Only 1 face"), err.toString());
    }

    @Test
    void unreadableInputIsExitCode2(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.jpg");
        Files.writeString(junk, "this is not an image");
        assertEquals(2, run("face", junk.toString(), "--json", dir.resolve("j.json").toString()));
        assertTrue(err.toString().contains("junk.jpg"), err.toString());
        assertEquals(2, run("face", dir.resolve("missing.png").toString(), "--json", dir.resolve("j.json").toString()));
        Path badVideo = dir.resolve("bad.mp4");
        Files.writeString(badVideo, "not a video");
        assertEquals(2, run("face", badVideo.toString(), "--json", dir.resolve("j.json").toString()));
    }

    @Test
    void videoGivesOneRecordPerFrameAndListsLostFrames(@TempDir Path dir) throws Exception {
        Path video = new PanClip(256).write(Fixtures.image("astronaut.jpg"), dir.resolve("pan.mp4"));
        Path json = dir.resolve("v.json");
        assertEquals(0, run("face", video.toString(), "--json", json.toString(), "--overlay", dir.resolve("v.png").toString()), err.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(PanClip.FRAMES, root.get("frames").size());
        assertEquals("30", root.get("frameRate").asText());
        assertEquals("1/30", root.get("frames").get(1).get("time").asText());
        assertEquals("[24,25,26,27]", root.get("lostFrames").toString());
        assertEquals(0, root.get("frames").get(25).get("faces").size());
        assertEquals(468, root.get("frames").get(30).get("faces").get(0).get("landmarks").size());
        assertTrue(out.toString().contains("frames 24-27"), out.toString());
        assertTrue(Files.size(dir.resolve("v.png")) > 1000);
    }
}
