package io.mouthpiece.cli;

import io.mouthpiece.dub.bench.DubBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mouthpiece bench dub}: lower-face synthesis + composite speed (CPU reference; decode and encode excluded). */
@Command(name = "dub", mixinStandardHelpOptions = true,
        description = "Dubbing synthesis + composite speed (CPU reference, decode/encode excluded), per size and thread count.")
public final class BenchDubCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--frames", description = "timed frames per size (default ${DEFAULT-VALUE})", defaultValue = "100")
    int frames;

    @Option(names = "--size", split = ",", description = "picture sizes WxH (default 1920x1080)")
    List<String> sizes = List.of("1920x1080");

    @Option(names = "--threads", split = ",", description = "thread counts (default 1,2)")
    List<Integer> threads = List.of(1, 2);

    @Override
    public Integer call() throws Exception {
        if (frames < 1) throw new IllegalArgumentException("--frames must be at least 1, got " + frames);
        for (int t : threads) if (t < 1 || t > 64) throw new IllegalArgumentException("--threads must be 1..64, got " + t);
        List<int[]> parsed = sizes.stream().map(BenchRenderCommand::parseSize).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println("CPU cores available: " + Runtime.getRuntime().availableProcessors());
        for (int[] s : parsed) for (int t : threads) out.println(DubBenchmark.run(s[0], s[1], frames, t));
        out.flush();
        return 0;
    }
}
