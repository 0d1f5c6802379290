package io.mouthpiece.core.motion;

/** Lane groups in the timeline, in display order. */
public enum ChannelGroup { MOUTH, EYES, BROWS, HEAD }
