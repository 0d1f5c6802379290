package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.cli.RenderCommand.BadInput;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.service.TakeScene;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code render --portrait IMG --audio AUDIO}: a talking take in one step, default motion. */
final class RenderOneStep {
    private RenderOneStep() {}

    static int run(RenderCommand c, AppServices services, RenderTools tools, PrintWriter out, PrintWriter err) throws IOException, BadInput {
        RenderTargets.Target target = RenderTargets.target(c.output, null);
        Path tmp = Files.createTempDirectory("mouthpiece-render-");
        try {
            RenderSession s = RenderSession.open(services, c, tools, tmp, err);
            Project p = s.addLine(c.audio, readDialog(c.dialog));
            Take take = p.takes().getLast();
            Progress pr = CliProgress.printing(err, "analysing", c.machine);
            p = tools.analysis().analyseTake(p, tmp, take.id(), pr).apply(p);
            s.project = p;
            int[] wh = c.size == null ? RenderTargets.defaultSize(s.picture) : RenderTargets.parseSize(c.size);
            TakeScene scene = TakeScene.of(p, take.id(), s.picture, tools.rigs());
            ExportResult r = tools.render().render(scene, tmp, tools.output(target, wh, p.frameRate()), CliProgress.printing(err, "rendering", c.machine));
            RenderTargets.report(out, r);
            return RenderCommand.OK;
        } finally {
            RenderTargets.deleteTree(tmp);
        }
    }

    private static String readDialog(Path dialog) throws IOException, BadInput {
        if (dialog == null) return "";
        if (!Files.isReadable(dialog)) throw new BadInput("dialog file not readable: " + dialog);
        return Files.readString(dialog).strip();
    }
}
