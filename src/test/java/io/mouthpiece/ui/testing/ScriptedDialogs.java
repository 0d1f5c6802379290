package io.mouthpiece.ui.testing;

import io.mouthpiece.ui.dialog.Dialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the studio's questions from a script and records what was asked, for tests without real dialogs. */
public final class ScriptedDialogs implements Dialogs {
    public record Error(String title, String message, Throwable details) {}

    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<Path> folderAnswers = new ArrayDeque<>();
    public final List<String> saveQuestions = new ArrayList<>();
    public final Deque<Boolean> recoverAnswers = new ArrayDeque<>();
    public final List<String> recoverQuestions = new ArrayList<>();
    public final List<Error> errors = new ArrayList<>();

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        saveQuestions.add(projectName);
        if (saveAnswers.isEmpty()) throw new AssertionError("unexpected question: save changes to " + projectName + "?");
        return saveAnswers.removeFirst();
    }

    @Override
    public boolean askRecover(String projectName, String savedAt) {
        recoverQuestions.add(projectName);
        if (recoverAnswers.isEmpty()) throw new AssertionError("unexpected question: recover " + projectName + "?");
        return recoverAnswers.removeFirst();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() { return Optional.ofNullable(folderAnswers.pollFirst()); }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName) { return Optional.ofNullable(folderAnswers.pollFirst()); }

    @Override
    public void showError(String title, String message, Throwable details) { errors.add(new Error(title, message, details)); }
}
