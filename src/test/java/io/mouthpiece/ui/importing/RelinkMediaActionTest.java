package io.mouthpiece.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mouthpiece.core.persist.MediaStatus;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.MediaKind;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.core.task.SameThreadTaskExecutor;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.inference.InferenceOptions;
import io.mouthpiece.inference.ModelRegistry;
import io.mouthpiece.media.FfmpegMediaProber;
import io.mouthpiece.service.FaceService;
import io.mouthpiece.service.MediaImporter;
import io.mouthpiece.service.MediaRelinker;
import io.mouthpiece.service.ProjectCreator;
import io.mouthpiece.ui.mediabin.MediaBinViewModel;
import io.mouthpiece.ui.selection.StudioSelection;
import io.mouthpiece.ui.shell.MainWindowViewModel;
import io.mouthpiece.ui.shell.RecentProjects;
import io.mouthpiece.ui.task.FxJobRunner;
import io.mouthpiece.ui.task.JobsViewModel;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bin's Relink… and Use Changed File through the real main-window view model on a copy of the sample project: a
 * line re-recorded to the same size is found changed by its hash and taken in one undo step; a portrait relinked to
 * its mirror image gets its face fitted again in the same step.
 */
class RelinkMediaActionTest {
    static final Path SAMPLE = Path.of("assets/samples/astronaut");
    static final ModelRegistry REGISTRY = new ModelRegistry(List.of(Path.of("models")), InferenceOptions.CPU);
    static final FaceService FACES = new FaceService(REGISTRY, FaceTopology.load(Path.of("models")));

    @TempDir Path tmp;
    final ProjectStore store = new ProjectStore();
    final ScriptedMediaDialogs dialogs = new ScriptedMediaDialogs();
    final List<String> errors = new ArrayList<>();
    int analyses;
    MainWindowViewModel vm;
    RelinkMediaAction relink;
    MediaBinViewModel bin;
    Path folder;

    @AfterAll
    static void close() { REGISTRY.close(); }

    @BeforeEach
    void setUp() throws IOException {
        folder = tmp.resolve("proj");
        try (Stream<Path> s = Files.walk(SAMPLE)) {
            for (Path p : s.toList()) {
                Path to = folder.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        RecentProjects recents = new RecentProjects() {
            @Override public List<Path> load() { return List.of(); }
            @Override public void store(List<Path> newestFirst) { }
        };
        vm = new MainWindowViewModel(store, dialogs, recents, () -> Project.empty("prj-new", "Untitled"));
        FxJobRunner runner = new FxJobRunner(new SameThreadTaskExecutor(), Runnable::run, new JobsViewModel());
        FfmpegMediaProber prober = new FfmpegMediaProber();
        relink = new RelinkMediaAction(runner, new MediaRelinker(new MediaImporter(prober, new ProjectCreator(store, prober))),
                () -> FACES, vm::getDocument, vm::execute, dialogs, (t, m) -> errors.add(t + ": " + m), s -> { },
                () -> analyses++);
        assertTrue(vm.open(folder));
        // the studio hashes on a worker; here the "worker" is this thread
        bin = new MediaBinViewModel(new StudioSelection(vm.projectProperty()), vm.folderProperty(),
                io.mouthpiece.ui.mediabin.ThumbnailLoader.NONE, vm.mediaCheck(),
                (file, media, done) -> done.accept(vm.mediaCheck().verify(file, media)));
    }

    private MediaRef media(MediaKind kind) {
        return vm.projectProperty().get().media().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    private MediaStatus state(String id) {
        return bin.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().state();
    }

    @Test
    void aLineReRecordedToTheSameSizeIsFoundChangedAndTakenInOneUndoStep() throws IOException {
        MediaRef line = media(MediaKind.AUDIO);
        Path wav = folder.resolve(line.path());
        byte[] bytes = Files.readAllBytes(wav);
        for (int i = 1000; i < bytes.length; i += 2) bytes[i] = (byte) (bytes[i] ^ 0x20); // other samples, same size
        Files.write(wav, bytes);
        Files.setLastModifiedTime(wav, FileTime.fromMillis(1_800_000_000_000L));
        bin.recheck(); // as when the studio window regains focus
        assertEquals(MediaStatus.CHANGED, state(line.id()), "same size, but the hash differs");

        relink.useChangedFile(line.id());
        MediaRef now = media(MediaKind.AUDIO);
        assertEquals(Hashing.sha256(wav), now.sha256());
        assertEquals(line.path(), now.path());
        assertEquals(1_800_000_000_000L, now.modified());
        assertEquals("Undo Relink line.wav", vm.undoTextProperty().get());
        assertEquals(1, analyses, "the take is re-analysed for the new audio");
        assertEquals(MediaStatus.OK, state(line.id()));
        assertEquals(List.of(), errors);

        vm.undo();
        assertEquals(line, media(MediaKind.AUDIO));
        assertEquals(MediaStatus.CHANGED, state(line.id()));
    }

    @Test
    void aMissingPortraitRelinkedToAnotherPictureRefitsTheFaceInTheSameStep() throws IOException {
        MediaRef portrait = media(MediaKind.IMAGE);
        Path png = folder.resolve(portrait.path());
        FaceAnalysis before = FACES.face(folder, portrait, 0, Progress.NONE);
        BufferedImage img = ImageIO.read(png.toFile());
        AffineTransform flip = new AffineTransform(-1, 0, 0, 1, img.getWidth(), 0);
        BufferedImage mirrored = new AffineTransformOp(flip, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(img, null);
        Path other = tmp.resolve("elsewhere/astronaut-mirrored.png");
        Files.createDirectories(other.getParent());
        ImageIO.write(mirrored, "png", other.toFile());
        Files.delete(png);
        bin.recheck();
        assertEquals(MediaStatus.MISSING, state(portrait.id()));
        String actorId = vm.projectProperty().get().actors().getFirst().id();
        assertNull(vm.projectProperty().get().actor(actorId).face(), "the sample fits its face on demand");

        dialogs.replacementAnswers.add(Optional.of(other));
        relink.chooseAndRelink(portrait.id());
        assertEquals(List.of("relink astronaut.png"), dialogs.asked);
        assertEquals(List.of(), errors);
        MediaRef now = media(MediaKind.IMAGE);
        assertEquals("media/astronaut-mirrored.png", now.path());
        assertEquals(Hashing.sha256(other), now.sha256());
        FaceAnalysis after = vm.projectProperty().get().actor(actorId).face();
        double w = img.getWidth();
        assertEquals(w - before.box().x1(), after.box().x0(), 12, "the face box is mirrored: " + before.box() + " -> " + after.box());
        assertEquals(before.box().y0(), after.box().y0(), 12);
        assertNotEquals(before.box().x0(), after.box().x0(), 12);
        assertEquals("Undo Relink astronaut-mirrored.png", vm.undoTextProperty().get());

        vm.undo();
        assertEquals(portrait, media(MediaKind.IMAGE));
        assertNull(vm.projectProperty().get().actor(actorId).face(), "one undo puts back the media and the face");
    }
}
