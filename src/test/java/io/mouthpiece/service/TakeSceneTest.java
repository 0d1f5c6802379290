package io.mouthpiece.service;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.HeadPose;
import io.mouthpiece.core.face.PointOffset;
import io.mouthpiece.core.face.RigCorrections;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.SourceImage;
import io.mouthpiece.render.rig.CanonicalFace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TakeSceneTest {
    static CharacterRigs rigs;
    static final int W = 256, H = 256;

    @BeforeAll
    static void topology() { rigs = new CharacterRigs(FaceTopology.load(Path.of("models"))); }

    /** A project with two characters on one picture: one analysed (a canonical face), one not. */
    static Project project() {
        float[] lm = CanonicalFace.load().landmarks(128, 120, 90);
        FaceAnalysis face = new FaceAnalysis(0.9, new FaceBox(80, 60, 176, 190), new FaceLandmarks(W, H, lm), null,
                HeadPose.FRONTAL, FaceAnalysis.Source.DETECTED);
        MediaRef pic = new MediaRef("med-pic", MediaKind.IMAGE, "media/p.png", "00", 1, null);
        Actor a = new Actor("act-a", "A", pic.id()).withFace(face);
        Actor b = new Actor("act-b", "B", pic.id());
        Take t = new Take("tk", "Take", Rational.of(2), pic.id());
        return Project.empty("p", "P").withFormat(FrameRate.FPS_25, W, H)
                .withMedia(List.of(pic)).withActors(List.of(a, b)).withTakes(List.of(t));
    }

    static SourceImage grey() {
        int[] px = new int[W * H];
        java.util.Arrays.fill(px, 0xff808080);
        return new SourceImage(W, H, px);
    }

    @Test
    void channelsFollowGeneratedCurvesAndUserKeys() {
        float[] jaw = new float[50];
        for (int i = 0; i < jaw.length; i++) jaw[i] = i / 49f;
        Project p = MotionEdits.setGenerated("tk", "act-a", Map.of(Channel.JAW_OPEN, new SampledCurve(Rational.ZERO, FrameRate.FPS_25, jaw))).apply(project());
        p = MotionEdits.setKey("tk", "act-a", Channel.MOUTH_SMILE_LEFT, new Keyframe(Rational.ZERO, 0.2, Interpolation.LINEAR)).apply(p);
        p = MotionEdits.setKey("tk", "act-a", Channel.MOUTH_SMILE_LEFT, new Keyframe(Rational.ONE, 0.8, Interpolation.LINEAR)).apply(p);
        TakeScene s = TakeScene.of(p, "tk", grey(), rigs);

        assertEquals(1, s.characters().size(), "the character that is not analysed is left out");
        assertEquals("act-a", s.characters().getFirst().id());
        assertEquals(1, s.scene().characters().size());
        var layers = p.take("tk").motionOf("act-a").orElseThrow().motion();
        for (long f = 0; f < s.frameCount(); f += 7) {
            Rational t = s.timeOfFrame(f);
            ChannelValues v = s.channelsAt(t).getFirst();
            for (Channel c : Channel.values()) assertEquals(layers.evaluate(c, t), v.get(c), 1e-6, c + " at " + t);
        }
        Rational half = Rational.of(1, 2);
        assertEquals(0.5, s.channelsAt(half).getFirst().get(Channel.MOUTH_SMILE_LEFT), 1e-6);
        assertEquals(jaw[12] + (jaw[13] - jaw[12]) * 0.5, s.channelsAt(half).getFirst().get(Channel.JAW_OPEN), 1e-6);
        assertEquals(ChannelValues.rest(), s.channelsAt(Rational.of(3)).getFirst().with(Channel.MOUTH_SMILE_LEFT, 0),
                "past the generated curve only the held user key remains");
        assertEquals(50, s.frameCount());
    }

    @Test
    void rigStaysInsideTheFadeBoxAndFollowsCorrections() {
        Project p = project();
        TakeScene s = TakeScene.of(p, "tk", grey(), rigs);
        RigGeometry g = s.scene().characters().getFirst();
        float[] lm = p.actor("act-a").face().landmarks().xyz();
        float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y0 = Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (int i = 0; i < 468; i++) {
            assertEquals(lm[3 * i], g.x(i), 1e-4);
            x0 = Math.min(x0, lm[3 * i]); x1 = Math.max(x1, lm[3 * i]);
            y0 = Math.min(y0, lm[3 * i + 1]); y1 = Math.max(y1, lm[3 * i + 1]);
        }
        float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hw = (x1 - x0) * 0.8f, hh = (y1 - y0) * 0.8f;
        for (int v = 0; v < g.vertexCount(); v++) {
            assertTrue(Math.abs(g.x(v) - cx) <= hw + 1e-3 && Math.abs(g.y(v) - cy) <= hh + 1e-3, "vertex " + v + " outside 1.6x the face box");
        }

        // A key edit keeps the scene instance (no GPU re-upload); a rig correction makes a new one with the point moved.
        Project keyed = MotionEdits.setKey("tk", "act-a", Channel.JAW_OPEN, new Keyframe(Rational.ZERO, 1, Interpolation.HOLD)).apply(p);
        TakeScene s2 = s.withProject(keyed);
        assertSame(s.scene(), s2.scene());
        assertEquals(1f, s2.channelsAt(Rational.ONE).getFirst().get(Channel.JAW_OPEN));
        Project moved = ActorEdits.setRig("act-a", new RigCorrections(null, List.of(new PointOffset(1, 3, -2))), "Move Point").apply(keyed);
        TakeScene s3 = s2.withProject(moved);
        assertNotSame(s2.scene(), s3.scene());
        assertEquals(lm[3] + 3, s3.scene().characters().getFirst().x(1), 1e-4);
        assertSame(s2.scene().image(), s3.scene().image(), "the decoded picture is reused");
    }
}
