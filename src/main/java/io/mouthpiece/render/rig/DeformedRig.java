package io.mouthpiece.render.rig;

/**
 * One frame's deformed rig: vertex positions in source-image pixels, the per-vertex mix towards the
 * eye-inpainted skin texture, and the mouth opening for the interior shader.
 *
 * @param xy        x, y per vertex (image px)
 * @param skinMix   0 = source texture, 1 = inpainted "closed eye" skin texture
 * @param mouth     inner-lip curves in the current mouth frame
 */
public record DeformedRig(float[] xy, float[] skinMix, MouthOpening mouth) {

    /**
     * The inner-lip opening, in a frame with origin (originX, originY) px, axis (axisX, axisY), unit w px.
     * Curves hold 11 (u, v) pairs from corner to corner in W units: {@code upper}/{@code lower} are the current
     * inner lips, {@code restUpper}/{@code restLower} the rest lips moved only with the skull (head motion), so
     * "extra gap" = current gap − rest gap is exactly 0 at rest. skullShiftX/Y: how far the skull moved the mouth
     * centre (px), for sampling source teeth that stay fixed to the skull.
     */
    public record MouthOpening(float originX, float originY, float axisX, float axisY, float w, float halfWidth,
                               float[] upper, float[] lower, float[] restUpper, float[] restLower,
                               float skullShiftX, float skullShiftY) {}
}
