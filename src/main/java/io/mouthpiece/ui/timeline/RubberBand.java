package io.mouthpiece.ui.timeline;

import javafx.scene.input.MouseEvent;

/** A drag on empty channel-lane space: the timeline draws the box over all lanes and selects the keys under it. */
interface RubberBand {
    /** The press that may start a box, on {@code cell}'s canvas. */
    void begin(LaneCell cell, MouseEvent e);

    /** The pointer moved with the button down; true once it is a box (far enough from the press). */
    boolean drag(MouseEvent e);

    /** The release: selects what the box covers; true if there was a box. */
    boolean end(MouseEvent e);

    RubberBand NONE = new RubberBand() {
        @Override public void begin(LaneCell cell, MouseEvent e) { }
        @Override public boolean drag(MouseEvent e) { return false; }
        @Override public boolean end(MouseEvent e) { return false; }
    };
}
