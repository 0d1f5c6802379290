package io.mouthpiece.face.rig;

/**
 * Sizes of the face in source-image pixels, and what the source shows. W (face width, |234 − 454|) is the rig's
 * unit: deformers express distances as fractions of it.
 *
 * @param mouthOpen    inner lips more than {@link RigBuilder#OPEN_MOUTH} W apart in the source
 * @param teethVisible the source's mouth hole is mostly bright, unsaturated pixels (then renderers keep the source
 *                     teeth instead of drawing synthetic ones)
 */
public record RigMeasures(double faceWidth, double faceHeight, double mouthWidth, double mouthOpening,
                          double upperLipThickness, double lowerLipThickness,
                          double rightEyeWidth, double rightEyeOpening, double leftEyeWidth, double leftEyeOpening,
                          boolean mouthOpen, boolean teethVisible) { }
