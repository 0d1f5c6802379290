package io.mouthpiece.service;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.MotionLayers;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionTrack;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.RenderScene;
import io.mouthpiece.render.RigGeometry;
import io.mouthpiece.render.SourceImage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a renderer needs for one take of a project: the take's picture at full resolution with one rig per animated
 * character ({@link #scene()}), and every character's channel values at any exact time ({@link #channelsAt}).
 *
 * <p>The characters are those whose source is the take's picture and who have been analysed (or fitted by hand), in
 * project order; a character not analysed yet is left out, so the picture stays untouched where it is.
 * Immutable and thread-safe; {@link #withProject} makes the next scene after an edit and keeps the same
 * {@link RenderScene} instance when no rig changed, so a GL renderer does not re-upload anything for a key edit.
 */
public final class TakeScene {
    private final Project project;
    private final Take take;
    private final RenderScene scene;
    private final List<Actor> characters;
    private final List<MotionLayers> motion;
    private final CharacterRigs rigs;

    private TakeScene(Project project, Take take, RenderScene scene, List<Actor> characters, CharacterRigs rigs) {
        this.project = project;
        this.take = take;
        this.scene = scene;
        this.characters = List.copyOf(characters);
        this.rigs = rigs;
        List<MotionLayers> m = new ArrayList<>();
        for (Actor a : characters) m.add(take.motionOf(a.id()).map(MotionTrack::motion).orElse(MotionLayers.EMPTY));
        this.motion = List.copyOf(m);
    }

    /** Decodes the take's picture from {@code projectFolder} and builds the scene. */
    public static TakeScene load(Project project, Path projectFolder, String takeId, CharacterRigs rigs) throws IOException {
        Take take = project.take(takeId);
        return of(project, takeId, SourcePictures.readSource(projectFolder, picture(project, take)), rigs);
    }

    /** Builds the scene over an already decoded picture (the take's picture media, full size). */
    public static TakeScene of(Project project, String takeId, SourceImage picture, CharacterRigs rigs) {
        Take take = project.take(takeId);
        List<Actor> chars = animated(project, take);
        List<RigGeometry> geo = new ArrayList<>();
        for (Actor a : chars) geo.add(rigs.rig(a, picture.width(), picture.height()).orElseThrow());
        return new TakeScene(project, take, new RenderScene(picture, geo), chars, rigs);
    }

    /**
     * The scene for an edited project. Reuses the decoded picture when the take still shows the same media, and the
     * whole {@link RenderScene} when every character's face, corrections and membership are unchanged.
     */
    public TakeScene withProject(Project edited) {
        Take t = edited.take(take.id());
        if (!Objects.equals(t.pictureMediaId(), take.pictureMediaId())
                || !Objects.equals(edited.mediaById(t.pictureMediaId()), project.mediaById(take.pictureMediaId()))) {
            throw new IllegalArgumentException("the take shows a different picture now: load the scene again");
        }
        List<Actor> chars = animated(edited, t);
        boolean sameRigs = chars.size() == characters.size();
        for (int i = 0; sameRigs && i < chars.size(); i++) {
            Actor a = chars.get(i), b = characters.get(i);
            sameRigs = a.id().equals(b.id()) && Objects.equals(a.face(), b.face()) && a.rig().equals(b.rig());
        }
        if (sameRigs) return new TakeScene(edited, t, scene, chars, rigs);
        return of(edited, t.id(), scene.image(), rigs);
    }

    /** The take's picture media. */
    public static MediaRef picture(Project project, Take take) {
        if (take.pictureMediaId() == null) throw new IllegalArgumentException("take '" + take.name() + "' has no picture");
        return project.mediaById(take.pictureMediaId()).orElseThrow(() ->
                new IllegalArgumentException("take '" + take.name() + "' shows media '" + take.pictureMediaId() + "', which the project lacks"));
    }

    private static List<Actor> animated(Project p, Take t) {
        return p.actors().stream()
                .filter(a -> Objects.equals(a.sourceMediaId(), t.pictureMediaId()) && CharacterRigs.isRigged(a))
                .toList();
    }

    public RenderScene scene() { return scene; }

    public Project project() { return project; }

    public Take take() { return take; }

    /** The animated characters, in {@link RenderScene#characters()} order. */
    public List<Actor> characters() { return characters; }

    public FrameRate frameRate() { return project.frameRate(); }

    /** The export range: the take's in/out range. */
    public TimeRange range() { return take.workRange(); }

    /** Number of frames of {@link #range()} at the project rate (a partial last frame counts). */
    public long frameCount() { return frameRate().framesCovering(range().duration()); }

    /** Timeline time of frame {@code i} of {@link #range()}. */
    public Rational timeOfFrame(long i) { return range().start().add(frameRate().timeOf(i)); }

    /** Each character's channel values at take time {@code t} (generated layer + user keys), scene order. */
    public List<ChannelValues> channelsAt(Rational t) {
        List<ChannelValues> out = new ArrayList<>(motion.size());
        Channel[] all = Channel.values();
        for (MotionLayers m : motion) {
            float[] v = m.evaluateAll(t);
            Map<Channel, Float> map = new EnumMap<>(Channel.class);
            for (Channel c : all) if (v[c.ordinal()] != 0f) map.put(c, v[c.ordinal()]);
            out.add(map.isEmpty() ? ChannelValues.rest() : ChannelValues.of(map));
        }
        return out;
    }
}
