package io.mouthpiece.ui.shell;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The take actions the main window's menus trigger, and the playback clock's line for the status bar.
 * @param analysing true while an analysis runs (Take → Analyse is disabled then)
 * @param renderQueue shows the render queue window (File → Render Queue)
 */
public record StudioActions(Runnable analyse, Runnable export, ObservableBooleanValue analysing,
                            ObservableStringValue playbackStatus, Runnable renderQueue) {
    /** Without a render queue. */
    public StudioActions(Runnable analyse, Runnable export, ObservableBooleanValue analysing, ObservableStringValue playbackStatus) {
        this(analyse, export, analysing, playbackStatus, () -> { });
    }

    /** No take actions (views tested on their own). */
    public static final StudioActions NONE = new StudioActions(() -> { }, () -> { },
            new ReadOnlyBooleanWrapper(false), new ReadOnlyStringWrapper(""));
}
