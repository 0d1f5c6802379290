package io.mouthpiece.ui.viewport;

/** Placeholder until its issue fills this region. */
public final class ViewportController {
}
