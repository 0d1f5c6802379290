package io.mouthpiece.export;

/**
 * Quality presets. WEB: small files that stream; EDITING: high bitrate / quality for an editor's timeline;
 * GAME_ENGINE: moderate size, keyframes often (cheap seeking), PNGs compressed harder.
 * The numbers live in {@link EncoderPresets}.
 */
public enum QualityPreset { WEB, EDITING, GAME_ENGINE }
