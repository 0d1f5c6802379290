package io.mouthpiece.face.rig;

import io.mouthpiece.face.FaceIndices;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Landmark groups a user drags as one (correcting a detection). */
public enum LandmarkGroup {
    LIPS(IntStream.concat(IntStream.concat(Arrays.stream(FaceIndices.LIPS_OUTER_UPPER), Arrays.stream(FaceIndices.LIPS_OUTER_LOWER)),
            IntStream.concat(Arrays.stream(FaceIndices.LIPS_INNER_UPPER), Arrays.stream(FaceIndices.LIPS_INNER_LOWER))).distinct().toArray()),
    RIGHT_EYE(FaceIndices.rightEyeLoop()),
    LEFT_EYE(FaceIndices.leftEyeLoop()),
    RIGHT_BROW(FaceIndices.RIGHT_BROW),
    LEFT_BROW(FaceIndices.LEFT_BROW),
    JAW(FaceIndices.JAW);

    private final int[] indices;

    LandmarkGroup(int[] indices) { this.indices = indices.clone(); }

    public int[] indices() { return indices.clone(); }
}
