package io.mouthpiece.inference;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;

import java.util.List;
import java.util.Map;

/** A predictor owned by one thread. Not thread-safe by design; open one per worker. */
public final class OnnxSession implements AutoCloseable {
    private final String modelId;
    private final Predictor<List<Tensor>, Map<String, Tensor>> predictor;

    OnnxSession(String modelId, Predictor<List<Tensor>, Map<String, Tensor>> predictor) {
        this.modelId = modelId;
        this.predictor = predictor;
    }

    /** Runs the model; outputs by name. */
    public Map<String, Tensor> run(Tensor... inputs) {
        try {
            return predictor.predict(List.of(inputs));
        } catch (TranslateException | RuntimeException e) {
            throw new ModelException("Model '" + modelId + "' failed to run: " + rootMessage(e), e);
        }
    }

    public String modelId() { return modelId; }

    @Override
    public void close() { predictor.close(); }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
