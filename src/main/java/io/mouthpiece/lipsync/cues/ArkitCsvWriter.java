package io.mouthpiece.lipsync.cues;

import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.lipsync.motion.MotionCurves;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * ARKit-52 curves in Live Link Face's CSV layout: {@code Timecode,BlendShapeCount,} the 52 blendshapes in
 * Live Link Face's order, then head and eye rotations. Timecode is {@code HH:MM:SS:FF.mmm} at the curves'
 * nominal frame rate
 * (non-drop frame counting). Our symmetric channels (mouthStretch, mouthPress, ...) fill both sides; gaze fills the
 * EyeLook columns; head rotations are written in radians.
 */
public final class ArkitCsvWriter {
    private ArkitCsvWriter() {}

    static final List<String> COLUMNS = List.of(
            "EyeBlinkLeft", "EyeLookDownLeft", "EyeLookInLeft", "EyeLookOutLeft", "EyeLookUpLeft", "EyeSquintLeft", "EyeWideLeft",
            "EyeBlinkRight", "EyeLookDownRight", "EyeLookInRight", "EyeLookOutRight", "EyeLookUpRight", "EyeSquintRight", "EyeWideRight",
            "JawForward", "JawRight", "JawLeft", "JawOpen", "MouthClose", "MouthFunnel", "MouthPucker", "MouthRight", "MouthLeft",
            "MouthSmileLeft", "MouthSmileRight", "MouthFrownLeft", "MouthFrownRight", "MouthDimpleLeft", "MouthDimpleRight",
            "MouthStretchLeft", "MouthStretchRight", "MouthRollLower", "MouthRollUpper", "MouthShrugLower", "MouthShrugUpper",
            "MouthPressLeft", "MouthPressRight", "MouthLowerDownLeft", "MouthLowerDownRight", "MouthUpperUpLeft", "MouthUpperUpRight",
            "BrowDownLeft", "BrowDownRight", "BrowInnerUp", "BrowOuterUpLeft", "BrowOuterUpRight", "CheekPuff", "CheekSquintLeft",
            "CheekSquintRight", "NoseSneerLeft", "NoseSneerRight", "TongueOut",
            "HeadYaw", "HeadPitch", "HeadRoll", "LeftEyeYaw", "LeftEyePitch", "LeftEyeRoll", "RightEyeYaw", "RightEyePitch", "RightEyeRoll");

    /** Eye rotation at full gaze deflection, radians (about 30°). */
    private static final double GAZE_RADIANS = Math.toRadians(30);

    public static void write(MotionCurves m, Appendable out) throws IOException {
        out.append("Timecode,BlendShapeCount");
        for (String c : COLUMNS) out.append(',').append(c);
        out.append('\n');
        int nominal = m.rate().nominal();
        for (int f = 0; f < m.frames(); f++) {
            // non-drop timecode counted in frames, as a camera would stamp them (29.97 runs at nominal 30)
            long whole = f / nominal;
            int ff = f % nominal;
            out.append(String.format(Locale.ROOT, "%02d:%02d:%02d:%02d.000", whole / 3600, whole / 60 % 60, whole % 60, ff));
            out.append(",61");
            for (String c : COLUMNS) out.append(',').append(String.format(Locale.ROOT, "%.4f", value(m, c, f)));
            out.append('\n');
        }
    }

    static double value(MotionCurves m, String col, int f) {
        double gx = m.value(Channel.GAZE_X, f), gy = m.value(Channel.GAZE_Y, f);
        double shift = m.value(Channel.MOUTH_SHIFT, f);
        return switch (col) {
            case "EyeBlinkLeft" -> m.value(Channel.EYE_BLINK_LEFT, f);
            case "EyeBlinkRight" -> m.value(Channel.EYE_BLINK_RIGHT, f);
            case "EyeWideLeft" -> m.value(Channel.EYE_WIDE_LEFT, f);
            case "EyeWideRight" -> m.value(Channel.EYE_WIDE_RIGHT, f);
            case "EyeSquintLeft" -> m.value(Channel.EYE_SQUINT_LEFT, f);
            case "EyeSquintRight" -> m.value(Channel.EYE_SQUINT_RIGHT, f);
            // gazeX > 0 looks to the subject's left: the left eye looks out, the right eye looks in
            case "EyeLookOutLeft", "EyeLookInRight" -> Math.max(0, gx);
            case "EyeLookInLeft", "EyeLookOutRight" -> Math.max(0, -gx);
            case "EyeLookUpLeft", "EyeLookUpRight" -> Math.max(0, gy);
            case "EyeLookDownLeft", "EyeLookDownRight" -> Math.max(0, -gy);
            case "JawOpen" -> m.value(Channel.JAW_OPEN, f);
            case "MouthClose" -> m.value(Channel.MOUTH_CLOSE, f);
            case "MouthFunnel" -> m.value(Channel.MOUTH_FUNNEL, f);
            case "MouthPucker" -> m.value(Channel.MOUTH_PUCKER, f);
            case "MouthLeft" -> Math.max(0, shift);
            case "MouthRight" -> Math.max(0, -shift);
            case "MouthSmileLeft" -> m.value(Channel.MOUTH_SMILE_LEFT, f);
            case "MouthSmileRight" -> m.value(Channel.MOUTH_SMILE_RIGHT, f);
            case "MouthFrownLeft" -> m.value(Channel.MOUTH_FROWN_LEFT, f);
            case "MouthFrownRight" -> m.value(Channel.MOUTH_FROWN_RIGHT, f);
            case "MouthStretchLeft", "MouthStretchRight" -> m.value(Channel.MOUTH_STRETCH, f);
            case "MouthPressLeft", "MouthPressRight" -> m.value(Channel.MOUTH_PRESS, f);
            case "MouthLowerDownLeft", "MouthLowerDownRight" -> m.value(Channel.MOUTH_LOWER_DOWN, f);
            case "MouthUpperUpLeft", "MouthUpperUpRight" -> m.value(Channel.MOUTH_UPPER_UP, f);
            case "BrowDownLeft" -> m.value(Channel.BROW_DOWN_LEFT, f);
            case "BrowDownRight" -> m.value(Channel.BROW_DOWN_RIGHT, f);
            case "BrowInnerUp" -> m.value(Channel.BROW_INNER_UP, f);
            case "BrowOuterUpLeft" -> m.value(Channel.BROW_OUTER_UP_LEFT, f);
            case "BrowOuterUpRight" -> m.value(Channel.BROW_OUTER_UP_RIGHT, f);
            case "HeadYaw" -> Math.toRadians(m.value(Channel.HEAD_YAW, f));
            case "HeadPitch" -> Math.toRadians(m.value(Channel.HEAD_PITCH, f));
            case "HeadRoll" -> Math.toRadians(m.value(Channel.HEAD_ROLL, f));
            case "LeftEyeYaw", "RightEyeYaw" -> gx * GAZE_RADIANS;
            case "LeftEyePitch", "RightEyePitch" -> -gy * GAZE_RADIANS;
            default -> 0;
        };
    }
}
