package io.mouthpiece.ui.mediabin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.edit.ProjectEdits;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.service.MediaFixtures;
import io.mouthpiece.service.MediaThumbnails;
import io.mouthpiece.service.MediaThumbnails.Thumbnail;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.testing.SampleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaBinViewModelTest {
    @TempDir Path tmp;

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
        assertEquals("audio \u00b7 00:00:06:01 \u00b7 568 KB", audio.detail()); // 48481/8000 s at 25 fps
        assertFalse(audio.missing());
        assertEquals("2", vm.countProperty().get());
    }

    @Test
    void aMissingFileIsMarked() throws Exception {
        SampleFixture sample = new SampleFixture();
        MediaBinViewModel vm = new MediaBinViewModel(sample.project, sample.folder);
        sample.folder.set(Files.createDirectories(tmp.resolve("moved")));
        assertTrue(vm.items().stream().allMatch(MediaBinViewModel.Item::missing));
        assertTrue(vm.items().getFirst().detail().endsWith("missing"));
    }

    @Test
    void aFileOfAnotherSizeIsMarkedChanged() throws Exception {
        Path folder = tmp.resolve("p");
        Path png = MediaFixtures.png(folder.resolve("media/a.png"), 40, 20);
        MediaRef m = ProjectStore.describe(folder, png, "med-1", MediaKind.IMAGE, null);
        Files.write(png, new byte[]{1, 2, 3});
        var project = new SimpleObjectProperty<>(Project.empty("p", "P").withMedia(java.util.List.of(m)));
        MediaBinViewModel vm = new MediaBinViewModel(project, new SimpleObjectProperty<>(folder));
        assertEquals(MediaStatus.CHANGED, vm.items().getFirst().state());
        assertTrue(vm.items().getFirst().detail().endsWith("changed on disk"));
    }

    @Test
    void thumbnailsShowThePictureScaledAndTheSoundAsAWaveformAndSelectingFocuses() throws Exception {
        Path folder = tmp.resolve("p");
        Path png = MediaFixtures.png(folder.resolve("media/face.png"), 400, 200);
        // silent first half, then a sine at half scale
        Path wav = MediaFixtures.wav(folder.resolve("media/line.wav"), 2.0, 0.5, true);
        Project p = Project.empty("p", "P");
        p = ProjectEdits.addMedia(ProjectStore.describe(folder, png, "med-img", MediaKind.IMAGE, null)).apply(p);
        p = ProjectEdits.addMedia(ProjectStore.describe(folder, wav, "med-wav", MediaKind.AUDIO,
                io.mouthpiece.core.time.Rational.of(2))).apply(p);
        var project = new SimpleObjectProperty<>(p);
        StudioSelection selection = new StudioSelection(project);
        MediaThumbnails thumbs = new MediaThumbnails(tmp.resolve("cache"));
        MediaBinViewModel vm = new MediaBinViewModel(selection, new SimpleObjectProperty<>(folder),
                ThumbnailLoader.background(thumbs, new SameThreadTaskExecutor(), Runnable::run));

        Thumbnail image = vm.items().get(0).thumbnail();
        assertNotNull(image, "made in the background (here: at once)");
        assertEquals(96, image.width());
        assertEquals(48, image.height(), "400x200 fits 96x64 as 96x48");
        assertEquals("image \u00b7 400\u00d7200 \u00b7 " + MediaBinViewModel.size(Files.size(png)), vm.items().get(0).detail());
        assertEquals(0xffff0000, image.pixel(10, 24), "left half red");
        assertEquals(0xff0000ff, image.pixel(85, 24), "right half blue");

        Thumbnail wave = vm.items().get(1).thumbnail();
        assertNotNull(wave.peaks());
        assertEquals(16000, wave.peaks().sampleCount(), 40, "2 s resampled to 8 kHz for peaks");
        assertEquals(0.5, maxPeak(wave, 0.6, 1.0), 0.02, "the sine's peaks");
        assertEquals(0.0, maxPeak(wave, 0.0, 0.45), 0.001, "the silent half");
        int mid = wave.height() / 2;
        int quarter = mid / 2;
        int bg = wave.pixel(5, 2);
        assertTrue(wave.pixel(80, mid - quarter + 2) != bg, "the loud half's bar reaches about half way up");
        assertEquals(bg, wave.pixel(80, 2), "and not to the top");
        assertEquals(bg, wave.pixel(10, mid - 4), "the silent half draws no bar");

        vm.select(vm.items().get(1));
        assertEquals(new StudioSelection.Focus.OfMedia("med-wav"), selection.focusProperty().get());

        // a second bin (reopening the project) finds both in the disk cache: same pixels
        MediaBinViewModel again = new MediaBinViewModel(new StudioSelection(project), new SimpleObjectProperty<>(folder),
                ThumbnailLoader.background(new MediaThumbnails(tmp.resolve("cache")), new SameThreadTaskExecutor(), Runnable::run));
        assertTrue(java.util.Arrays.equals(image.argb(), again.items().get(0).thumbnail().argb()));
        assertEquals(400, again.items().get(0).thumbnail().sourceWidth());
        assertTrue(Files.list(tmp.resolve("cache/peaks")).findAny().isPresent(), "peaks cached on disk");
    }

    @Test
    void anUnreadableFileSaysWhyInsteadOfAThumbnail() throws Exception {
        Path folder = tmp.resolve("p");
        Path bad = Files.createDirectories(folder.resolve("media")).resolve("bad.png");
        Files.writeString(bad, "not a picture");
        var project = new SimpleObjectProperty<>(Project.empty("p", "P").withMedia(java.util.List.of(
                ProjectStore.describe(folder, bad, "med-1", MediaKind.IMAGE, null))));
        MediaBinViewModel vm = new MediaBinViewModel(new StudioSelection(project), new SimpleObjectProperty<>(folder),
                ThumbnailLoader.background(new MediaThumbnails(null), new SameThreadTaskExecutor(), Runnable::run));
        assertNull(vm.items().getFirst().thumbnail());
        assertNotNull(vm.items().getFirst().problem());
    }

    private static double maxPeak(Thumbnail t, double from, double to) {
        var p = t.peaks();
        int n = p.buckets(0);
        double m = 0;
        for (int b = (int) (from * n); b < (int) (to * n); b++) m = Math.max(m, Math.max(p.max(0, b), -p.min(0, b)));
        return m;
    }
}
