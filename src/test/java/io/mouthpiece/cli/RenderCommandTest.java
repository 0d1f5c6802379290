package io.mouthpiece.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mouthpiece.app.AppServices;
import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.settings.AppDirs;
import io.mouthpiece.export.Decoded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RenderCommandTest {
    static final Path PORTRAIT = Path.of("assets/samples/astronaut/media/astronaut.png");
    @TempDir static Path dir;
    static Path shortLine, shorterLine;

    /** 1.6 s and 0.8 s cuts of the sample line, as 16-bit WAV. */
    @BeforeAll
    static void cutLines() throws Exception {
        shortLine = cut(1.6, "line16.wav");
        shorterLine = cut(0.8, "line08.wav");
    }

    static Path cut(double seconds, String name) throws Exception {
        var pcm = new io.mouthpiece.media.AudioDecoder().decodeAll(Path.of("assets/samples/astronaut/media/line.wav"), 16000, 60);
        int n = (int) (seconds * 16000);
        float[] s = java.util.Arrays.copyOf(pcm.samples(), n);
        Path out = dir.resolve(name);
        try (var w = new java.io.DataOutputStream(Files.newOutputStream(out))) {
            w.writeBytes("RIFF"); w.writeInt(Integer.reverseBytes(36 + 2 * n)); w.writeBytes("WAVEfmt ");
            w.writeInt(Integer.reverseBytes(16)); w.writeShort(Short.reverseBytes((short) 1)); w.writeShort(Short.reverseBytes((short) 1));
            w.writeInt(Integer.reverseBytes(16000)); w.writeInt(Integer.reverseBytes(32000));
            w.writeShort(Short.reverseBytes((short) 2)); w.writeShort(Short.reverseBytes((short) 16));
            w.writeBytes("data"); w.writeInt(Integer.reverseBytes(2 * n));
            for (float v : s) w.writeShort(Short.reverseBytes((short) Math.round(Math.max(-1, Math.min(1, v)) * 32767)));
        }
        return out;
    }

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        AppServices services = AppServices.create(AppDirs.under(dir.resolve("home")), InstallLayout.detect());
        CommandLine cl = Cli.build(services);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void oneStepRenderMakesALabelledMp4WithProvenance() throws Exception {
        Path mp4 = dir.resolve("one.mp4");
        Run r = run("render", "--portrait", PORTRAIT.toString(), "--audio", shortLine.toString(), "--size", "256x256",
                "--consent", "NASA public-domain portrait, demonstration only", "-o", mp4.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("rendering"), "progress on stderr");

        Decoded d = Decoded.of(mp4, false);
        assertEquals("h264", d.videoCodec);
        assertEquals("aac", d.audioCodec);
        assertEquals(256, d.width);
        assertEquals(40, d.frames.size(), "1.6 s at 25 fps");
        assertEquals(1.6, d.videoSeconds(), 1 / 25.0);
        assertEquals(d.videoSeconds(), d.audioSeconds(), 1 / 25.0, "sound and picture equally long within a frame");
        assertEquals("true", d.tag("ai_generated"));
        assertTrue(d.tag("comment").contains("AI-generated"));

        JsonNode prov = new ObjectMapper().readTree(mp4.resolveSibling("one.mp4.provenance.json").toFile());
        assertTrue(prov.get("aiGenerated").asBoolean());
        assertEquals(Hashing.sha256(mp4), prov.get("output").get("files").get(0).get("sha256").asText(), "the sidecar holds the output's real SHA-256");
        assertEquals(Hashing.sha256(PORTRAIT), prov.get("inputs").get(0).get("sha256").asText());
        assertEquals(Hashing.sha256(shortLine), prov.get("inputs").get(1).get("sha256").asText());
        JsonNode consent = prov.get("character").get("consent");
        assertTrue(consent.get("realPerson").asBoolean());
        assertEquals("NASA public-domain portrait, demonstration only", consent.get("statement").asText());
        List<String> models = prov.get("models").findValuesAsText("id");
        assertTrue(models.containsAll(List.of("facemesh", "mouthpiece-viseme-mlp", "mouthpiece-viseme-transitions", "mouthpiece-viseme-align-mlp")), models.toString());
        // every model's licence as its card gives it: the audio lip-sync model v4 and its transition table learned
        // from CC-BY-SA-3.0 recordings (models/lipsync/README.md, Round 8), everything else is Apache-2.0
        prov.get("models").forEach(m -> {
            String id = m.get("id").asText();
            boolean bySa = id.equals("mouthpiece-viseme-mlp") || id.equals("mouthpiece-viseme-transitions");
            assertTrue(m.get("licence").asText().startsWith(bySa ? "CC-BY-SA-3.0" : "Apache-2.0"), m.toString());
            assertTrue(m.get("licence").asText().endsWith("(commercial use allowed)"), m.toString());
        });
    }

    @Test
    void batchRendersEveryLineWithItsTrackAndReportsABadOne() throws Exception {
        Path lines = Files.createDirectories(dir.resolve("lines"));
        Files.copy(shortLine, lines.resolve("a.wav"));
        Files.copy(shorterLine, lines.resolve("b.wav"));
        Files.write(lines.resolve("c-corrupt.wav"), "RIFF this is not audio at all".getBytes());
        Path out = dir.resolve("batch-out");
        Run r = run("render", "--portrait", PORTRAIT.toString(), "--audio-dir", lines.toString(), "--size", "128x128",
                "--not-a-real-person", "--machine-readable", "-o", out.toString());
        assertEquals(2, r.code(), "a failed line gives exit code 2 after the others are done: " + r.err());
        assertTrue(r.err().contains("c-corrupt.wav"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("progress ")), "machine-readable progress");
        for (String name : List.of("a", "b")) {
            assertTrue(Files.size(out.resolve(name + ".mp4")) > 1000, name);
            String tsv = Files.readString(out.resolve(name + ".tsv"));
            assertTrue(tsv.lines().count() >= 2 && tsv.lines().allMatch(l -> l.matches("\\d+\\.\\d+\t[A-HX]")), tsv);
        }
        assertEquals(0.8, Decoded.of(out.resolve("b.mp4"), false).videoSeconds(), 1 / 25.0);
        assertFalse(Files.exists(out.resolve("c-corrupt.mp4")));
    }

    @Test
    void projectFormRendersASavedTakeAndLeavesTheProjectFileAlone() throws Exception {
        Path folder = io.mouthpiece.service.SampleProjects.userCopy(InstallLayout.detect().sampleProject(), dir.resolve("proj"));
        var store = new io.mouthpiece.core.persist.ProjectStore();
        var p = store.load(folder).project();
        var take = p.takes().getFirst();
        var clip = take.dialogue().getFirst().clips().getFirst();
        var one = io.mouthpiece.core.time.Rational.of(6, 5);
        p = io.mouthpiece.core.edit.TakeEdits.trimClip(take.id(), clip.id(),
                new io.mouthpiece.core.time.TimeRange(io.mouthpiece.core.time.Rational.ZERO, one), io.mouthpiece.core.time.Rational.ZERO).apply(p);
        p = io.mouthpiece.core.edit.TakeEdits.setDuration(take.id(), one).apply(p);
        p = io.mouthpiece.core.edit.ProjectEdits.setBackground("#00ff00").apply(p);   // no --background: this one is used
        store.save(folder, p);
        byte[] before = Files.readAllBytes(folder.resolve("project.json"));
        Path out = dir.resolve("proj-out.png");
        Run r = run("render", folder.toString(), "--take", take.name(), "--size", "128x128", "--fps", "10", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("analysed what the take was missing"), r.err());
        try (var l = Files.list(dir.resolve("proj-out"))) {
            List<Path> pngs = l.filter(f -> f.toString().endsWith(".png")).sorted().toList();
            assertEquals(12, pngs.size(), "1.2 s at the --fps override of 10");
            int corner = javax.imageio.ImageIO.read(pngs.getFirst().toFile()).getRGB(2, 2);
            assertEquals(0x00ff00, corner & 0xffffff, "the project's export background: " + Integer.toHexString(corner));
        }
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("project.json")), "rendering does not edit the project");
        assertEquals(2, run("render", folder.toString(), "--take", "nope", "-o", out.toString()).code());
    }

    @Test
    void blankPortraitHasNoFace() throws Exception {
        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        Run r = run("render", "--portrait", blank.toString(), "--audio", shorterLine.toString(), "--not-a-real-person",
                "-o", dir.resolve("none.mp4").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("six points"), r.err());
        assertFalse(Files.exists(dir.resolve("none.mp4")));
    }

    @Test
    void sixFacePointsStandInForTheDetector() throws Exception {
        Path blank = dir.resolve("blank-fit.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());
        Path mp4 = dir.resolve("fit.mp4");
        Run r = run("render", "--portrait", blank.toString(), "--audio", shorterLine.toString(), "--not-a-real-person",
                "--face-points", "75,85 125,85 100,112 80,135 120,135 100,168", "-o", mp4.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(20, Decoded.of(mp4, false).frames.size());
        assertEquals(2, run("render", "--portrait", blank.toString(), "--audio", shorterLine.toString(),
                "--face-points", "1,2,3", "-o", mp4.toString()).code());
    }

    @Test
    void aGiantPortraitIsReadDownscaledAndItsFaceAnimated() throws Exception {
        Path giant = io.mouthpiece.media.GiantFixtures.astronaut20k();
        Path mp4 = dir.resolve("giant.mp4");
        Run r = run("render", "--portrait", giant.toString(), "--audio", shorterLine.toString(), "--size", "256x256",
                "--not-a-real-person", "-o", mp4.toString());
        assertEquals(0, r.code(), "the face is found in the picture as read: " + r.err());
        assertTrue(r.err().contains("note: astronaut-20000.png is 20000 \u00d7 20000 pixels") && r.err().contains("read downscaled to 6667 \u00d7 6667"),
                r.err());
        Decoded d = Decoded.of(mp4, false);
        assertEquals(20, d.frames.size(), "0.8 s at 25 fps");
        long moved = 0;
        for (int[] f : d.frames) for (int i = 0; i < f.length; i++) if (Decoded.maxChannelDiff(f[i], d.frames.getFirst()[i]) > 24) moved++;
        assertTrue(moved > 100, "the mouth moves: " + moved + " pixel-frames changed");

        Path absurd = dir.resolve("absurd.png");
        io.mouthpiece.media.bench.GiantPng.writeTruncated(absurd, 1 << 30, 1 << 30);
        Run no = run("render", "--portrait", absurd.toString(), "--audio", shorterLine.toString(), "--not-a-real-person",
                "-o", dir.resolve("absurd.mp4").toString());
        assertEquals(2, no.code(), no.err());
        assertTrue(no.err().contains("1073741824 \u00d7 1073741824 pixels") && no.err().contains("up to 2,147 megapixels"), no.err());
        assertFalse(no.err().contains("Exception"), "a message, not a stack trace: " + no.err());
    }

    @Test
    void badInputIsExitCode2() {
        assertEquals(2, run("render", "--portrait", "nope.png", "--audio", shorterLine.toString(), "-o", dir.resolve("x.mp4").toString()).code());
        assertEquals(2, run("render", "--portrait", PORTRAIT.toString(), "--audio", shorterLine.toString(), "-o", dir.resolve("x.avi").toString()).code());
        assertEquals(2, run("render", "--portrait", PORTRAIT.toString(), "--audio", shorterLine.toString(), "--size", "big",
                "-o", dir.resolve("x.mp4").toString()).code());
        assertEquals(2, run("render", "-o", dir.resolve("x.mp4").toString()).code());
        Run mp4Alpha = run("render", "--portrait", PORTRAIT.toString(), "--audio", shorterLine.toString(), "--size", "128x128",
                "--background", "transparent", "--not-a-real-person", "-o", dir.resolve("x.mp4").toString());
        assertEquals(2, mp4Alpha.code());
        assertTrue(mp4Alpha.err().contains("alpha"), mp4Alpha.err());
    }
}
