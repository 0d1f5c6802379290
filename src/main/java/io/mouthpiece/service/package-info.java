/**
 * The use cases the studio and the command line share, over the core model and the engines.
 *
 * <p><b>A take on screen or in a file.</b> {@link io.mouthpiece.service.TakeScene} turns a project + take into what a
 * renderer needs: {@code scene()} (the take's picture at full resolution and one rig per analysed character; keep the
 * instance, the GL renderer uploads per instance) and {@code channelsAt(t)} (each character's channel values at an
 * exact time: generated layer + user keys). After an edit call {@code withProject(edited)}: it keeps the same
 * {@code RenderScene} unless a face, a rig correction or the cast changed. Live preview:
 * {@code new PreviewRequest(ts.scene(), ts.channelsAt(t), w, h)}; export: {@link io.mouthpiece.service.RenderService}
 * (letterboxes to the output size, person cut-out for transparent or flat-colour backgrounds, take mixdown, provenance
 * sidecar).
 *
 * <p><b>Analysis as undoable edits.</b> {@link io.mouthpiece.service.FaceService} (the character's picture; a video's
 * first frame) and {@link io.mouthpiece.service.LipsyncService} (every dialogue clip of a character on a take → one
 * take-wide viseme lane → mouth curves + auto motion with the character's dials) return an {@code Edit}; run them on a
 * worker with a {@code Progress}, then execute the edit on the document's owner thread.
 * {@link io.mouthpiece.service.TakeAnalysis} does both for a whole take as one edit ({@code completeTake}: only what
 * is missing). Results are cached in the project's {@code cache/} by input hashes and analyser/model versions.
 * {@link io.mouthpiece.service.NoFaceException}: no face; offer the six-point manual fit.
 */
package io.mouthpiece.service;
