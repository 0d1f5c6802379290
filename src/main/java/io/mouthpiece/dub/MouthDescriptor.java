package io.mouthpiece.dub;

/**
 * What one frame's mouth looks like, in units that do not depend on the face's size in the picture: lengths are
 * fractions of the face width W = |lm234 − lm454|.
 *
 * @param aperture   inner-lip gap |13 − 14| / W (0 when closed)
 * @param width      mouth-corner distance |61 − 291| / W
 * @param jaw        nose-base to chin |2 − 152| over cheek to cheek, both in 3-D (grows as the jaw drops)
 * @param rounding   outer lip height over mouth width |0 − 17| / |61 − 291| (high for "oo", low for "ee")
 * @param teeth      share of the inner-lip area that is bright and unsaturated (teeth visible), 0..1
 * @param yaw        head pose, degrees (as {@link io.mouthpiece.core.face.HeadPose})
 * @param brightness mean luma 0..255 of the lower face
 * @param sharpness  mean absolute Laplacian of the mouth region's luma (compare within a shot: blur lowers it)
 * @param confidence the tracker's face score; 0 where the face was lost
 * @param faceWidth  W in pixels
 */
public record MouthDescriptor(long frame, double aperture, double width, double jaw, double rounding, double teeth,
                              double yaw, double pitch, double roll, double brightness, double sharpness,
                              double confidence, double faceWidth) {

    /** A frame without a face. */
    public static MouthDescriptor lost(long frame) {
        return new MouthDescriptor(frame, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public boolean lost() { return confidence <= 0; }
}
