package io.mouthpiece.core.face;

import java.util.List;

/**
 * The manual fit for faces the detector cannot see (cartoons, paintings): six points placed by the user in
 * source-image pixels. Right/left are the subject's (the right eye is on the image's left).
 */
public record SixPoints(Point2 rightEye, Point2 leftEye, Point2 noseTip, Point2 mouthRight, Point2 mouthLeft,
                        Point2 chin) {
    public List<Point2> asList() { return List.of(rightEye, leftEye, noseTip, mouthRight, mouthLeft, chin); }
}
