package io.mouthpiece.ui.importing;

import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.MediaKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions importing and character creation ask. Actions ask through this interface so tests answer without a
 * screen; {@link FxMediaDialogs} shows real dialogs.
 */
public interface MediaDialogs {
    /** Media files to import (File → Import Media…); empty when cancelled. */
    List<Path> chooseMediaFiles();

    /** The file to relink item {@code itemName} (a picture, video or sound: {@code kind}) to; empty when cancelled. */
    Optional<Path> chooseReplacement(String itemName, MediaKind kind);

    /** "Media is copied into the project folder. Save the project first?" */
    boolean askSaveBeforeImport(String projectName);

    /**
     * The consent declaration for a new character made from {@code pictureName}: whether it shows a real person and,
     * if so, the statement and who gave it. Empty when cancelled (then no character is made).
     */
    Optional<ConsentRecord> askConsent(String pictureName);
}
