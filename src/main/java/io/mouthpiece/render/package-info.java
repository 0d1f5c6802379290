/**
 * Renderers: motion channels → pixels.
 *
 * <p><b>Contract.</b> {@link io.mouthpiece.render.FrameRenderer} takes a {@link io.mouthpiece.render.RenderScene}
 * (the source picture + one {@link io.mouthpiece.render.RigGeometry} per character), one
 * {@link io.mouthpiece.render.ChannelValues} per character and a target {@link io.mouthpiece.render.gl.Frame}
 * (ARGB ints, rows top-down). Same inputs, same pixels. All channels at 0 reproduce the source exactly at native
 * size; nothing outside 1.6× each face's landmark box ever changes.
 *
 * <p><b>From face analysis</b> the renderer needs only {@code RigGeometry}: vertices 0–467 = FaceMesh landmarks
 * (xyz, image px, z negative towards the camera), extra vertices for fade rings, a fade weight per vertex, and
 * skin / mouth-hole / eye-hole triangles. {@code RigGeometry.fromLandmarks} builds one from bare landmarks.
 *
 * <p><b>Threads.</b> {@link io.mouthpiece.render.gl.GlThread} owns the EGL context (Mesa surfaceless on CPU, the
 * GPU's EGL device when there is one); every GL call runs there. {@link io.mouthpiece.render.GlRigRenderer}
 * deforms on the caller's thread and hops to the GL thread to draw and read back, so export workers and the
 * preview can share one renderer (calls are serialised).
 *
 * <p><b>Live preview</b> ({@code render.preview}): a {@code PreviewLoop} renders one frame per
 * {@code requestFrame()} into a 3-frame {@code FramePool} and publishes it to a newest-wins {@code FrameMailbox};
 * the UI takes, copies with an absolute put into its {@code PixelBuffer}, releases, and requests the next frame
 * once per pulse (code in the {@code PreviewLoop} javadoc). If {@code GlThread.start} throws
 * {@link io.mouthpiece.render.gl.GlUnavailableException}, show its message instead of the viewport.
 */
package io.mouthpiece.render;
