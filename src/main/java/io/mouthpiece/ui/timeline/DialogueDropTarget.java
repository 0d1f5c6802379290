package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.mediabin.MediaDrag;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import javafx.scene.control.ListCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A character's dialogue lane as a drop target for media dragged out of the bin (media branch): the drop becomes a
 * {@link MediaDrag.PairRequest} at the frame under the pointer, which the studio turns into a clip plus a re-analysis.
 * Clicking, moving and trimming a clip on the lane is {@link ClipGesture}'s (clips branch).
 */
final class DialogueDropTarget {
    private DialogueDropTarget() {}

    static void install(ListCell<Row> cell, TimelineViewModel vm) {
        cell.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (accepts(cell, e)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        cell.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!accepts(cell, e)) return;
            String mediaId = (String) e.getDragboard().getContent(MediaDrag.FORMAT);
            Rational at = timeAt(vm, e.getX() - cell.snappedLeftInset());
            cell.fireEvent(new MediaDrag.PairRequest(cell, cell, mediaId, cell.getItem().actorId(), at));
            e.setDropCompleted(true);
            e.consume();
        });
    }

    private static boolean accepts(ListCell<Row> cell, DragEvent e) {
        Row row = cell.getItem();
        return row != null && row.lane() == Lane.DIALOGUE && row.actorId() != null
                && e.getDragboard().hasContent(MediaDrag.FORMAT);
    }

    /** The frame under {@code x} (cell coordinates), never before the take's start. */
    static Rational timeAt(TimelineViewModel vm, double x) {
        return vm.scaleProperty().get().snap(Math.max(0, x - TimelineController.HEAD_WIDTH));
    }
}
