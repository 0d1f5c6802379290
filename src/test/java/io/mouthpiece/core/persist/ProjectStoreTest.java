package io.mouthpiece.core.persist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mouthpiece.core.edit.Fixtures;
import io.mouthpiece.core.edit.MotionEdits;
import io.mouthpiece.core.motion.Channel;
import io.mouthpiece.core.motion.Interpolation;
import io.mouthpiece.core.motion.Keyframe;
import io.mouthpiece.core.motion.SampledCurve;
import io.mouthpiece.core.project.Project;
import io.mouthpiece.core.time.FrameRate;
import io.mouthpiece.core.time.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

class ProjectStoreTest {
    @TempDir Path dir;
    private final ProjectStore store = new ProjectStore();

    private static Project richProject() {
        Project p = Fixtures.project();
        p = MotionEdits.setKey("tk-1", "act-1", Channel.HEAD_YAW, new Keyframe(Rational.of(1001, 30000), -4.5, Interpolation.SMOOTH)).apply(p);
        p = MotionEdits.setGenerated("tk-1", "act-1", Map.of(Channel.JAW_OPEN,
                new SampledCurve(Rational.ZERO, FrameRate.NTSC, new float[] {0f, 0.25f, 1f})),
                new io.mouthpiece.core.speech.VisemeTrack(java.util.List.of(
                        new io.mouthpiece.core.speech.VisemeSegment(Rational.ZERO, Rational.of(1, 3), io.mouthpiece.core.speech.Viseme.SIL, 0),
                        new io.mouthpiece.core.speech.VisemeSegment(Rational.of(1, 3), Rational.of(7, 2), io.mouthpiece.core.speech.Viseme.PP, 0.5f)),
                        Rational.of(7, 2))).apply(p);
        float[] xyz = new float[468 * 3];
        for (int i = 0; i < xyz.length; i++) xyz[i] = i * 0.25f;
        p = io.mouthpiece.core.edit.ActorEdits.setFace("act-1", new io.mouthpiece.core.face.FaceAnalysis(0.9,
                new io.mouthpiece.core.face.FaceBox(1, 2, 3, 4), new io.mouthpiece.core.face.FaceLandmarks(512, 512, xyz), null,
                new io.mouthpiece.core.face.HeadPose(1, 2, 3), io.mouthpiece.core.face.FaceAnalysis.Source.DETECTED)).apply(p);
        p = io.mouthpiece.core.edit.ActorEdits.setRig("act-1", io.mouthpiece.core.face.RigCorrections.NONE.plus(
                java.util.List.of(new io.mouthpiece.core.face.PointOffset(13, 1.5, -2))), "Move Landmark").apply(p);
        return p;
    }

    @Test
    void roundTripIsExact() throws IOException {
        Project p = richProject();
        store.save(dir, p);
        LoadedProject back = store.load(dir);
        assertEquals(p, back.project());
        String json = Files.readString(dir.resolve(ProjectStore.FILE));
        assertTrue(json.contains("\"schema\" : \"Project.1\""), json);
        assertTrue(json.contains("\"schema\" : \"Take.1\""));
        assertTrue(json.contains("\"1001/30000\""), "times are exact rationals in the file");
        assertTrue(json.contains("\"headYaw\""), "channels are stored by their external ids");
    }

    @Test
    void exportBackgroundRoundTripsAndOldFilesDefaultToKeep() throws IOException {
        Project p = io.mouthpiece.core.edit.ProjectEdits.setBackground(" #00B140 ").apply(richProject());
        assertEquals("#00b140", p.background());
        store.save(dir, p);
        String json = Files.readString(dir.resolve(ProjectStore.FILE));
        assertTrue(json.contains("\"background\" : \"#00b140\""), json);
        assertEquals(p, store.load(dir).project());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        tree.remove("background");
        Files.writeString(dir.resolve(ProjectStore.FILE), tree.toPrettyString());
        assertEquals("keep", store.load(dir).project().background(), "a file from before the setting");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> io.mouthpiece.core.edit.ProjectEdits.setBackground("green"));
        assertTrue(e.getMessage().contains("keep, transparent or #rrggbb"), e.getMessage());
    }

    @Test
    void unknownFieldsSurviveLoadAndSave() throws IOException {
        store.save(dir, richProject());
        Path f = dir.resolve(ProjectStore.FILE);
        String json = Files.readString(f)
                .replaceFirst("\"schema\" : \"Project.1\",", "\"schema\" : \"Project.1\", \"futureSetting\" : {\"a\" : [1, 2]},")
                .replaceFirst("\"schema\" : \"Actor.2\",", "\"schema\" : \"Actor.2\", \"voiceModel\" : \"x\",");
        Files.writeString(f, json);
        Project loaded = store.load(dir).project();
        store.save(dir, loaded);
        String again = Files.readString(f);
        assertTrue(again.contains("futureSetting"), again);
        assertTrue(again.contains("\"voiceModel\" : \"x\""));
        assertEquals(loaded, store.load(dir).project());
    }

    @Test
    void actorOneProjectsKeepTheirBrowAndBreathMotion() throws IOException {
        Project p = io.mouthpiece.core.edit.ActorEdits.setDials("act-1",
                new io.mouthpiece.core.project.MotionDials(1, 0.4, 0.4, 1.5, 1, 1, 9)).apply(richProject());
        store.save(dir, p);
        Path f = dir.resolve(ProjectStore.FILE);
        // as an Actor.1 file had it: no brow or breathing dial (brows followed the head dial, breathing was always 1)
        String v1 = Files.readString(f).replace("\"Actor.2\"", "\"Actor.1\"")
                .replaceAll("\\s*\"browMotion\" : [0-9.]+,", "").replaceAll("\\s*\"breathing\" : [0-9.]+,", "");
        assertFalse(v1.contains("browMotion") || v1.contains("breathing") || v1.contains("Actor.2"), v1);
        Files.writeString(f, v1);
        var loaded = store.load(dir).project().actor("act-1").dials();
        assertEquals(new io.mouthpiece.core.project.MotionDials(1, 0.4, 0.4, 1.5, 1, 1, 9), loaded);
        store.save(dir, store.load(dir).project());
        assertTrue(Files.readString(f).contains("\"Actor.2\""), "saved at the current version");
    }

    @Test
    void newerSchemaGivesAClearMessage() throws IOException {
        store.save(dir, richProject());
        Path f = dir.resolve(ProjectStore.FILE);
        Files.writeString(f, Files.readString(f).replace("\"Take.1\"", "\"Take.7\""));
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> store.load(dir));
        assertTrue(e.getMessage().contains("newer version of Mouthpiece"), e.getMessage());
        assertTrue(e.getMessage().contains("Take.7"));
    }

    @Test
    void damagedFilesGiveClearMessages() throws IOException {
        store.save(dir, richProject());
        Path f = dir.resolve(ProjectStore.FILE);
        byte[] full = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(full, full.length / 2)); // truncated
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> store.load(dir));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        Files.writeString(f, "{\"hello\": 1}");
        assertTrue(assertThrows(ProjectFormatException.class, () -> store.load(dir)).getMessage().contains("not a Mouthpiece project"));
        Files.write(f, new byte[] {(byte) 0xff, 0, 1, 2});
        assertThrows(ProjectFormatException.class, () -> store.load(dir));
        Files.writeString(f, new String(full, StandardCharsets.UTF_8).replace("\"width\" : 1280", "\"width\" : -5"));
        assertTrue(assertThrows(ProjectFormatException.class, () -> store.load(dir)).getMessage().contains("invalid content"));
        assertThrows(ProjectFormatException.class, () -> store.load(Files.createDirectories(dir.resolve("empty"))));
    }

    @Test
    void saveThatFailsHalfWayLeavesThePreviousFileIntact() throws IOException {
        Path f = dir.resolve(ProjectStore.FILE);
        store.save(dir, richProject());
        byte[] before = Files.readAllBytes(f);
        IOException boom = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("{\"schema\":\"Project.1\", \"name\": \"half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", boom.getMessage());
        assertArrayEquals(before, Files.readAllBytes(f));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temp file left behind");
        }
    }

    @Test
    void projectFileOrPointerFileOpensTheFolder() throws IOException {
        store.save(dir, richProject());
        Path pointer = Files.writeString(dir.resolve("Fixture.mouthpiece"), "");
        assertEquals(dir.toAbsolutePath(), ProjectStore.folderOf(pointer));
        assertEquals(dir.toAbsolutePath(), ProjectStore.folderOf(dir.resolve(ProjectStore.FILE)));
        assertEquals("Fixture", store.load(pointer).project().name());
    }

    @Test
    void secondSaveKeepsABackupOfTheFirst() throws IOException {
        Project p = richProject();
        store.save(dir, p);
        store.save(dir, p.withName("Second"));
        assertEquals("Second", store.load(dir).project().name());
        assertEquals(p.name(), store.parse(Files.readAllBytes(dir.resolve(ProjectStore.BACKUP)), "bak").name());
    }

    @Test
    void missingAndChangedMediaAreStatesNotErrors() throws IOException {
        Files.createDirectories(dir.resolve("media"));
        Files.write(dir.resolve("media/face.png"), new byte[10]);
        Files.write(dir.resolve("media/line.wav"), new byte[3]); // recorded as 20 bytes
        // no time recorded (as in projects saved before times were): the hash decides for a file of the right size
        store.save(dir, richProject().updateMedia("med-img", m -> m.withPath(m.path(), Hashing.sha256(new byte[10]), 10)));
        LoadedProject lp = store.load(dir);
        assertEquals(MediaStatus.OK, lp.media().get("med-img"));
        assertEquals(MediaStatus.CHANGED, lp.media().get("med-wav"));
        Files.delete(dir.resolve("media/face.png"));
        lp = store.load(dir);
        assertEquals(MediaStatus.MISSING, lp.media().get("med-img"));
        assertEquals(2, lp.missingMediaIds().size());
        assertFalse(lp.warnings().isEmpty());
    }

    @Test
    void upgradeFunctionsRunInOrder() throws IOException {
        // A hypothetical Take.2 that renamed "name" to "title", and a Take.3 that uppercased it: a v1 file must pass both.
        Map<String, Integer> versions = new java.util.HashMap<>(ProjectJson.VERSIONS);
        versions.put("Take", 3);
        UnaryOperator<ObjectNode> v1to2 = o -> {
            o.set("title", o.remove("name"));
            return o;
        };
        UnaryOperator<ObjectNode> v2to3 = o -> {
            o.put("title", o.get("title").asText().toUpperCase());
            return o;
        };
        SchemaUpgrader up = new SchemaUpgrader(versions, Map.of("Take.1", v1to2, "Take.2", v2to3));
        com.fasterxml.jackson.databind.JsonNode tree = ProjectJson.mapper().readTree(store.serialize(richProject()));
        assertEquals(2, up.upgrade(tree));
        ObjectNode take = (ObjectNode) tree.get("takes").get(0);
        assertEquals("Take.3", take.get("schema").asText());
        assertEquals("TAKE 1", take.get("title").asText());
        SchemaUpgrader gap = new SchemaUpgrader(versions, Map.of("Take.1", v1to2));
        assertThrows(ProjectFormatException.class, () -> gap.upgrade(ProjectJson.mapper().readTree(store.serialize(richProject()))));
    }
}
