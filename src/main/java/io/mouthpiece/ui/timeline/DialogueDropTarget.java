package io.mouthpiece.ui.timeline;

import io.mouthpiece.core.project.AudioClip;
import io.mouthpiece.core.project.DialogueTrack;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import io.mouthpiece.ui.mediabin.MediaDrag;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import io.mouthpiece.ui.timeline.TimelineViewModel.Row;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;

/**
 * A character's dialogue lane as a drop target for media dragged out of the bin (media branch): the drop becomes a
 * {@link MediaDrag.PairRequest} at the frame under the pointer, which the studio turns into a clip plus a re-analysis.
 * A click on a clip focuses it (Focus.OfClip), which opens its transcript under the media bin.
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
        cell.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            Row row = cell.getItem();
            if (e.getButton() != MouseButton.PRIMARY || row == null || row.lane() != Lane.DIALOGUE) return;
            double laneX = e.getX() - cell.snappedLeftInset() - TimelineController.HEAD_WIDTH;
            if (laneX < 0) return;
            clipAt(vm.selection(), row.actorId(), vm.scaleProperty().get().columnTime(laneX))
                    .ifPresent(c -> vm.selection().focus(new StudioSelection.Focus.OfClip(c.id())));
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

    static Optional<AudioClip> clipAt(StudioSelection selection, String actorId, Rational t) {
        Take take = selection == null ? null : selection.take();
        if (take == null || actorId == null) return Optional.empty();
        List<AudioClip> clips = take.dialogueOf(actorId).map(DialogueTrack::clips).orElse(List.of());
        return clips.stream().filter(c -> !t.isBefore(c.range().start()) && t.isBefore(c.range().end())).findFirst();
    }
}
