package io.mouthpiece.cli;

import io.mouthpiece.render.bench.RenderBenchmark;
import io.mouthpiece.render.gl.GlThread;
import io.mouthpiece.render.gl.GlUnavailableException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mouthpiece bench render}: GL rig renderer frames per second, readback included, at 512² and 1080p. */
@Command(name = "render", description = "GL rig renderer speed (frames/s including readback) at 512x512 and 1920x1080.",
        mixinStandardHelpOptions = true)
public final class BenchRenderCommand implements Callable<Integer> {
    @Option(names = "--frames", description = "timed frames per size (default ${DEFAULT-VALUE})", defaultValue = "200")
    int frames;

    @Override
    public Integer call() throws Exception {
        if (frames < 1) throw new IllegalArgumentException("--frames must be at least 1");
        GlThread gl;
        try {
            gl = GlThread.start("gl-bench");
        } catch (GlUnavailableException e) {
            System.err.println("error: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        try (gl) {
            System.out.println("GL: " + gl.description());
            System.out.println(RenderBenchmark.run(gl, 512, 512, frames));
            System.out.println(RenderBenchmark.run(gl, 1920, 1080, frames));
        }
        return 0;
    }
}
