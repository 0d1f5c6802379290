package io.mouthpiece.core.face;

/**
 * Head rotation in degrees relative to a frontal face. yaw > 0: the face turns towards the image's right (the
 * subject's left); pitch > 0: chin up; roll > 0: the head tilts counter-clockwise as seen in the image.
 */
public record HeadPose(double yaw, double pitch, double roll) {
    public static final HeadPose FRONTAL = new HeadPose(0, 0, 0);
}
