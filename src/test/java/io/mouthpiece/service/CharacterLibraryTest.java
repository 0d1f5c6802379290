package io.mouthpiece.service;

import io.mouthpiece.core.edit.ActorEdits;
import io.mouthpiece.core.edit.ProjectDocument;
import io.mouthpiece.core.face.FaceAnalysis;
import io.mouthpiece.core.face.FaceBox;
import io.mouthpiece.core.face.FaceLandmarks;
import io.mouthpiece.core.face.HeadPose;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.persist.Hashing;
import io.mouthpiece.core.persist.ProjectStore;
import io.mouthpiece.core.project.Actor;
import io.mouthpiece.core.project.ConsentRecord;
import io.mouthpiece.core.project.ExpressionPreset;
import io.mouthpiece.core.project.MediaRef;
import io.mouthpiece.core.project.MotionDials;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.task.Progress;
import io.mouthpiece.face.FaceTopology;
import io.mouthpiece.face.rig.LandmarkGroup;
import io.mouthpiece.render.RigGeometry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The character library on real folders: save → list → add to another project gives the identical rig; damaged
 * entries are listed with a reason; a failed save leaves nothing behind; names and ids never clash.
 */
public class CharacterLibraryTest {
    static final Path SAMPLE = Path.of("assets/samples/astronaut");
    static CharacterRigs rigs;

    @TempDir Path tmp;

    @BeforeAll
    static void topology() {
        rigs = new CharacterRigs(FaceTopology.load(Path.of("models")));
    }

    /** The sample copied to {@code folder}, its character given a face, corrections, presets, dials and consent. */
    public static Project dressedSample(Path folder) throws IOException {
        copyTree(SAMPLE, folder);
        Project p = new ProjectStore().load(folder).project();
        String id = p.actors().getFirst().id();
        Random r = new Random(7);
        float[] xyz = new float[468 * 3];
        for (int i = 0; i < 468; i++) {
            xyz[3 * i] = 150 + 200 * r.nextFloat();
            xyz[3 * i + 1] = 120 + 260 * r.nextFloat();
            xyz[3 * i + 2] = -20 + 40 * r.nextFloat();
        }
        ProjectDocument doc = new ProjectDocument(p, folder);
        doc.execute(ActorEdits.setFace(id, new FaceAnalysis(0.93, new FaceBox(150, 120, 350, 380),
                new FaceLandmarks(512, 512, xyz), null, new HeadPose(3.5, -2.25, 1.125), FaceAnalysis.Source.DETECTED)));
        doc.execute(RigCorrectionEdits.movePoint(id, 61, 1.75, -0.6180339887));
        doc.execute(RigCorrectionEdits.moveGroup(id, LandmarkGroup.LEFT_BROW, -0.3, 2.1));
        doc.execute(ActorEdits.setPresets(id, List.of(new ExpressionPreset("Smirk", Map.of(Channel.values()[0], 0.4)))));
        doc.execute(ActorEdits.setDials(id, new MotionDials(0.8, 0.5, 0.7, 1.3, 0.2, 0.4, 42)));
        doc.execute(ActorEdits.setConsent(id, new ConsentRecord(false, "Drawn for this test", "tester", "2026-11-21T10:00:00Z")));
        new ProjectStore().save(folder, doc.project());
        return doc.project();
    }

    CharacterLibrary library() {
        return new CharacterLibrary(tmp.resolve("library"), Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC));
    }

    @Test
    void savedCharacterAddedToAnotherProjectHasTheIdenticalRig() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = dressedSample(a);
        Actor original = pa.actors().getFirst();
        CharacterLibrary lib = library();

        CharacterLibrary.Entry saved = lib.save(pa, a, original.id(), Progress.NONE);
        assertFalse(saved.isDamaged(), saved.problem());
        List<CharacterLibrary.Entry> listed = lib.list();
        assertEquals(1, listed.size());
        CharacterLibrary.Entry e = listed.getFirst();
        assertEquals("Astronaut", e.name());
        assertEquals("2026-11-22T09:30:00Z", e.character().savedAt());
        assertEquals("Fictional / stylised", e.consentStatus());
        assertTrue(Files.isRegularFile(e.portraitFile()));
        assertEquals(Hashing.sha256(a.resolve("media/astronaut.png")), Hashing.sha256(e.portraitFile()));
        assertEquals(1, e.character().voiceMediaIds().size(), "the dialogue clip's wav is the voice");
        MediaRef voice = e.character().media().stream().filter(m -> m.id().equals(e.character().voiceMediaIds().getFirst()))
                .findFirst().orElseThrow();
        assertEquals(Hashing.sha256(a.resolve("media/line.wav")), Hashing.sha256(e.folder().resolve(voice.path())));
        assertTrue(Files.readString(e.folder().resolve("character.json")).contains("\"schema\" : \"Character.1\""));

        // another project, in another folder, with nothing in it
        Path b = tmp.resolve("b");
        Files.createDirectories(b);
        ProjectDocument docB = new ProjectDocument(Project.empty("prj-b", "Other"), b);
        new ProjectStore().save(b, docB.project());
        CharacterLibrary.Addition add = lib.prepareAdd(e, docB.project(), b, Progress.NONE);
        docB.execute(add.edit());
        assertEquals("Add Astronaut from Library", docB.undoDescription().orElseThrow());
        new ProjectStore().save(b, docB.project());

        var loadedB = new ProjectStore().load(b);
        assertTrue(loadedB.warnings().isEmpty(), loadedB.warnings().toString());
        Project pb = loadedB.project();
        Actor imported = pb.actor(add.actorId());
        assertEquals(original.id(), imported.id(), "no clash in the new project: the library id is kept");
        assertEquals(original.rig(), imported.rig());
        assertEquals(original.presets(), imported.presets());
        assertEquals(original.dials(), imported.dials());
        assertEquals(original.consent(), imported.consent());
        assertEquals(original.face(), imported.face());
        assertEquals(2, pb.media().size(), "portrait and voice");
        assertEquals(1, pb.takes().size(), "a take showing the portrait, so the character appears");
        assertEquals(imported.sourceMediaId(), pb.takes().getFirst().pictureMediaId());

        RigGeometry ra = rigs.rig(original, 512, 512).orElseThrow();
        RigGeometry rb = rigs.rig(imported, 512, 512).orElseThrow();
        assertEquals(ra.vertexCount(), rb.vertexCount());
        for (int i = 0; i < RigGeometry.LANDMARKS; i++) {
            assertEquals(ra.x(i), rb.x(i), 1e-9, "x of landmark " + i);
            assertEquals(ra.y(i), rb.y(i), 1e-9, "y of landmark " + i);
        }
        assertEquals(ra.x(61), rigs.landmarks(original, 512, 512).orElseThrow().x(61), 1e-9);
        assertNotEquals(original.face().landmarks().x(61), ra.x(61), "the corrections are part of the rig");

        docB.undo();
        assertTrue(docB.project().actors().isEmpty() && docB.project().media().isEmpty() && docB.project().takes().isEmpty(),
                "one undo removes the whole addition");
    }

    @Test
    void addingBackIntoItsOwnProjectReusesMediaAndRenames() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = dressedSample(a);
        CharacterLibrary lib = library();
        CharacterLibrary.Entry e = lib.save(pa, a, pa.actors().getFirst().id(), Progress.NONE);
        CharacterLibrary.Addition add = lib.prepareAdd(e, pa, a, Progress.NONE);
        assertTrue(add.copiedFiles().isEmpty(), "the project already has both files");
        Project after = add.edit().apply(pa);
        assertEquals(2, after.actors().size());
        assertNotEquals(pa.actors().getFirst().id(), add.actorId(), "the id clashed, so a new one");
        assertEquals("Astronaut (2)", after.actor(add.actorId()).name());
        assertEquals(pa.media(), after.media());
        assertEquals(pa.takes(), after.takes(), "a take already shows the portrait");

        // a second save of the same name is listed beside the first
        lib.save(pa, a, pa.actors().getFirst().id(), Progress.NONE);
        assertEquals(List.of("Astronaut", "Astronaut (2)"), lib.list().stream().map(CharacterLibrary.Entry::name).toList());
    }

    @Test
    void damagedEntriesAreListedWithAReason() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = dressedSample(a);
        CharacterLibrary lib = library();
        String id = pa.actors().getFirst().id();
        CharacterLibrary.Entry good = lib.save(pa, a, id, Progress.NONE);
        CharacterLibrary.Entry badJson = lib.save(pa, a, id, Progress.NONE);
        CharacterLibrary.Entry noMedia = lib.save(pa, a, id, Progress.NONE);
        Files.writeString(badJson.folder().resolve("character.json"), "{ \"schema\": \"Character.1\", \"name\": ");
        Files.delete(noMedia.portraitFile());
        Files.createDirectories(lib.root().resolve("empty-folder"));

        List<CharacterLibrary.Entry> list = lib.list();
        assertEquals(4, list.size());
        assertEquals(1, list.stream().filter(x -> !x.isDamaged()).count());
        assertEquals(good.folder(), list.stream().filter(x -> !x.isDamaged()).findFirst().orElseThrow().folder());
        String bad = lib.read(badJson.folder()).problem();
        assertTrue(bad.startsWith("character.json is damaged"), bad);
        assertEquals("media file media/astronaut.png is missing", lib.read(noMedia.folder()).problem());
        assertEquals("it has no character.json", lib.read(lib.root().resolve("empty-folder")).problem());

        IOException refused = assertThrows(IOException.class,
                () -> lib.prepareAdd(lib.read(noMedia.folder()), pa, a, Progress.NONE));
        assertTrue(refused.getMessage().contains("is damaged"), refused.getMessage());

        lib.delete(lib.read(badJson.folder()));
        assertFalse(Files.exists(badJson.folder()));
        assertEquals(3, lib.list().size());
    }

    @Test
    void aFailedCopyLeavesNoHalfEntry() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = dressedSample(a);
        CharacterLibrary lib = library();
        lib.save(pa, a, pa.actors().getFirst().id(), Progress.NONE);
        // the voice clip vanished from the project: the portrait is copied first, then the copy fails
        Files.delete(a.resolve("media/line.wav"));
        IOException e = assertThrows(IOException.class, () -> lib.save(pa, a, pa.actors().getFirst().id(), Progress.NONE));
        assertTrue(e.getMessage().contains("media/line.wav is missing"), e.getMessage());
        try (Stream<Path> s = Files.list(lib.root())) {
            assertEquals(List.of("astronaut"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the first, complete entry; no temporary folder");
        }
        assertEquals(1, lib.list().size());
    }

    @Test
    void aChangedLibraryFileIsRefusedAndNothingIsCopied() throws Exception {
        Path a = tmp.resolve("a");
        Project pa = dressedSample(a);
        CharacterLibrary lib = library();
        CharacterLibrary.Entry e = lib.save(pa, a, pa.actors().getFirst().id(), Progress.NONE);
        byte[] png = Files.readAllBytes(e.portraitFile());
        png[png.length / 2] ^= 0x55; // same size, other content: only the hash tells
        Files.write(e.portraitFile(), png);
        Path b = tmp.resolve("b");
        Files.createDirectories(b);
        IOException x = assertThrows(IOException.class,
                () -> lib.prepareAdd(lib.read(e.folder()), Project.empty("prj-b", "B"), b, Progress.NONE));
        assertTrue(x.getMessage().contains("no longer matches its recorded SHA-256"), x.getMessage());
        try (Stream<Path> s = Files.walk(b)) {
            assertEquals(List.of(b, b.resolve("media")), s.sorted().toList(), "no file left in the project");
        }
    }

    @Test
    void namesAndSlugs() {
        assertEquals("Ada (2)", CharacterLibrary.uniqueName("Ada", java.util.Set.of("ada")));
        assertEquals("Ada (3)", CharacterLibrary.uniqueName("Ada (2)", java.util.Set.of("ada", "ada (2)")));
        assertEquals("zoe-o-brien", CharacterLibrary.slug("Zoë O'Brien"));
        assertEquals("character", CharacterLibrary.slug("!!!"));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path d = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d);
            }
        }
    }
}
