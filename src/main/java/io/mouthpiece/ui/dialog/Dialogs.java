package io.mouthpiece.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the studio asks the user. View models ask through this interface so tests can answer without a
 * screen; {@link FxDialogs} shows real dialogs.
 */
public interface Dialogs {
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** "Save changes to NAME before closing?" */
    SaveChoice askSaveChanges(String projectName);

    /** "NAME was not closed properly. Recover the changes autosaved at WHEN?" */
    boolean askRecover(String projectName, String savedAt);

    /** A project folder to open, or empty when the user cancelled. */
    Optional<Path> chooseProjectToOpen();

    /** A new folder to save the project into (it need not exist), or empty when cancelled. */
    Optional<Path> chooseSaveLocation(String suggestedName);

    /** Shows a human message; {@code details} (may be null) goes into an expandable area. */
    void showError(String title, String message, Throwable details);
}
