package io.mouthpiece.core.face;

/**
 * Everything the face analysis found for one face in one image. {@code iris} may be null where the iris model was
 * not run; {@code source} says whether the points came from the models or from a manual six-point fit.
 */
public record FaceAnalysis(double score, FaceBox box, FaceLandmarks landmarks, IrisPair iris, HeadPose pose,
                           Source source) {
    public enum Source { DETECTED, TRACKED, MANUAL_FIT }
}
