package io.mouthpiece.cli;

import io.mouthpiece.render.bench.RenderBenchmark;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.gl.GlUnavailableException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mouthpiece bench render}: GL rig renderer frames per second, readback included. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "GL rig renderer speed: frames/s including readback into a pooled buffer, per output size.")
public final class BenchRenderCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--frames", description = "timed frames per size (default ${DEFAULT-VALUE})", defaultValue = "200")
    int frames;

    @Option(names = "--size", split = ",", description = "output sizes WxH (default 512x512,1920x1080)")
    List<String> sizes = List.of("512x512", "1920x1080");

    @Override
    public Integer call() throws Exception {
        if (frames < 1) throw new IllegalArgumentException("--frames must be at least 1, got " + frames);
        List<int[]> parsed = sizes.stream().map(BenchRenderCommand::parseSize).toList();
        PrintWriter out = spec.commandLine().getOut();
        GlThread gl;
        try {
            gl = GlThread.start("gl-bench");
        } catch (GlUnavailableException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        try (gl) {
            out.println("GL: " + gl.description());
            for (int[] s : parsed) out.println(RenderBenchmark.run(gl, s[0], s[1], frames));
        }
        out.flush();
        return 0;
    }

    static int[] parseSize(String s) {
        String[] p = s.toLowerCase().split("x");
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].trim()), h = Integer.parseInt(p[1].trim());
                if (w >= 16 && h >= 16 && w <= 8192 && h <= 8192) return new int[]{w, h};
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--size must be WxH with 16..8192 per side, got '" + s + "'");
    }
}
