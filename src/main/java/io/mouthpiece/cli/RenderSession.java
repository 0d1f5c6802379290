package io.mouthpiece.cli;

import io.mouthpiece.app.AppServices;
import io.mouthpiece.cli.RenderCommand.BadInput;
import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.media.ImageReader;
import io.mouthpiece.media.PictureLimits;
import io.mouthpiece.render.SourceImage;
import io.mouthpiece.service.NewProjectSpec;
import io.mouthpiece.service.SourcePictures;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.mouthpiece.cli.RenderTargets.scaled;
import static io.mouthpiece.cli.RenderTargets.sixPoints;
import static io.mouthpiece.cli.RenderTargets.stem;

/**
 * {@code render}'s one-step and batch work: a throwaway project in a temp folder holding the portrait (its face
 * analysed once) and one take per line.
 */
final class RenderSession {
    Project project;
    final Path folder;
    final String actorId;
    final SourceImage picture;
    private final AppServices services;

    private RenderSession(AppServices services, Project project, Path folder, SourceImage picture) {
        this.services = services;
        this.project = project;
        this.folder = folder;
        this.actorId = project.actors().getFirst().id();
        this.picture = picture;
    }

    /** Creates the project in {@code tmp} from the command's portrait, consent, size, rate, seed and face options. */
    static RenderSession open(AppServices services, RenderCommand c, RenderTools tools, Path tmp, PrintWriter err) throws IOException, BadInput {
        FrameRate rate = c.fps == null ? FrameRate.FPS_25 : FrameRate.parse(c.fps);
        if (c.consent == null && !c.fictional) {
            err.println("note: no consent recorded (use --consent \"who agreed\" for a real person, or --not-a-real-person)");
        }
        ConsentRecord cr = c.consent != null ? new ConsentRecord(true, c.consent, "", "")
                : c.fictional ? new ConsentRecord(false, "", "", "") : ConsentRecord.NOT_RECORDED;
        int[] wh = c.size == null ? new int[]{1280, 720} : RenderTargets.parseSize(c.size);
        Project p = services.creator().create(tmp, new NewProjectSpec(stem(c.portrait), rate, wh[0], wh[1], c.portrait, null, "", cr));
        if (!cr.isRecorded() && c.consent == null && !c.fictional) {
            // ProjectCreator stamps every declaration; with none given the record must say "not recorded".
            p = ActorEdits.setConsent(p.actors().getFirst().id(), ConsentRecord.NOT_RECORDED).apply(p);
        }
        Actor a = p.actors().getFirst();
        if (c.seed != null) p = ActorEdits.setDials(a.id(), MotionDials.DEFAULT.withSeed(c.seed)).apply(p);
        MediaRef pic = p.mediaById(a.sourceMediaId()).orElseThrow();
        // the face first, then the picture for the renderer: one large copy of a big portrait in memory at a time
        if (c.facePoints != null) {
            ImageReader.Header h = ImageReader.header(tmp.resolve(pic.path()));
            PictureLimits.Plan plan = h == null ? null : PictureLimits.plan(h.width(), h.height());
            double k = plan == null ? 1 : (double) plan.width() / plan.sourceWidth(); // the points are in the file's pixels
            p = ActorEdits.setRig(a.id(), RigCorrections.NONE.withManualFit(scaled(sixPoints(c.facePoints), k)), "Six-Point Fit").apply(p);
        } else {
            p = tools.faces().analyse(p, tmp, a.id(), CliProgress.printing(err, "finding the face", c.machine)).apply(p);
        }
        ImageReader.Picture read = SourcePictures.readPicture(tmp, pic);
        if (read.downscaled()) err.println("note: " + read.notice(c.portrait.getFileName().toString()));
        SourceImage picture = SourcePictures.takeSource(read.image());
        return new RenderSession(services, p, tmp, picture);
    }

    /** Imports {@code file} and adds a take holding it as one clip; returns the new project. */
    Project addLine(Path file, String transcript) throws IOException {
        if (!Files.isRegularFile(file)) throw new MediaException("cannot read " + file + ": no such file");
        MediaInfo info = services.prober().probe(file);
        if (info.kind() == MediaKind.IMAGE || info.sampleRate() == 0 || info.duration() == null || info.duration().signum() <= 0) {
            throw new MediaException(file.getFileName() + " has no sound");
        }
        MediaRef m = services.creator().importMedia(folder, file, info);
        String takeId = Ids.next("tk");
        Actor a = project.actor(actorId);
        Take t = new Take(takeId, stem(file), info.duration(), a.sourceMediaId());
        project = Edit.compose("Add Line", List.of(
                ProjectEdits.addMedia(m), TakeEdits.add(t),
                TakeEdits.addClip(takeId, actorId, new AudioClip(Ids.next("clp"), m.id(),
                        new TimeRange(Rational.ZERO, info.duration())).withTranscript(transcript)))).apply(project);
        return project;
    }
}
