package io.mouthpiece.ui.inspector;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.MotionDials;
import java.util.List;

/**
 * What the inspector shows for its subject: display-ready values (timecodes, sizes, names) plus the ids that the
 * edits need. Records, so an unchanged subject compares equal and the view is not rebuilt.
 */
public sealed interface InspectorPage {
    record ProjectPage(String name, String format, String characters, String takes, String folder, String background)
            implements InspectorPage {}

    record TakePage(String takeId, String name, String duration, String in, String out, String picture,
                    List<String> characters) implements InspectorPage {}

    /** {@code face}: "not analysed yet" or score and pose; {@code presets}: built-ins and the character's own. */
    record CharacterPage(String actorId, String name, String source, String face, String pose, ConsentRecord consent,
                         MotionDials dials, List<String> presets, String takeName, boolean hasLane)
            implements InspectorPage {}

    record ClipPage(String takeId, String clipId, String character, String media, String start, String end,
                    String sourceIn, String transcript) implements InspectorPage {}

    record KeyPage(String takeId, String actorId, String character, Channel channel, String timecode, long frame,
                   double value, Interpolation interpolation) implements InspectorPage {}

    record MediaPage(String mediaId, String file, String kind, String size, String duration, String state)
            implements InspectorPage {}
}
