package io.mouthpiece.service;

/** The face analysis found no (or not the requested) face; the message suggests the six-point manual fit. */
public final class NoFaceException extends RuntimeException {
    public NoFaceException(String what) {
        super(what + " If this is a drawn or stylised face, place the six points (eye centres, nose tip, mouth "
                + "corners, chin) for a manual fit.");
    }
}
