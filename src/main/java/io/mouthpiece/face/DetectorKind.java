package io.mouthpiece.face;

/** Which BlazeFace model runs. AUTO: short range first, full range when it finds nothing or the face is small. */
public enum DetectorKind { SHORT, FULL, AUTO }
