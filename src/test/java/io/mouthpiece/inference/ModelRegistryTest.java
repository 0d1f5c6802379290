package io.mouthpiece.inference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ModelRegistryTest {
    static ModelRegistry registry;

    @BeforeAll
    static void load() { registry = new ModelRegistry(List.of(ModelPaths.modelsDir()), InferenceOptions.CPU); }

    @AfterAll
    static void close() { registry.close(); }

    @Test
    void shipsExactlyTheFaceModelsWithLicenceAndHash() throws Exception {
        assertEquals(List.of("face-detection-full", "face-detection-short", "facemesh", "iris", "selfie"),
                registry.cards().keySet().stream().sorted().toList());
        for (ModelCard c : registry.cards().values()) {
            assertEquals("Apache-2.0", c.license(), c.id());
            assertTrue(c.commercialUse(), c.id());
            Path f = registry.folderOf(c.id()).resolve(c.file());
            assertEquals(c.sha256(), ModelRegistry.sha256(f), c.id());
            assertNotNull(c.provenance().origin());
        }
        // No ONNX file under models/ without a card: nothing unused or unaccounted ships.
        try (var s = Files.walk(ModelPaths.modelsDir())) {
            List<String> onnx = s.filter(p -> p.toString().endsWith(".onnx")).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(registry.cards().values().stream().map(ModelCard::file).sorted().toList(), onnx);
        }
    }

    @Test
    void leavesNoNativeLibraryFolderBehindInTheTemporaryDirectory() {
        registry.model("iris"); // the runtime is loaded by now
        java.util.Optional<Path> extracted = OrtTempFiles.folder();
        org.junit.jupiter.api.Assertions.assertTrue(extracted.isPresent(), "the binding made its extraction folder");
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(extracted.get()),
                extracted.get() + " should be gone once the libraries are loaded (the face tests run inference after it)");
    }

    @Test
    void loadsEachModelOnce() {
        assertSame(registry.model("iris"), registry.model("iris"));
    }

    @Test
    void damagedFileIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path src = ModelPaths.modelsDir().resolve("face");
        Files.copy(src.resolve("iris.card.json"), dir.resolve("iris.card.json"));
        byte[] bytes = Files.readAllBytes(src.resolve("iris.onnx"));
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(dir.resolve("iris.onnx"), bytes);
        try (ModelRegistry r = new ModelRegistry(List.of(dir), InferenceOptions.CPU)) {
            ModelException e = assertThrows(ModelException.class, () -> r.model("iris"));
            assertTrue(e.getMessage().contains(dir.resolve("iris.onnx").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        }
        Files.delete(dir.resolve("iris.onnx"));
        try (ModelRegistry r = new ModelRegistry(List.of(dir), InferenceOptions.CPU)) {
            ModelException e = assertThrows(ModelException.class, () -> r.model("iris"));
            assertTrue(e.getMessage().contains("missing"), e.getMessage());
        }
    }

    @Test
    void truncatedFileWithMatchingCardGivesClearLoadError(@TempDir Path dir) throws Exception {
        // A card whose hash matches a broken file: the load itself must fail with the file named, not crash.
        byte[] junk = "not an onnx model".getBytes();
        Files.write(dir.resolve("junk.onnx"), junk);
        String sha = ModelRegistry.sha256(dir.resolve("junk.onnx"));
        Files.writeString(dir.resolve("junk.card.json"), """
                {"id":"junk","file":"junk.onnx","sha256":"%s","license":"MIT","commercialUse":true}""".formatted(sha));
        try (ModelRegistry r = new ModelRegistry(List.of(dir), InferenceOptions.CPU)) {
            ModelException e = assertThrows(ModelException.class, () -> r.model("junk"));
            assertTrue(e.getMessage().contains("junk.onnx"), e.getMessage());
        }
    }

    @Test
    void userFolderAddsModelsButCannotRedefineShippedOnes(@TempDir Path dir) throws Exception {
        Path src = ModelPaths.modelsDir().resolve("face");
        String card = Files.readString(src.resolve("iris.card.json")).replace("\"id\": \"iris\"", "\"id\": \"iris-user\"");
        Files.writeString(dir.resolve("iris-user.card.json"), card);
        Files.copy(src.resolve("iris.onnx"), dir.resolve("iris.onnx"));
        try (ModelRegistry r = new ModelRegistry(List.of(ModelPaths.modelsDir(), dir), InferenceOptions.CPU)) {
            assertTrue(r.card("iris-user").isPresent());
            Tensor out = r.model("iris-user").newSession().run(Npy.read(RefData.dir().resolve("iris/real/input.npy")).tensor("input_1")).get("Identity");
            assertEquals(228, out.data().length);
        }
        Files.writeString(dir.resolve("iris-user.card.json"), Files.readString(src.resolve("iris.card.json")));
        ModelException e = assertThrows(ModelException.class,
                () -> new ModelRegistry(List.of(ModelPaths.modelsDir(), dir), InferenceOptions.CPU));
        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void referencePairsReproduceWithin1e4() throws Exception {
        record Pair(String model, String dir, String input, String... outputs) { }
        List<Pair> pairs = List.of(
                new Pair("face-detection-short", "facemesh-detection-short", "input", "objects"),
                new Pair("facemesh", "facemesh", "input_1", "output_mesh", "output_faceflag", "output_contours"),
                new Pair("iris", "iris", "input_1", "Identity"));
        int checked = 0;
        for (Pair p : pairs) {
            try (OnnxSession s = registry.model(p.model()).newSession()) {
                for (String set : List.of("random", "real")) {
                    Path d = RefData.dir().resolve(p.dir()).resolve(set);
                    Map<String, Tensor> out = s.run(Npy.read(d.resolve("input.npy")).tensor(p.input()));
                    for (String o : p.outputs()) {
                        Npy ref = Npy.read(d.resolve(o + ".npy"));
                        float[] want = ref.data(), got = out.get(o).data();
                        if (o.equals("output_faceflag")) {
                            // A lone sigmoid near 0 (7.6e-5 on the random input) has no scale to be relative to;
                            // compare the logits it came from, which is what the threshold acts on.
                            want = logit(want);
                            got = logit(got);
                        }
                        float err = RefData.maxRelError(want, got);
                        assertTrue(err < 1e-4, p.model() + "/" + set + "/" + o + " rel err " + err);
                        checked++;
                    }
                }
            }
        }
        assertEquals(10, checked);
    }

    private static float[] logit(float[] p) {
        float[] r = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-7, Math.max(1e-7, p[i]));   // the real face gives exactly 1.0f
            r[i] = (float) Math.log(q / (1 - q));
        }
        return r;
    }
}
