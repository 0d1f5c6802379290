package io.mouthpiece.service;

import io.mouthpiece.export.Decoded;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportFormat;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.export.QualityPreset;
import io.mouthpiece.face.FaceAnalyzer;
import io.mouthpiece.face.RgbImage;
import io.mouthpiece.render.SourceImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The render pipeline on the astronaut sample, checked on decoded output pixels. */
class RenderServiceTest {
    static Pipeline pipe;
    static Pipeline.Loaded analysed;
    @TempDir static Path dir;

    @BeforeAll
    static void analyse() throws Exception {
        pipe = new Pipeline();
        var s = Pipeline.sample(dir, Rational.of(2));
        Project p = pipe.analysis.analyseTake(s.project(), s.folder(), s.takeId(), Progress.NONE).apply(s.project());
        analysed = s.with(p);
    }

    @AfterAll
    static void stop() { pipe.close(); }

    /** The take's in/out cut to frames [from, from + n) at 25 fps. */
    static TakeScene scene(long from, long n) throws Exception {
        Project p = TakeEdits.setInOut(analysed.takeId(), Rational.of(from, 25), Rational.of(from + n, 25)).apply(analysed.project());
        return TakeScene.load(p, analysed.folder(), analysed.takeId(), pipe.rigs);
    }

    static RenderService.Output out(Path file, ExportFormat f, int w, int h, Background bg) {
        return new RenderService.Output(file, f, w, h, null, bg, QualityPreset.WEB, false);
    }

    @Test
    void mouthOpensWithJawOpenAndNothingFarFromTheFaceChanges() throws Exception {
        TakeScene whole = TakeScene.load(analysed.project(), analysed.folder(), analysed.takeId(), pipe.rigs);
        long open = 0, closed = -1;
        float maxJaw = -1;
        for (long f = 0; f < whole.frameCount(); f++) {
            float j = whole.channelsAt(whole.timeOfFrame(f)).getFirst().get(Channel.JAW_OPEN);
            if (j > maxJaw) { maxJaw = j; open = f; }
            if (closed < 0 && j < 0.01f) closed = f;
        }
        assertTrue(maxJaw > 0.15f && closed >= 0, "the take has an open and a closed moment: " + maxJaw);

        double[] opening = new double[2];
        long[] frames = {open, closed};
        SourceImage src = whole.scene().image();
        FaceLandmarks rest = whole.characters().getFirst().face().landmarks();
        try (FaceAnalyzer fa = new FaceAnalyzer(pipe.registry, pipe.topology, FaceAnalyzer.Options.DEFAULT)) {
            for (int k = 0; k < 2; k++) {
                Path seq = dir.resolve("png-" + k);
                ExportResult r = pipe.render().render(scene(frames[k], 1), analysed.folder(),
                        out(seq, ExportFormat.PNG_SEQUENCE, src.width(), src.height(), Background.KEEP), Progress.NONE);
                assertEquals(1, r.frames());
                Path png;
                try (var l = Files.list(seq)) { png = l.filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow(); }
                BufferedImage img = ImageIO.read(png.toFile());
                FaceLandmarks lm = fa.analyze(RgbImage.of(img)).faces().getFirst().landmarks();
                opening[k] = Math.abs(lm.y(14) - lm.y(13)) / Math.abs(lm.x(454) - lm.x(234));

                // Exact pixels far outside the face box (PNG is lossless and the output is at the picture's size).
                double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
                for (int i = 0; i < 468; i++) {
                    x0 = Math.min(x0, rest.x(i)); x1 = Math.max(x1, rest.x(i));
                    y0 = Math.min(y0, rest.y(i)); y1 = Math.max(y1, rest.y(i));
                }
                double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hw = (x1 - x0) * 0.8 + 2, hh = (y1 - y0) * 0.8 + 2;
                int checked = 0, differ = 0;
                for (int y = 0; y < src.height(); y++) {
                    for (int x = 0; x < src.width(); x++) {
                        if (Math.abs(x - cx) <= hw && Math.abs(y - cy) <= hh) continue;
                        checked++;
                        if ((img.getRGB(x, y) & 0xffffff) != (src.pixel(x, y) & 0xffffff)) differ++;
                    }
                }
                assertTrue(checked > 100_000, "most of the picture is far from the face: " + checked);
                assertEquals(0, differ, "pixels outside 1.6x the face box changed in frame " + frames[k]);
            }
        }
        System.out.printf("mouth opening / face width: %.4f at jawOpen %.3f (frame %d), %.4f closed (frame %d)%n",
                opening[0], maxJaw, open, opening[1], closed);
        assertTrue(opening[0] > opening[1] + 0.02, "FaceMesh sees the mouth open wider at jawOpen " + maxJaw
                + ": open " + opening[0] + " vs closed " + opening[1]);
    }

    @Test
    void theSidecarCarriesEveryCharactersConsent() throws Exception {
        Project p = scene(0, 2).project();
        var first = p.actors().getFirst();
        var bea = new io.mouthpiece.core.project.Actor("second", "Bea", first.sourceMediaId(), first.faceIndex(),
                new io.mouthpiece.core.project.ConsentRecord(true, "Bea agreed to talking-head use", "tester", "2026-02-02T00:00:00Z"),
                first.presets(), first.dials(), first.face(), first.rig(), null);
        List<io.mouthpiece.core.project.Actor> two = new java.util.ArrayList<>(p.actors());
        two.add(bea);
        TakeScene s = TakeScene.load(p.withActors(two), analysed.folder(), analysed.takeId(), pipe.rigs);
        assertEquals(2, s.characters().size(), "both characters are in the picture");
        ExportResult r = pipe.render().render(s, analysed.folder(), out(dir.resolve("two.png"), ExportFormat.SPRITE_SHEET, 64, 64,
                Background.KEEP), Progress.NONE);
        var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.provenance().toFile());
        var chars = j.get("characters");
        assertEquals(2, chars.size(), j.toPrettyString());
        assertEquals(first.name(), chars.get(0).get("name").asText());
        assertEquals(first.id(), chars.get(0).get("id").asText());
        assertEquals(first.consent().realPerson(), chars.get(0).at("/consent/realPerson").asBoolean());
        assertEquals("Bea", chars.get(1).get("name").asText());
        assertEquals("second", chars.get(1).get("id").asText());
        assertTrue(chars.get(1).at("/consent/realPerson").asBoolean());
        assertEquals("Bea agreed to talking-head use", chars.get(1).at("/consent/statement").asText());
        assertEquals(first.name() + ", Bea", j.at("/character/name").asText(), "the old field still names both");
    }

    @Test
    void transparentExportsCutThePersonOut() throws Exception {
        TakeScene s = scene(20, 3);
        FaceLandmarks lm = s.characters().getFirst().face().landmarks();
        double k = 256.0 / s.scene().image().width();
        int nx = (int) (lm.x(1) * k), ny = (int) (lm.y(1) * k);   // nose tip
        int ex = (int) (lm.x(50) * k), ey = (int) (lm.y(50) * k); // cheek
        for (ExportFormat f : List.of(ExportFormat.WEBM_VP9, ExportFormat.MOV_PRORES4444, ExportFormat.PNG_SEQUENCE)) {
            Path file = dir.resolve("alpha." + (f.extension().isEmpty() ? "seq" : f.extension()));
            pipe.render().render(s, analysed.folder(), out(file, f, 256, 256, Background.TRANSPARENT), Progress.NONE);
            List<int[]> frames;
            if (f == ExportFormat.PNG_SEQUENCE) {
                try (var l = Files.list(file)) {
                    frames = l.filter(p -> p.toString().endsWith(".png")).sorted().map(p -> {
                        try {
                            BufferedImage img = ImageIO.read(p.toFile());
                            return img.getRGB(0, 0, 256, 256, null, 0, 256);
                        } catch (Exception e) { throw new RuntimeException(e); }
                    }).toList();
                }
            } else {
                frames = Decoded.of(file, f == ExportFormat.WEBM_VP9).frames;
            }
            assertEquals(3, frames.size(), f.name());
            for (int[] px : frames) {
                for (int[] c : new int[][]{{0, 0}, {255, 0}, {5, 5}, {250, 5}}) {
                    assertEquals(0, px[c[1] * 256 + c[0]] >>> 24, f + ": top corner " + c[0] + "," + c[1] + " is background");
                }
                assertEquals(255, px[ny * 256 + nx] >>> 24, f + ": the nose is opaque");
                assertEquals(255, px[ey * 256 + ex] >>> 24, f + ": the cheek is opaque");
            }
        }
    }

    @Test
    void flatColourReplacesTheBackgroundAndLetterboxKeepsTheAspect() throws Exception {
        TakeScene s = scene(10, 2);
        Path file = dir.resolve("green.mp4");
        pipe.render().render(s, analysed.folder(), out(file, ExportFormat.MP4, 320, 256, Background.color(0x00ff00)), Progress.NONE);
        Decoded d = Decoded.of(file, false);
        assertEquals(320, d.width);
        assertEquals(2, d.frames.size());
        int[] px = d.frames.getFirst();
        // the 512x512 picture fits as 256x256 in the middle; bars and background are the colour
        for (int[] c : new int[][]{{10, 128}, {310, 128}, {40, 3}, {290, 3}}) {
            int p = px[c[1] * 320 + c[0]];
            assertTrue(((p >> 8) & 255) > 200 && ((p >> 16) & 255) < 60 && (p & 255) < 60, "green at " + c[0] + "," + c[1] + ": " + Integer.toHexString(p));
        }
        FaceLandmarks lm = s.characters().getFirst().face().landmarks();
        int p = px[(int) (lm.y(1) / 2) * 320 + 32 + (int) (lm.x(1) / 2)];
        assertFalse(((p >> 8) & 255) > 200 && ((p >> 16) & 255) < 60, "the face is not green");
    }
}
