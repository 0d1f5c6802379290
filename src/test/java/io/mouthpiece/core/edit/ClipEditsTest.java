package io.mouthpiece.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import org.junit.jupiter.api.Test;

/** Moving, trimming and deleting dialogue clips: the limits the timeline relies on, enforced by the edits themselves. */
class ClipEditsTest {
    static AudioClip clip(Project p) { return p.take("tk-1").dialogue().getFirst().clips().getFirst(); }

    @Test
    void aMoveKeepsLengthAndSourceAndGrowsTheTake() {
        Project p = TakeEdits.moveClip("tk-1", "clp-1", Rational.of(5)).apply(Fixtures.project());
        assertEquals(new TimeRange(Rational.of(5), Rational.of(3)), clip(p).range());
        assertEquals(Rational.ZERO, clip(p).sourceIn());
        assertEquals(Rational.of(8), p.take("tk-1").duration(), "the take grows to the clip's new end");
    }

    @Test
    void aMoveOntoANeighbourIsRefused() {
        Project p = TakeEdits.addClip("tk-1", "act-1", new AudioClip("clp-2", "med-wav",
                new TimeRange(Rational.of(4), Rational.ONE))).apply(Fixtures.project());
        Project at = p;
        assertEquals(Rational.ONE, clip(TakeEdits.moveClip("tk-1", "clp-1", Rational.ONE).apply(p)).range().start(), "touching is fine");
        var e = assertThrows(IllegalArgumentException.class, () -> TakeEdits.moveClip("tk-1", "clp-1", Rational.of(3, 2)).apply(at));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void aTrimCannotPlayPastTheMediaNorBeShorterThanAFrame() {
        Project p = Fixtures.project();
        // media is 3 s long: from source 1 s only 2 s remain
        assertThrows(IllegalArgumentException.class, () -> TakeEdits.trimClip("tk-1", "clp-1",
                new TimeRange(Rational.ONE, Rational.of(5, 2)), Rational.ONE).apply(p));
        assertThrows(IllegalArgumentException.class, () -> TakeEdits.trimClip("tk-1", "clp-1",
                new TimeRange(Rational.ONE, Rational.of(1, 50)), Rational.ONE).apply(p));
        Project ok = TakeEdits.trimClip("tk-1", "clp-1", new TimeRange(Rational.ONE, Rational.of(2)), Rational.ONE).apply(p);
        assertEquals(Rational.ONE, clip(ok).sourceIn());
        assertEquals(Rational.of(3), clip(ok).range().end());
    }

    @Test
    void removeTakesTheClipAway() {
        Project p = TakeEdits.removeClip("tk-1", "clp-1").apply(Fixtures.project());
        assertTrue(p.take("tk-1").dialogue().getFirst().clips().isEmpty());
    }
}
