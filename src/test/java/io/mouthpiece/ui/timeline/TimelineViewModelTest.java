package io.mouthpiece.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.project.Project;
import io.mouthpiece.ui.testing.SampleFixture;
import io.mouthpiece.ui.timeline.TimelineViewModel.Lane;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
    @Test
    void theSampleTakeHasPictureDialogueAndMotionLanes() throws Exception {
        SampleFixture sample = new SampleFixture();
        TimelineViewModel vm = new TimelineViewModel(sample.project);
        assertEquals(List.of(Lane.PICTURE, Lane.DIALOGUE, Lane.MOTION),
                vm.rows().stream().map(TimelineViewModel.Row::lane).toList());
        var dialogue = vm.rows().get(1);
        assertEquals("Astronaut", dialogue.name());
        assertEquals(1, dialogue.spans().size());
        var clip = dialogue.spans().getFirst();
        assertTrue(clip.label().startsWith("Hello!"), clip.label());
        assertTrue(clip.start() >= 0 && clip.end() <= 1 && clip.end() > clip.start());
        assertEquals(48481 / 8000.0, vm.secondsProperty().get(), 1e-9);
        assertEquals("Take 1 \u00b7 25 fps", vm.takeNameProperty().get());
    }

    @Test
    void aProjectWithoutTakesHasNoLanes() throws Exception {
        SampleFixture sample = new SampleFixture();
        TimelineViewModel vm = new TimelineViewModel(sample.project);
        sample.project.set(Project.empty("prj-x", "Empty"));
        assertTrue(vm.rows().isEmpty());
        assertEquals(0, vm.secondsProperty().get());
    }
}
