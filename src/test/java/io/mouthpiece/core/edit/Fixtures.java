package io.mouthpiece.core.edit;

import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;

/** A small real project: one portrait, one line of dialogue, one character, one take. */
public final class Fixtures {
    private Fixtures() {}

    public static Project project() {
        Project p = Project.empty("prj-1", "Fixture");
        p = ProjectEdits.addMedia(new MediaRef("med-img", MediaKind.IMAGE, "media/face.png", "ab", 10, null)).apply(p);
        p = ProjectEdits.addMedia(new MediaRef("med-wav", MediaKind.AUDIO, "media/line.wav", "cd", 20, Rational.of(3))).apply(p);
        p = ActorEdits.add(new Actor("act-1", "Ada", "med-img")).apply(p);
        p = TakeEdits.add(new Take("tk-1", "Take 1", Rational.of(2), "med-img")).apply(p);
        p = TakeEdits.addClip("tk-1", "act-1", new AudioClip("clp-1", "med-wav", new TimeRange(Rational.of(1, 2), Rational.of(3)))).apply(p);
        return p;
    }
}
