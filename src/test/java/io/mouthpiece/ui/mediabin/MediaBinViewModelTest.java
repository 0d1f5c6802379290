package io.mouthpiece.ui.mediabin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.ui.testing.SampleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaBinViewModelTest {
    @Test
    void listsTheSampleMediaWithKindDurationAndSize() throws Exception {
        SampleFixture sample = new SampleFixture();
        MediaBinViewModel vm = new MediaBinViewModel(sample.project, sample.folder);
        assertEquals(2, vm.items().size());
        var image = vm.items().get(0);
        assertEquals("astronaut.png", image.name());
        assertEquals(MediaKind.IMAGE, image.kind());
        assertEquals("image \u00b7 773 KB", image.detail());
        var audio = vm.items().get(1);
        assertEquals("audio \u00b7 0:06.06 \u00b7 568 KB", audio.detail()); // 48481/8000 s
        assertFalse(audio.missing());
        assertEquals("2", vm.countProperty().get());
    }

    @Test
    void aMissingFileIsMarked(@TempDir Path tmp) throws Exception {
        SampleFixture sample = new SampleFixture();
        MediaBinViewModel vm = new MediaBinViewModel(sample.project, sample.folder);
        sample.folder.set(Files.createDirectories(tmp.resolve("moved")));
        assertTrue(vm.items().stream().allMatch(MediaBinViewModel.Item::missing));
        assertTrue(vm.items().getFirst().detail().endsWith("missing"));
    }
}
