package io.mouthpiece.inference;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One loaded model, shared by all threads. A thread that runs it opens its own {@link OnnxSession} (DJL predictors
 * are not thread-safe) and closes it when done.
 */
public final class OnnxModel implements AutoCloseable {
    private final ModelCard card;
    private final Path file;
    private final ZooModel<List<Tensor>, Map<String, Tensor>> model;

    OnnxModel(ModelCard card, Path file, ZooModel<List<Tensor>, Map<String, Tensor>> model) {
        this.card = card;
        this.file = file;
        this.model = model;
    }

    public ModelCard card() { return card; }

    public Path file() { return file; }

    /** A new single-thread session; cheap (no model reload). */
    public OnnxSession newSession() {
        Predictor<List<Tensor>, Map<String, Tensor>> p = model.newPredictor();
        return new OnnxSession(card.id(), p);
    }

    @Override
    public void close() { model.close(); }
}
