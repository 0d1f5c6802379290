package io.mouthpiece.ui.timeline;

/** Placeholder until its issue fills this region. */
public final class TimelineController {
}
