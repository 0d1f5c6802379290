package io.mouthpiece.dub;

/**
 * What one output frame needs from the mouth database: the shape the dubbed line asks for (from its channels,
 * through the shot's {@link ShapeMapping}), its coarse class, and the output frame's own head pose and
 * brightness (the picture the mouth is composited into).
 *
 * @param closure true where the line has a transcript-forced closure (M/B/P): the pick must be closed
 */
public record MouthTarget(MouthShape shape, MouthClass mouthClass, double yaw, double pitch, double roll,
                          double brightness, boolean closure) {

    /** The target for output frame with background {@code background} and channels {@code channels}. */
    public static MouthTarget of(ShapeMapping mapping, ShapeMapping.ChannelSource channels, MouthDescriptor background) {
        MouthShape s = mapping.shapeOf(channels);
        boolean closure = channels.get(io.mouthpiece.core.motion.Channel.MOUTH_CLOSE) > 0.5;
        MouthClass c = closure ? MouthClass.CLOSED : mapping.classOf(s);
        return new MouthTarget(s, c, background.yaw(), background.pitch(), background.roll(), background.brightness(), closure);
    }
}
