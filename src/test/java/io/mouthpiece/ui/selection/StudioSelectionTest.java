package io.mouthpiece.ui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.project.Take;
import io.mouthpiece.core.time.Rational;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class StudioSelectionTest {
    private static Project twoTakes() {
        Project p = Project.empty("prj", "P");
        return p.withTakes(List.of(new Take("t1", "One", Rational.of(2), null), new Take("t2", "Two", Rational.of(3), null)));
    }

    @Test
    void followsTheChosenTakeAndFallsBackToTheFirstWhenItGoesAway() {
        var project = new SimpleObjectProperty<Project>();
        StudioSelection s = new StudioSelection(project);
        assertNull(s.take());
        List<String> seen = new ArrayList<>();
        s.currentProperty().subscribe(c -> seen.add(c.take() == null ? "-" : c.take().id()));
        project.set(twoTakes());
        assertEquals("t1", s.take().id(), "no choice yet: the first take");
        s.selectTake("t2");
        assertEquals("t2", s.take().id());
        // the project changes (an edit): the chosen take stays, and project and take arrive together
        Project renamed = s.project().withName("Renamed");
        project.set(renamed);
        assertEquals("Renamed", s.current().project().name());
        assertEquals("t2", s.current().take().id());
        // an undo removes the chosen take: the first take is shown
        project.set(renamed.withTakes(List.of(renamed.takes().getFirst())));
        assertEquals("t1", s.take().id());
        assertEquals(List.of("-", "t1", "t2", "t2", "t1"), seen);
    }
}
