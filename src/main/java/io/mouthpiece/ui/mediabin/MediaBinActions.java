package io.mouthpiece.ui.mediabin;

/** What the media bin's buttons and context menu do; the studio wires them to the import and pairing actions. */
public interface MediaBinActions {
    MediaBinActions NONE = new MediaBinActions() {
        @Override public void importMedia() { }
        @Override public void newCharacter(String mediaId) { }
        @Override public void addToTimeline(String mediaId, String actorId) { }
        @Override public void relink(String mediaId) { }
        @Override public void useChangedFile(String mediaId) { }
    };

    /** File → Import Media… */
    void importMedia();

    /** New Character from Portrait on a picture or video. */
    void newCharacter(String mediaId);

    /** Add to Timeline under a character, at the playhead. */
    void addToTimeline(String mediaId, String actorId);

    /** Relink…: point the item at another file (a missing or moved one, or a new take). */
    void relink(String mediaId);

    /** Use Changed File: the item takes what its file, overwritten since import, holds now. */
    void useChangedFile(String mediaId);
}
