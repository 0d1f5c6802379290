package io.mouthpiece.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.settings.AppDirs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchRenderCommandTest {
    @TempDir Path tmp;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Cli.build(AppServices.create(AppDirs.under(tmp.resolve("home"))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void reportsFramesPerSecondPerSize() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, "bench", "render", "--frames", "3", "--size", "64x48,96x96");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("(?s).*GL: .*64x48: [0-9.]+ fps.*96x96: [0-9.]+ fps.*"), out.toString());
    }

    @Test
    void badOptionsAreExitCode2WithAMessage() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(2, run(out, err, "bench", "render", "--frames", "0"));
        assertTrue(err.toString().contains("--frames must be at least 1"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err2, "bench", "render", "--size", "big"));
        assertTrue(err2.toString().contains("--size must be WxH"), err2.toString());
    }
}
