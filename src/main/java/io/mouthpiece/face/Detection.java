package io.mouthpiece.face;

import io.mouthpiece.core.face.FaceBox;

/**
 * One detector hit in image pixels: score in [0,1], box, and six keypoints (right eye, left eye, nose tip, mouth
 * centre, right tragion, left tragion; subject's right/left) as x0,y0,x1,y1,...
 */
public record Detection(double score, FaceBox box, double[] keypoints) {
    public static final int RIGHT_EYE = 0, LEFT_EYE = 1, NOSE = 2, MOUTH = 3;

    public double kx(int i) { return keypoints[2 * i]; }

    public double ky(int i) { return keypoints[2 * i + 1]; }

    /** MediaPipe's first-pass FaceMesh ROI: box centre, rotation from the eyes, square of the long side × 1.5. */
    public RotatedRect meshRoi() {
        double r = RotatedRect.rotationFrom(kx(RIGHT_EYE), ky(RIGHT_EYE), kx(LEFT_EYE), ky(LEFT_EYE));
        return new RotatedRect((box.x0() + box.x1()) / 2, (box.y0() + box.y1()) / 2, box.width(), box.height(), r)
                .squareLong(1.5);
    }
}
