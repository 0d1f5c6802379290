package io.mouthpiece.ui.importing;

import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The studio's and the media branch's questions answered from a script, with what was asked recorded. */
public final class ScriptedMediaDialogs implements io.mouthpiece.ui.dialog.Dialogs, MediaDialogs {
    /** The studio's own questions (save changes, folders, errors). */
    public final ScriptedDialogs studio = new ScriptedDialogs();
    public final Deque<List<Path>> fileAnswers = new ArrayDeque<>();
    public final Deque<Boolean> saveFirstAnswers = new ArrayDeque<>();
    public final Deque<Optional<ConsentRecord>> consentAnswers = new ArrayDeque<>();
    public final Deque<Optional<Path>> replacementAnswers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    @Override public SaveChoice askSaveChanges(String name) { return studio.askSaveChanges(name); }
    @Override public boolean askRecover(String name, String at) { return studio.askRecover(name, at); }
    @Override public Optional<Path> chooseProjectToOpen() { return studio.chooseProjectToOpen(); }
    @Override public Optional<Path> chooseSaveLocation(String name) { return studio.chooseSaveLocation(name); }
    @Override public void showError(String title, String message, Throwable details) { studio.showError(title, message, details); }

    @Override
    public List<Path> chooseMediaFiles() {
        asked.add("files");
        return fileAnswers.isEmpty() ? List.of() : fileAnswers.removeFirst();
    }

    @Override
    public Optional<Path> chooseReplacement(String itemName, io.mouthpiece.core.project.MediaKind kind) {
        asked.add("relink " + itemName);
        return replacementAnswers.isEmpty() ? Optional.empty() : replacementAnswers.removeFirst();
    }

    @Override
    public boolean askSaveBeforeImport(String projectName) {
        asked.add("save first " + projectName);
        if (saveFirstAnswers.isEmpty()) throw new AssertionError("unexpected question: save " + projectName + " first?");
        return saveFirstAnswers.removeFirst();
    }

    @Override
    public Optional<ConsentRecord> askConsent(String pictureName) {
        asked.add("consent " + pictureName);
        if (consentAnswers.isEmpty()) throw new AssertionError("unexpected question: consent for " + pictureName);
        return consentAnswers.removeFirst();
    }
}
