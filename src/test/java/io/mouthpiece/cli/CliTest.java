package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.settings.AppDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Runs the real commands on the real sample media and reads the results back. */
class CliTest {
    private static final Path SAMPLE = Path.of("assets/samples/astronaut");

    @TempDir Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        CommandLine cl = Cli.build(AppServices.create(AppDirs.under(tmp.resolve("home"))));
        StringWriter err = new StringWriter();
        StringWriter usage = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(usage, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8) + usage, err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void sampleProjectInfo() {
        Run r = run("info", SAMPLE.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("Astronaut sample"), r.out);
        assertTrue(r.out.contains("1280x720 @ 25 fps"));
        assertTrue(r.out.contains("00:00:06:02 (6.060 s)"), "take duration from the decoded WAV");
        assertTrue(r.out.contains("all present"));
    }

    @Test
    void newWithMediaThenInfoAsJson() throws Exception {
        Path dir = tmp.resolve("p");
        Run r = run("new", dir.toString(), "--fps", "30000/1001", "--size", "640x480",
                "--portrait", SAMPLE.resolve("media/astronaut.png").toString(),
                "--audio", SAMPLE.resolve("media/line.wav").toString(), "--transcript", "Hello", "--not-a-real-person");
        assertEquals(0, r.code, r.err);
        assertTrue(Files.isRegularFile(dir.resolve("media/astronaut.png")), "media copied into the project");
        var lp = new ProjectStore().load(dir);
        assertEquals("30000/1001", lp.project().frameRate().toString());
        assertEquals(1, lp.project().takes().size());
        assertFalse(lp.project().actors().getFirst().consent().realPerson());
        assertTrue(lp.project().actors().getFirst().consent().isRecorded());
        Run info = run("info", "--json", dir.toString());
        assertTrue(info.out.contains("\"frameRate\" : \"30000/1001\""), info.out);
        assertEquals(2, run("new", dir.toString()).code, "refuses to overwrite a project");
    }

    @Test
    void missingMediaIsReportedNotFatal() throws Exception {
        Path dir = tmp.resolve("m");
        assertEquals(0, run("new", dir.toString(), "--portrait", SAMPLE.resolve("media/astronaut.png").toString(),
                "--audio", SAMPLE.resolve("media/line.wav").toString(), "--not-a-real-person").code);
        Files.delete(dir.resolve("media/line.wav"));
        Run r = run("info", dir.toString());
        assertEquals(4, r.code);
        assertTrue(r.out.contains("** MISSING **"), r.out);
    }

    @Test
    void badInputGetsExitCode2AndOneLine() throws Exception {
        Path junk = Files.write(tmp.resolve("junk.wav"), new byte[] {1, 2, 3, 4, 5});
        Run r = run("new", tmp.resolve("x").toString(), "--portrait", SAMPLE.resolve("media/astronaut.png").toString(),
                "--audio", junk.toString(), "--not-a-real-person");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: junk.wav"), r.err);
        assertFalse(r.err.contains("\tat "), "no stack trace for bad input");
        assertFalse(Files.exists(tmp.resolve("x")), "a refused line leaves no half-made project (not even the portrait's copy)");
        byte[] line = Files.readAllBytes(SAMPLE.resolve("media/line.wav"));
        Path cut = Files.write(tmp.resolve("cut.wav"), java.util.Arrays.copyOf(line, line.length / 2));
        Run truncated = run("new", tmp.resolve("t").toString(), "--portrait", SAMPLE.resolve("media/astronaut.png").toString(),
                "--audio", cut.toString(), "--not-a-real-person");
        assertEquals(2, truncated.code);
        assertTrue(truncated.err.startsWith("error: cut.wav is truncated"), truncated.err);
        assertFalse(Files.exists(tmp.resolve("t")));
        Run consent = run("new", tmp.resolve("y").toString(), "--portrait", SAMPLE.resolve("media/astronaut.png").toString());
        assertEquals(2, consent.code);
        assertTrue(consent.err.contains("--consent"));
        Path damaged = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(damaged.resolve("project.json"), "{\"schema\":\"Project.1\",");
        Run d = run("info", damaged.toString());
        assertEquals(2, d.code);
        assertTrue(d.err.contains("damaged"), d.err);
        assertEquals(2, run("info", tmp.resolve("nope").toString()).code);
    }

    @Test
    void helpAndVersion() {
        Run h = run("--help");
        assertEquals(0, h.code);
        Run v = run("--version");
        assertEquals(0, v.code);
        CommandLine cl = Cli.build(AppServices.create(AppDirs.under(tmp.resolve("home"))));
        assertTrue(cl.getSubcommands().keySet().containsAll(java.util.Set.of("new", "info")));
        assertTrue(cl.getCommandSpec().version()[0].startsWith("Mouthpiece "));
    }
}
