package io.mouthpiece.render;

import io.mouthpiece.render.gl.Frame;
import java.util.List;

/**
 * Turns a scene and each character's channel values at one frame into pixels. Deterministic: the same scene,
 * values and size give the same pixels. The whole source image is mapped onto the target frame, so pick a
 * target with the image's aspect ratio. Implementations are thread-safe to call but may serialise calls.
 */
public interface FrameRenderer extends AutoCloseable {

    /**
     * Renders into {@code target} (its size is the output size).
     *
     * @param poses one entry per {@code scene.characters()}, same order
     */
    void render(RenderScene scene, List<ChannelValues> poses, Frame target);

    /** Convenience for tests and one-off stills: renders into a new ARGB array, rows top-down. */
    default int[] renderArgb(RenderScene scene, List<ChannelValues> poses, int width, int height) {
        Frame f = Frame.standalone(width, height);
        render(scene, poses, f);
        return f.toArgbArray();
    }

    @Override
    void close();
}
