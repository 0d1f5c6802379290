package io.mouthpiece.ui.mediabin;

/** Placeholder until its issue fills this region. */
public final class MediaBinController {
}
