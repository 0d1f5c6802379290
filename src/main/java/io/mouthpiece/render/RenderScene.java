package io.mouthpiece.render;

import java.util.List;

/**
 * What stays fixed across the frames of a take: the source picture and one rig per character on it (a two-shot
 * holds two). Renderers prepare GPU resources once per scene instance, so reuse the instance between frames.
 */
public record RenderScene(SourceImage image, List<RigGeometry> characters) {
    public RenderScene {
        if (image == null) throw new IllegalArgumentException("a scene needs a source image");
        characters = List.copyOf(characters);
    }
}
