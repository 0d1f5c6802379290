package io.mouthpiece.ui.testing;

import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.project.Project;
import javafx.beans.property.ObjectProperty;

/** A document without a folder whose every change (edit, undo, redo) is mirrored into a project property, as the studio's is. */
public final class LiveDocument {
    private LiveDocument() {}

    /** A new document over {@code p}; {@code follower} holds its project from now on. */
    public static ProjectDocument of(Project p, ObjectProperty<Project> follower) {
        ProjectDocument doc = new ProjectDocument(p, null);
        follower.set(doc.project());
        doc.addListener(() -> follower.set(doc.project()));
        return doc;
    }
}
