package io.mouthpiece.service;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.media.MediaException;
import io.mouthpiece.core.media.MediaInfo;
import io.mouthpiece.core.media.MediaProber;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Ids;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Creates project folders and imports media into them (copied under {@code media/}, so a project is self-contained). */
public final class ProjectCreator {
    public static final String MEDIA_DIR = "media";

    private final ProjectStore store;
    private final MediaProber prober;

    public ProjectCreator(ProjectStore store, MediaProber prober) {
        this.store = store;
        this.prober = prober;
    }

    /** Creates {@code folder} (which must not hold a project yet) with the spec's media, and saves it. */
    public Project create(Path folder, NewProjectSpec spec) throws IOException {
        if (Files.exists(folder.resolve(ProjectStore.FILE))) {
            throw new FileAlreadyExistsException(folder.toString(), null, "a project already exists there");
        }
        String name = spec.name() != null && !spec.name().isBlank() ? spec.name() : String.valueOf(folder.toAbsolutePath().getFileName());
        Project p = Project.empty(Ids.next("prj"), name).withFormat(spec.frameRate(), spec.width(), spec.height());
        List<Edit> steps = new ArrayList<>();
        if (spec.portrait() != null) {
            // every input is checked before anything is copied: a refused file leaves no half-made project behind
            MediaInfo info = prober.probe(spec.portrait());
            if (info.kind() == MediaKind.AUDIO) throw new MediaException(spec.portrait().getFileName() + " is audio, not a portrait");
            MediaInfo a = spec.audio() == null ? null : prober.probe(spec.audio());
            if (a != null && (a.kind() == MediaKind.IMAGE || a.sampleRate() == 0)) {
                throw new MediaException(spec.audio().getFileName() + " has no sound");
            }
            MediaRef portrait = importMedia(folder, spec.portrait(), info);
            String actorId = Ids.next("act");
            steps.add(ProjectEdits.addMedia(portrait));
            steps.add(ActorEdits.add(new Actor(actorId, baseName(spec.portrait()), portrait.id())
                    .withConsent(stamp(spec))));
            Rational takeLength = info.duration() != null ? info.duration() : Rational.of(5);
            String takeId = Ids.next("tk");
            steps.add(TakeEdits.add(new Take(takeId, "Take 1", takeLength, portrait.id())));
            if (a != null) {
                MediaRef audio = importMedia(folder, spec.audio(), a);
                steps.add(ProjectEdits.addMedia(audio));
                steps.add(TakeEdits.addClip(takeId, actorId, new AudioClip(Ids.next("clp"), audio.id(),
                        new TimeRange(Rational.ZERO, a.duration())).withTranscript(spec.transcript())));
                steps.add(TakeEdits.setDuration(takeId, a.duration()));
            }
        }
        p = Edit.compose("New Project", steps).apply(p);
        store.save(folder, p);
        return p;
    }

    /** Copies {@code file} into the project's media folder (unless already inside the project) and describes it. */
    public MediaRef importMedia(Path folder, Path file, MediaInfo info) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        return ProjectStore.describe(root, copyIntoProject(root, file), Ids.next("med"), info.kind(), info.duration());
    }

    /**
     * Where {@code file} lives in the project: itself when already inside {@code folder}, else a copy under
     * {@code media/} with a name no other file has (written under a temporary name and renamed).
     */
    public static Path copyIntoProject(Path folder, Path file) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path src = file.toAbsolutePath().normalize();
        if (src.startsWith(root)) return src;
        Path dir = Files.createDirectories(root.resolve(MEDIA_DIR));
        Path dest = uniqueName(dir, src.getFileName().toString());
        Path tmp = dest.resolveSibling("." + dest.getFileName() + ".part");
        Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE);
        return dest;
    }

    private static Path uniqueName(Path dir, String fileName) {
        Path p = dir.resolve(fileName);
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 ? fileName.substring(dot) : "";
        for (int i = 2; Files.exists(p); i++) p = dir.resolve(stem + "-" + i + ext);
        return p;
    }

    private static io.mouthpiece.core.project.ConsentRecord stamp(NewProjectSpec spec) {
        var c = spec.consent();
        if (c.isRecorded()) return c; // the declaration (real person or not) is recorded with who and when
        return new io.mouthpiece.core.project.ConsentRecord(c.realPerson(), c.statement(),
                c.recordedBy().isEmpty() ? System.getProperty("user.name", "") : c.recordedBy(), Instant.now().toString());
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String s = dot > 0 ? n.substring(0, dot) : n;
        return s.isEmpty() ? "Character" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
