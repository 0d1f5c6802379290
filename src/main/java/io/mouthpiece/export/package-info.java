/**
 * Export: a take's frames ({@link io.mouthpiece.export.FrameSource}, straight-alpha ARGB ints) and its mixed
 * dialogue ({@link io.mouthpiece.export.AudioSource}; {@link io.mouthpiece.export.audio.TakeMixdown} mixes a
 * take's clips) → MP4 (H.264 + AAC), MOV ProRes 4444 + PCM (alpha), WebM VP9 + Opus (alpha), a PNG sequence
 * (+ audio.wav) or a sprite sheet (PNG + JSON frame table).
 *
 * <p>{@link io.mouthpiece.export.ExportService} streams frame by frame through one reused direct buffer (flat memory);
 * after each frame it writes exactly the samples up to the next frame's start, so sound and picture have the same
 * length to the sample before encoder padding. Everything is written under hidden temporary names in the target
 * folder and renamed on success; cancel or any error deletes the temporaries and leaves an existing file untouched.
 * A WebM with sound is encoded into a scratch file and packet-copied into the real temporary
 * ({@link io.mouthpiece.media.ContainerRemux}), because JavaCV 1.5.13 leaves Opus durations in the wrong time base
 * and the header would state ~0.94 s too much; {@code ContainerDurationTest} checks every container's header.
 *
 * <p>AI labelling: container tag {@code comment} ("AI-generated with Mouthpiece …") and {@code ai_generated=true}
 * (MP4/MOV keep custom keys because {@code movflags=+use_metadata_tags} is set; WebM stores them upper-case,
 * {@code AI_GENERATED}); PNG tEXt chunks {@code Software}, {@code Comment}, {@code ai_generated}; the sprite sheet
 * JSON's {@code meta.aiGenerated}; an optional visible {@link io.mouthpiece.export.Badge}; and the sidecar
 * {@code <output file name>.provenance.json} ({@link io.mouthpiece.export.ProvenanceManifest}) with the SHA-256 of
 * every input and output file, models and licences, settings, app version and every character's name, id and
 * consent record ({@code characters}; {@code character} keeps the joined names and the first record for old readers).
 *
 * <p>Benchmark: {@code java -jar target/mouthpiece.jar bench export [--frames 300]}; flat-memory check:
 * {@code java -Xmx512m -jar target/mouthpiece.jar bench export --frames 2700 --skip-bare} (90 s of 1080p30).
 */
package io.mouthpiece.export;
