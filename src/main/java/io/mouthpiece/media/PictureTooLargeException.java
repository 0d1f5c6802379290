package io.mouthpiece.media;

import io.mouthpiece.core.media.MediaException;

/** A picture that cannot be read in the memory Java was given; the message says how big it is and what the limit is. */
public final class PictureTooLargeException extends MediaException {
    public PictureTooLargeException(String message) {
        super(message);
    }
}
