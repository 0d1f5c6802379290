package io.mouthpiece.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.edit.TakeEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.speech.Viseme;
import io.mouthpiece.core.speech.VisemeSegment;
import io.mouthpiece.core.speech.VisemeTrack;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.lipsync.LipsyncModels;
import io.mouthpiece.lipsync.VisemeClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dials change the motion the renderer reads ({@link MotionLayers#evaluate}, what TakeScene.channelsAt hands the
 * renderer per frame): the sample line analysed by the real classifier, then the dials turned through the edit.
 */
class DialEditsTest {
    static final Rational LENGTH = Rational.of(20);
    static ProjectDocument doc;

    @BeforeAll
    static void analyseTheSampleLine() throws Exception {
        Path classifier = Path.of("models/lipsync").resolve(LipsyncModels.CLASSIFIER);
        LipsyncService lipsync = new LipsyncService(VisemeClassifier.load(classifier), Hashing.sha256(classifier));
        Rational line = Rational.of(48481, 8000);
        VisemeTrack spoken = lipsync.analyseClip(Path.of("assets/samples/astronaut/media/line.wav"), Rational.ZERO, line, Progress.NONE);
        // the line, then silence to 20 s so blink statistics have room
        List<VisemeSegment> segs = new ArrayList<>(spoken.segments());
        segs.add(new VisemeSegment(line, LENGTH, Viseme.SIL, 0));
        VisemeTrack track = new VisemeTrack(segs, LENGTH);
        Project p = Project.empty("prj-d", "Dials");
        p = ProjectEdits.addMedia(new MediaRef("med-img", MediaKind.IMAGE, "media/face.png", "ab", 10, null)).apply(p);
        p = ActorEdits.add(new Actor("act-1", "Ada", "med-img")).apply(p);
        p = TakeEdits.add(new Take("tk-1", "Take 1", LENGTH, "med-img")).apply(p);
        p = MotionEdits.setGenerated("tk-1", "act-1", LipsyncService.curves(track, p.frameRate(), MotionDials.DEFAULT), track).apply(p);
        doc = new ProjectDocument(p, null);
    }

    record Stats(int blinks, double yawRange, double jawMax, double gazeRange, double browMax, double breathMax) {}

    static Stats stats(Project p) {
        MotionLayers m = p.take("tk-1").motionOf("act-1").orElseThrow().motion();
        int blinks = 0;
        boolean closed = false;
        double yMin = 0, yMax = 0, jaw = 0, gMin = 0, gMax = 0, brow = 0, breath = 0;
        long frames = p.frameRate().framesCovering(LENGTH);
        for (long f = 0; f < frames; f++) {
            Rational t = p.frameRate().timeOf(f);
            double b = m.evaluate(Channel.EYE_BLINK_LEFT, t);
            if (b > 0.5 && !closed) blinks++;
            closed = b > 0.5;
            double y = m.evaluate(Channel.HEAD_YAW, t);
            yMin = Math.min(yMin, y);
            yMax = Math.max(yMax, y);
            jaw = Math.max(jaw, m.evaluate(Channel.JAW_OPEN, t));
            double g = m.evaluate(Channel.GAZE_X, t);
            gMin = Math.min(gMin, g);
            gMax = Math.max(gMax, g);
            brow = Math.max(brow, m.evaluate(Channel.BROW_INNER_UP, t));
            breath = Math.max(breath, m.evaluate(Channel.BREATH, t));
        }
        return new Stats(blinks, yMax - yMin, jaw, gMax - gMin, brow, breath);
    }

    @Test
    void eachDialChangesTheGeneratedMotionAndUndoRestoresIt() {
        Project before = doc.project();
        Stats base = stats(before);
        assertTrue(base.blinks() >= 3 && base.yawRange() > 1 && base.jawMax() > 0.3 && base.gazeRange() > 0.1
                && base.browMax() > 0.1 && base.breathMax() > 0.3, base.toString());

        MotionDials turnedDials = new MotionDials(0.5, 2, 0, 2.5, 0, 0.5, 1);
        doc.execute(DialEdits.setDials("act-1", turnedDials));
        assertEquals("Change Motion Dials", doc.undoDescription().orElseThrow());
        assertEquals(turnedDials, doc.project().actor("act-1").dials());
        Stats turned = stats(doc.project());
        System.out.println("dials 1/1/1/1/1/1: " + base + "; 0.5/2/0/2.5/0/0.5: " + turned);
        assertEquals(base.jawMax() * 0.5, turned.jawMax(), 0.02, "mouth amplitude scales jawOpen");
        assertEquals(base.yawRange() * 2, turned.yawRange(), 1e-3, "head motion scales the yaw range");
        assertEquals(0.0, turned.browMax(), "brows 0 keeps the brows still, whatever the head does");
        assertTrue(turned.blinks() >= 2 * base.blinks(), "blink rate 2.5: " + base.blinks() + " -> " + turned.blinks());
        assertEquals(0.0, turned.gazeRange(), "gaze activity 0 keeps the eyes still");
        assertEquals(base.breathMax() * 0.5, turned.breathMax(), 0.02, "breathing scales the breath channel");
        // the lane is kept: visemes are not re-analysed, only the curves rebuilt
        assertEquals(before.take("tk-1").motionOf("act-1").orElseThrow().visemes(),
                doc.project().take("tk-1").motionOf("act-1").orElseThrow().visemes());

        doc.undo();
        assertEquals(before, doc.project(), "one undo step restores dials and motion");
    }

    @Test
    void userKeysSurviveADialChange() {
        ProjectDocument d = new ProjectDocument(doc.project(), null);
        Keyframe k = new Keyframe(Rational.ONE, 0.8, Interpolation.LINEAR);
        d.execute(MotionEdits.setKey("tk-1", "act-1", Channel.JAW_OPEN, k));
        d.execute(DialEdits.setDials("act-1", new MotionDials(0, 0, 0, 0, 0, 0, 1)));
        MotionLayers m = d.project().take("tk-1").motionOf("act-1").orElseThrow().motion();
        assertEquals(List.of(k), m.userCurve(Channel.JAW_OPEN).keys());
        assertEquals(0.8, m.evaluate(Channel.JAW_OPEN, Rational.of(3)), 1e-9);
        assertEquals(0.0, stats(d.project()).blinks());
    }
}
