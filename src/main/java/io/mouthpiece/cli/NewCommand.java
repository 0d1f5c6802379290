package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.service.NewProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Create a project folder, optionally with a portrait (a character + a take) and a dialogue line.")
final class NewCommand implements Callable<Integer> {
    private final AppServices services;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Project folder to create.") Path folder;
    @Option(names = "--name", description = "Project name (default: the folder name).") String name;
    @Option(names = "--fps", defaultValue = "25", description = "Frame rate: 24, 25, 30, 24000/1001, 29.97, 60 ... (default ${DEFAULT-VALUE}).")
    String fps;
    @Option(names = "--size", defaultValue = "1280x720", description = "Output size WxH (default ${DEFAULT-VALUE}).") String size;
    @Option(names = "--portrait", paramLabel = "IMAGE_OR_VIDEO", description = "Portrait to animate.") Path portrait;
    @Option(names = "--audio", paramLabel = "AUDIO", description = "Dialogue line for the portrait.") Path audio;
    @Option(names = "--transcript", description = "What the line says (improves lip-sync timing).") String transcript;
    @Option(names = "--transcript-file", paramLabel = "TEXT_FILE") Path transcriptFile;
    @Option(names = "--consent", paramLabel = "STATEMENT",
            description = "The portrait shows a real person: who consented to this use, and how.") String consent;
    @Option(names = "--not-a-real-person", description = "The portrait is art or a fictional character.") boolean fictional;

    NewCommand(AppServices services) { this.services = services; }

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase().split("x");
        if (wh.length != 2) throw new IllegalArgumentException("--size must look like 1920x1080");
        if (portrait != null && consent == null && !fictional) {
            throw new IllegalArgumentException("importing a portrait needs --consent \"who agreed to this use\" "
                    + "for a real person, or --not-a-real-person for art and fictional characters");
        }
        if (consent != null && fictional) throw new IllegalArgumentException("use either --consent or --not-a-real-person");
        String text = transcriptFile != null ? Files.readString(transcriptFile) : transcript;
        ConsentRecord c = portrait == null ? ConsentRecord.NOT_RECORDED
                : new ConsentRecord(!fictional, fictional ? "" : consent, "", "");
        var spec = new NewProjectSpec(name, FrameRate.parse(fps), Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip()),
                portrait, audio, text, c);
        var p = services.creator().create(folder, spec);
        System.out.println("Created " + folder.toAbsolutePath() + " (" + p.actors().size() + " character(s), "
                + p.takes().size() + " take(s))");
        var header = portrait == null ? null : io.mouthpiece.media.ImageReader.header(portrait);
        var plan = header == null ? null : io.mouthpiece.media.PictureLimits.plan(header.width(), header.height());
        if (plan != null && plan.downscaled()) {
            System.out.println("note: " + io.mouthpiece.media.PictureLimits.notice(String.valueOf(portrait.getFileName()),
                    plan.sourceWidth(), plan.sourceHeight(), plan.width(), plan.height()));
        }
        return 0;
    }
}
