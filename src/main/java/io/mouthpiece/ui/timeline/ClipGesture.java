package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.core.time.TimeRange;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on a dialogue lane (one per {@link LaneCell}): a press on a clip focuses it; dragging its body moves it,
 * dragging within {@link #EDGE_PX} of an edge trims that edge. While the pointer moves only the drawn range changes
 * ({@link #preview()}); the release is one edit through {@link DialogueClips}. A press that never travels
 * {@link LaneCell#CLICK_SLOP} is a click: it focuses and edits nothing.
 */
final class ClipGesture {
    /** How near an edge (pixels) the pointer must be to trim rather than move. */
    static final double EDGE_PX = 5;

    enum Mode { MOVE, TRIM_START, TRIM_END }

    private final TimelineViewModel vm;
    private String clipId;
    private Mode mode;
    private double pressX;
    /** How far right of the clip's left edge the body was grabbed (pixels), so it does not jump to the pointer. */
    private double grabPx;
    private boolean travelled;
    private TimeRange preview;

    ClipGesture(TimelineViewModel vm) { this.vm = vm; }

    boolean active() { return clipId != null; }

    /** The clip under a drag, drawn at {@link #preview()} instead of where it is. */
    String clipId() { return clipId; }

    TimeRange preview() { return travelled ? preview : null; }

    /** The resize cursor over a clip's edges, the move cursor over its body. */
    Cursor cursorAt(Row row, double x) {
        AudioClip c = hit(row, x);
        if (c == null) return Cursor.DEFAULT;
        return modeAt(c, x) == Mode.MOVE ? Cursor.OPEN_HAND : Cursor.H_RESIZE;
    }

    boolean press(Row row, MouseEvent e) {
        clipId = null;
        AudioClip c = row == null || e.getButton() != MouseButton.PRIMARY ? null : hit(row, e.getX());
        if (c == null) {
            // a press anywhere else on the lanes lets go of the focused clip, so Delete cannot remove it unseen
            if (vm.clips().focused().isPresent()) vm.selection().focus(StudioSelection.NOTHING);
            return false;
        }
        vm.selectLane(row);
        vm.selection().focus(new StudioSelection.Focus.OfClip(c.id()));
        clipId = c.id();
        mode = modeAt(c, e.getX());
        pressX = e.getX();
        grabPx = e.getX() - vm.scaleProperty().get().x(c.range().start());
        travelled = false;
        preview = c.range();
        return true;
    }

    boolean drag(MouseEvent e) {
        if (clipId == null) return false;
        AudioClip c = vm.clips().clip(clipId).orElse(null);
        if (c == null) {
            clipId = null;
            return true;
        }
        if (Math.abs(e.getX() - pressX) >= LaneCell.CLICK_SLOP) travelled = true;
        if (!travelled) return true;
        DialogueClips clips = vm.clips();
        preview = switch (mode) {
            case MOVE -> new TimeRange(clips.clampMove(clipId, clips.snapMove(clipId, e.getX() - grabPx)), c.range().duration());
            case TRIM_START -> TimeRange.between(clips.clampTrimStart(clipId, clips.snapEdge(clipId, e.getX())), c.range().end());
            case TRIM_END -> TimeRange.between(c.range().start(), clips.clampTrimEnd(clipId, clips.snapEdge(clipId, e.getX())));
        };
        return true;
    }

    /** The cursor while a drag is under way. */
    Cursor dragCursor() { return mode == Mode.MOVE ? Cursor.CLOSED_HAND : Cursor.H_RESIZE; }

    boolean release(MouseEvent e) {
        if (clipId == null) return false;
        String id = clipId;
        TimeRange to = preview;
        boolean moved = travelled;
        clipId = null;
        preview = null;
        if (moved && to != null) {
            switch (mode) {
                case MOVE -> vm.clips().move(id, to.start());
                case TRIM_START -> vm.clips().trimStart(id, to.start());
                case TRIM_END -> vm.clips().trimEnd(id, to.end());
            }
        }
        return true;
    }

    /** The clip under lane x {@code x} on a dialogue lane (its edge zones included), or null. */
    AudioClip hit(Row row, double x) {
        if (row == null || row.lane() != Lane.DIALOGUE) return null;
        TimeScale s = vm.scaleProperty().get();
        // the edge zone reaches a little outside the clip, so a thin clip's edges stay grabbable
        for (AudioClip c : vm.clips().clipsOf(row.actorId())) {
            if (x >= s.x(c.range().start()) - EDGE_PX / 2 && x <= s.x(c.range().end()) + EDGE_PX / 2) return c;
        }
        return null;
    }

    private Mode modeAt(AudioClip c, double x) {
        TimeScale s = vm.scaleProperty().get();
        double x0 = s.x(c.range().start()), x1 = s.x(c.range().end());
        double zone = Math.min(EDGE_PX, (x1 - x0) / 3); // a narrow clip keeps a body to move
        if (x <= x0 + zone) return Mode.TRIM_START;
        if (x >= x1 - zone) return Mode.TRIM_END;
        return Mode.MOVE;
    }
}
