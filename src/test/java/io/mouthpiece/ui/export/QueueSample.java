package io.mouthpiece.ui.export;

import io.mouthpiece.app.InstallLayout;
import io.mouthpiece.app.TakeServices;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.service.SampleProjects;
import io.mouthpiece.service.TakeScene;
import java.nio.file.Path;

/** A private copy of the astronaut sample cut to its first seconds and analysed by the real services. */
final class QueueSample {
    final Path folder;
    final TakeScene scene;

    QueueSample(TakeServices takes, Path dir, Rational seconds) throws Exception {
        folder = SampleProjects.userCopy(InstallLayout.detect().sampleProject(), dir);
        Project p = new ProjectStore().load(folder).project();
        Take t = p.takes().getFirst();
        AudioClip c = t.dialogue().getFirst().clips().getFirst();
        p = TakeEdits.trimClip(t.id(), c.id(), new TimeRange(Rational.ZERO, seconds), Rational.ZERO).apply(p);
        p = TakeEdits.setDuration(t.id(), seconds).apply(p);
        p = takes.analysis().analyseTake(p, folder, t.id(), Progress.NONE).apply(p);
        scene = TakeScene.load(p, folder, t.id(), takes.rigs());
    }

    /** The scene with in/out points at [from, to) (seconds as exact fractions). */
    TakeScene inOut(Rational from, Rational to) {
        return scene.withProject(TakeEdits.setInOut(scene.take().id(), from, to).apply(scene.project()));
    }
}
