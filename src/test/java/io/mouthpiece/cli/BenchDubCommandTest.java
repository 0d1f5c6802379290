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

class BenchDubCommandTest {
    @TempDir Path tmp;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Cli.build(AppServices.create(AppDirs.under(tmp.resolve("home"))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void reportsFramesPerSecondAndCpuTime() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, "bench", "dub", "--frames", "4", "--size", "320x240", "--threads", "1,2");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("(?s).*320x240, 1 thread: [0-9.]+ fps wall .*ms CPU/frame.*320x240, 2 threads: .*"), out.toString());
    }

    @Test
    void badOptionsAreExitCode2WithAMessage() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "dub", "--threads", "0"));
        assertTrue(err.toString().contains("--threads must be 1..64"), err.toString());
    }
}
