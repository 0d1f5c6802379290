package io.mouthpiece.inference;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The models the app may run: every {@code *.card.json} under the given folders (the shipped {@code models/} first,
 * then user folders, which may add models but not replace shipped ones). A model is hashed and loaded through DJL's
 * ONNX Runtime engine the first time it is asked for, then kept until {@link #close()}.
 */
public final class ModelRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InferenceOptions options;
    private final Map<String, ModelCard> cards = new LinkedHashMap<>();
    private final Map<String, Path> cardFiles = new LinkedHashMap<>();
    private final Map<String, OnnxModel> loaded = new LinkedHashMap<>();

    public ModelRegistry(List<Path> folders, InferenceOptions options) {
        this.options = options;
        for (Path folder : folders) scan(folder);
    }

    /** The shipped models folder ({@link ModelPaths}) on CPU. */
    public static ModelRegistry shipped() {
        return new ModelRegistry(List.of(ModelPaths.modelsDir()), InferenceOptions.fromSystemProperties());
    }

    public Map<String, ModelCard> cards() { return Collections.unmodifiableMap(cards); }

    public Optional<ModelCard> card(String id) { return Optional.ofNullable(cards.get(id)); }

    /** The loaded model; loads (and verifies) it on first use. */
    public synchronized OnnxModel model(String id) {
        OnnxModel m = loaded.get(id);
        if (m != null) return m;
        ModelCard card = cards.get(id);
        if (card == null) throw new ModelException("No model '" + id + "' in the models folders (known: " + cards.keySet() + ")");
        Path file = cardFiles.get(id).resolveSibling(card.file());
        verify(card, file);
        m = new OnnxModel(card, file, load(card, file));
        loaded.put(id, m);
        return m;
    }

    /** The folder a model's card lives in (for data files that travel with a model, e.g. the face topology). */
    public Path folderOf(String id) {
        Path card = cardFiles.get(id);
        if (card == null) throw new ModelException("No model '" + id + "'");
        return card.getParent();
    }

    @Override
    public synchronized void close() {
        loaded.values().forEach(OnnxModel::close);
        loaded.clear();
    }

    /** Throws a {@link ModelException} naming the file when it is missing or its SHA-256 is not the card's. */
    public static void verify(ModelCard card, Path file) {
        if (!Files.isRegularFile(file))
            throw new ModelException("Model file missing: " + file + " (card '" + card.id() + "')");
        String actual = sha256(file);
        if (!actual.equalsIgnoreCase(card.sha256()))
            throw new ModelException("Model file " + file + " is damaged or not the expected version: SHA-256 "
                    + actual + ", card '" + card.id() + "' expects " + card.sha256()
                    + ". Reinstall the application or restore the file.");
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ModelException("Cannot read model file " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ZooModel<List<Tensor>, Map<String, Tensor>> load(ModelCard card, Path file) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<List<Tensor>> in = (Class) List.class;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Map<String, Tensor>> out = (Class) Map.class;
        Criteria<List<Tensor>, Map<String, Tensor>> criteria = Criteria.builder()
                .setTypes(in, out)
                .optModelPath(file)
                .optEngine("OnnxRuntime")
                .optDevice(options.gpu() ? Device.gpu(options.gpuId()) : Device.cpu())
                .optTranslator(new TensorTranslator())
                // DJL only applies intraOpNumThreads when interOpNumThreads is set too.
                .optOption("interOpNumThreads", String.valueOf(options.interOpThreads()))
                .optOption("intraOpNumThreads", String.valueOf(options.intraOpThreads()))
                .build();
        try {
            ZooModel<List<Tensor>, Map<String, Tensor>> model = criteria.loadModel();
            OrtTempFiles.removeAfterLoad(); // the runtime's native libraries are loaded now
            return model;
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            String hint = options.gpu() ? " (GPU requested: needs the -Pgpu build and a matching CUDA/cuDNN)" : "";
            throw new ModelException("Cannot load model '" + card.id() + "' from " + file + hint + ": "
                    + OnnxSession.rootMessage(e), e);
        }
    }

    private void scan(Path folder) {
        if (!Files.isDirectory(folder)) throw new ModelException("Models folder does not exist: " + folder);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder, 3)) {
            s.filter(p -> p.getFileName().toString().endsWith(".card.json")).sorted().forEach(found::add);
        } catch (IOException e) {
            throw new ModelException("Cannot list models folder " + folder + ": " + e.getMessage(), e);
        }
        for (Path p : found) {
            ModelCard card;
            try {
                card = JSON.readValue(p.toFile(), ModelCard.class);
            } catch (IOException | IllegalArgumentException e) {
                throw new ModelException("Unreadable model card " + p + ": " + OnnxSession.rootMessage(e), e);
            }
            if (cards.containsKey(card.id()))
                throw new ModelException("Model id '" + card.id() + "' defined twice: " + cardFiles.get(card.id()) + " and " + p);
            cards.put(card.id(), card);
            cardFiles.put(card.id(), p);
        }
    }
}
