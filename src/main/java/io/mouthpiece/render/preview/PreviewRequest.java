package io.mouthpiece.render.preview;

import io.mouthpiece.render.ChannelValues;
import io.mouthpiece.render.RenderScene;
import java.util.List;

/** What the preview should show now: a scene, one pose per character, and the frame size. */
public record PreviewRequest(RenderScene scene, List<ChannelValues> poses, int width, int height) {
    public PreviewRequest {
        poses = List.copyOf(poses);
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("preview size must be positive: " + width + "x" + height);
    }

    /** Same picture: the same scene instance, equal poses, same size. */
    boolean samePicture(PreviewRequest o) {
        return o != null && o.scene == scene && o.poses.equals(poses) && o.width == width && o.height == height;
    }
}
