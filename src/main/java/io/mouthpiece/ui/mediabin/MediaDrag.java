package io.mouthpiece.ui.mediabin;

import io.mouthpiece.core.time.Rational;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.scene.input.DataFormat;

/**
 * Dragging a media item out of the bin: the drag carries the media id under {@link #FORMAT}; a view that accepts it
 * (the timeline's dialogue lanes) fires a {@link PairRequest}, which bubbles to the window where the studio pairs the
 * sound with the character. The event keeps the timeline free of any reference to the pairing action.
 */
public final class MediaDrag {
    /** The dragged media item's id. */
    public static final DataFormat FORMAT = new DataFormat("application/x-mouthpiece-media-id");

    private MediaDrag() {}

    /** "Put media {@code mediaId} under character {@code actorId} at {@code time} on the current take." */
    public static final class PairRequest extends Event {
        public static final EventType<PairRequest> PAIR = new EventType<>(Event.ANY, "MOUTHPIECE_PAIR_MEDIA");
        private final String mediaId;
        private final String actorId;
        private final transient Rational time;

        public PairRequest(Object source, EventTarget target, String mediaId, String actorId, Rational time) {
            super(source, target, PAIR);
            this.mediaId = mediaId;
            this.actorId = actorId;
            this.time = time;
        }

        public String mediaId() { return mediaId; }
        public String actorId() { return actorId; }
        public Rational time() { return time; }
    }
}
