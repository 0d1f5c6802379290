package io.mouthpiece.ui.viewport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.ui.testing.SampleFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ViewportViewModelTest {
    @Test
    void showsTheTakePictureFormatAndDuration() throws Exception {
        SampleFixture sample = new SampleFixture();
        ViewportViewModel vm = new ViewportViewModel(sample.project, sample.folder);
        assertEquals(SampleFixture.FOLDER.resolve("media/astronaut.png").toUri().toString(), vm.pictureUrlProperty().get());
        assertEquals("1280\u00d7720 \u00b7 25 fps", vm.formatProperty().get());
        // 48481/8000 s = 6.06 s: 6 s and floor(0.060125 * 25) = 1 frame
        assertEquals("00:00:06:01", vm.durationProperty().get());

        sample.project.set(sample.project.get().withFormat(FrameRate.NTSC, 1920, 1080));
        assertEquals("1920\u00d71080 \u00b7 30000/1001 fps", vm.formatProperty().get());
    }

    @Test
    void noPictureWhenTheProjectHasNoFolder() throws Exception {
        SampleFixture sample = new SampleFixture();
        ViewportViewModel vm = new ViewportViewModel(sample.project, sample.folder);
        sample.folder.set((Path) null);
        assertNull(vm.pictureUrlProperty().get());
    }
}
