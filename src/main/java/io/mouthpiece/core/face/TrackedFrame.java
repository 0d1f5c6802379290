package io.mouthpiece.core.face;

import io.mouthpiece.core.time.Rational;

/**
 * One video frame's result. {@code face} is null when the face was lost on this frame. {@code detectorRun} tells
 * whether the detector ran (first frame, lost tracking, shot change) or the previous frame's ROI was reused.
 */
public record TrackedFrame(long index, Rational time, FaceAnalysis face, boolean detectorRun, boolean shotChange) {
    public boolean lost() { return face == null; }
}
