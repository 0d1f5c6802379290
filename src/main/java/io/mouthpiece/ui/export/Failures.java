package io.mouthpiece.ui.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns an export's exception into one human line (and a list of causes for the details area; never a stack trace). */
final class Failures {
    private Failures() {}

    static String human(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.util.concurrent.CompletionException)
                && t.getCause() != null) t = t.getCause();
        if (t instanceof AccessDeniedException a) return "No permission to write " + a.getFile();
        if (t instanceof NotDirectoryException n) return "Cannot write there: " + n.getFile() + " is a file, not a folder";
        if (t instanceof FileAlreadyExistsException f) return "Cannot write there: " + f.getFile() + " is in the way (a file where a folder is needed)";
        if (t instanceof NoSuchFileException n) return "No such file or folder: " + n.getFile();
        if (t instanceof FileSystemException f) {
            return "Cannot write " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : "");
        }
        if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage();
        return "The export stopped with an internal error (" + t.getClass().getSimpleName() + ")";
    }

    static String causes(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Set<Throwable> seen = new LinkedHashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (!sb.isEmpty()) sb.append("\ncaused by ");
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) sb.append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
