package io.mouthpiece.core.edit;

import io.mouthpiece.core.project.Project;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One user-visible change to a project: a pure function from the old project to the new one, with a description
 * for the Undo menu ("Move Keyframe"). An edit that cannot apply throws {@link IllegalArgumentException} or
 * {@link java.util.NoSuchElementException} and changes nothing.
 */
public interface Edit {
    String description();

    Project apply(Project project);

    static Edit of(String description, UnaryOperator<Project> f) {
        return new Edit() {
            @Override public String description() { return description; }
            @Override public Project apply(Project p) { return f.apply(p); }
            @Override public String toString() { return "Edit[" + description + "]"; }
        };
    }

    /**
     * Several edits as one undo step. They apply in order to the intermediate results; if any fails, the whole
     * composite fails and, the model being immutable, nothing of it remains.
     */
    static Edit compose(String description, List<Edit> steps) {
        List<Edit> copy = List.copyOf(steps);
        return of(description, p -> {
            Project cur = p;
            for (Edit e : copy) cur = e.apply(cur);
            return cur;
        });
    }
}
