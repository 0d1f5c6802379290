package io.mouthpiece.service;

import io.mouthpiece.core.edit.Edit;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a take needs before it can render: the face of every character on the take's picture that has none yet
 * (a hand-placed six-point fit counts as one) and the lip sync of every character on the take, as one undoable edit.
 */
public final class TakeAnalysis {
    private final FaceService faces;
    private final LipsyncService lipsync;

    public TakeAnalysis(FaceService faces, LipsyncService lipsync) {
        this.faces = faces;
        this.lipsync = lipsync;
    }

    /** The lip sync this analysis uses (dubbing analyses its lines with the same models). */
    public LipsyncService lipsync() { return lipsync; }

    /** @throws NoFaceException when a character's picture shows no face (the six-point fit is the way out) */
    public Edit analyseTake(Project project, Path projectFolder, String takeId, Progress progress) throws IOException {
        return analyse(project, projectFolder, takeId, false, progress);
    }

    /**
     * Only what is missing: faces not analysed yet, and lip sync for characters whose motion track has no viseme lane.
     * An existing generated layer (and of course every user key) is left as it is.
     */
    public Edit completeTake(Project project, Path projectFolder, String takeId, Progress progress) throws IOException {
        return analyse(project, projectFolder, takeId, true, progress);
    }

    private Edit analyse(Project project, Path projectFolder, String takeId, boolean onlyMissing, Progress progress) throws IOException {
        Take take = project.take(takeId);
        List<Actor> needFace = project.actors().stream()
                .filter(a -> Objects.equals(a.sourceMediaId(), take.pictureMediaId()) && !CharacterRigs.isRigged(a)).toList();
        Set<String> speakers = new LinkedHashSet<>();
        project.actors().stream().filter(a -> Objects.equals(a.sourceMediaId(), take.pictureMediaId())).forEach(a -> speakers.add(a.id()));
        take.dialogue().forEach(d -> { if (d.actorId() != null) speakers.add(d.actorId()); });
        if (onlyMissing) speakers.removeIf(id -> take.motionOf(id).map(m -> m.visemes() != null).orElse(false));
        int steps = needFace.size() + speakers.size();
        int i = 0;
        List<Edit> edits = new ArrayList<>();
        for (Actor a : needFace) {
            edits.add(faces.analyse(project, projectFolder, a.id(), progress.slice((double) i / steps, (double) ++i / steps)));
        }
        for (String id : speakers) {
            edits.add(lipsync.analyse(project, projectFolder, takeId, id, progress.slice((double) i / steps, (double) ++i / steps)));
        }
        progress.update(1, "analysis done");
        return Edit.compose("Analyse Take", edits);
    }
}
