package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.cli.RenderCommand.BadInput;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.persist.LoadedProject;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.export.Background;
import io.mouthpiece.export.ExportResult;
import io.mouthpiece.service.TakeScene;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code render PROJECT [--take NAME]}: a saved project's take with its edits. */
final class RenderFromProject {
    private RenderFromProject() {}

    static int run(RenderCommand c, AppServices services, RenderTools tools, PrintWriter out, PrintWriter err) throws IOException, BadInput {
        LoadedProject lp = services.store().load(c.project);
        Project p = lp.project();
        if (!lp.missingMediaIds().isEmpty()) {
            throw new BadInput("the project's media is missing or changed: " + String.join("; ", lp.warnings())
                    + " Put the files back, or open the project in the studio and use Relink\u2026 or Use Changed File"
                    + " (right-click the item in the media bin).");
        }
        if (p.takes().isEmpty()) throw new BadInput("the project has no take");
        String takeName = c.takeName;
        Take take = takeName == null ? p.takes().getFirst()
                : p.takeByName(takeName).or(() -> p.takeById(takeName)).orElseThrow(() ->
                new BadInput("no take '" + takeName + "' (takes: " + p.takes().stream().map(Take::name).toList() + ")"));
        FrameRate rate = c.fps == null ? p.frameRate() : FrameRate.parse(c.fps);
        int[] wh = c.size == null ? new int[]{p.width(), p.height()} : RenderTargets.parseSize(c.size);
        RenderTargets.Target target = RenderTargets.target(c.output, null);
        Edit missing = tools.analysis().completeTake(p, lp.folder(), take.id(), CliProgress.printing(err, "analysing", c.machine));
        Project analysed = missing.apply(p);
        if (!analysed.equals(p)) err.println("note: analysed what the take was missing (faces, lip sync) for this render; the project file is not changed");
        TakeScene scene = TakeScene.load(analysed, lp.folder(), take.id(), tools.rigs());
        if (scene.characters().isEmpty()) {
            err.println("note: no character on this take has an analysed face; the picture is rendered unchanged");
        }
        Background bg = tools.background() != null ? tools.background() : Background.parse(p.background());
        ExportResult r = tools.render().render(scene, lp.folder(), tools.output(bg, target, wh, rate), CliProgress.printing(err, "rendering", c.machine));
        RenderTargets.report(out, r);
        return RenderCommand.OK;
    }
}
