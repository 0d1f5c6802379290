package io.mouthpiece.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.settings.AppDirs;

class LipsyncCommandTest {
    static String fixture(String name) throws Exception {
        return Path.of(LipsyncCommandTest.class.getResource("/lipsync/" + name).toURI()).toString();
    }

    @Test
    void writesRhubarbTsvFromAnMp3(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cues.tsv");
        assertEquals(0, Cli.run(services(), "lipsync", fixture("speech.mp3"), "-o", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.size() > 5, lines.toString());
        double prev = -1;
        for (String l : lines) {
            String[] f = l.split("\t");
            double t = Double.parseDouble(f[0]);
            assertTrue(t > prev, "times increase: " + lines);
            prev = t;
            assertTrue(f[1].matches("[A-HX]"), l);
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("\tA")), "closures for b/m/p: " + lines);
        assertTrue(lines.getLast().endsWith("\tX"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void writesArkitCsvAtTheRequestedRate(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("face.csv");
        assertEquals(0, Cli.run(services(), "lipsync", fixture("speech16k.wav"), "--format", "arkit", "--fps", "30", "-o", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 52, lines.size()); // header + ceil(1.71 s * 30)
    }

    /** aligned.flac's labials (aligned.lab): with its transcript every one starts an A within ±40 ms. */
    @Test
    void dialogTextClosesTheLipsOnEveryLabial(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cues.tsv");
        assertEquals(0, Cli.run(services(), "lipsync", fixture("aligned.flac"), "--dialog", fixture("aligned.txt"), "-o", out.toString()));
        List<double[]> spans = new java.util.ArrayList<>(); // A cues: {start, end}
        List<String> lines = Files.readAllLines(out);
        for (int i = 0; i < lines.size() - 1; i++) {
            String[] f = lines.get(i).split("\t");
            if (f[1].equals("A")) spans.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(lines.get(i + 1).split("\t")[0])});
        }
        for (String l : Files.readAllLines(Path.of(fixture("aligned.lab")))) {
            String[] f = l.split("\t");
            if (f.length != 3 || !f[2].matches("[bmp]")) continue;
            double t = Double.parseDouble(f[0]);
            assertTrue(spans.stream().anyMatch(s -> s[0] <= t + 0.04 && s[1] >= t - 0.04), "closure at " + t + ": " + lines);
        }
    }

    @Test
    void unreadableDialogExitsWithTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, Cli.run(services(), "lipsync", fixture("aligned.flac"), "--dialog", dir.resolve("missing.txt").toString()));
    }

    @Test
    void badInputExitsWithTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, Cli.run(services(), "lipsync", fixture("corrupt.mp3"), "-o", dir.resolve("x.tsv").toString()));
        assertEquals(2, Cli.run(services(), "lipsync", fixture("speech16k.wav"), "--format", "mp4"));
        assertFalse(Files.exists(dir.resolve("x.tsv")));
    }

    private static AppServices services() {
        return AppServices.create(AppDirs.under(Path.of(System.getProperty("java.io.tmpdir"), "mp-lipsync-test-home")));
    }
}
