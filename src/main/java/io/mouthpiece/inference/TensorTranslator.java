package io.mouthpiece.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves plain float tensors in and out of DJL. Outputs are copied out while the predictor's context is alive, so
 * no NDArray escapes a call. Preprocessing lives in the face package, where it can be tested without a model.
 */
final class TensorTranslator implements NoBatchifyTranslator<List<Tensor>, Map<String, Tensor>> {

    @Override
    public NDList processInput(TranslatorContext ctx, List<Tensor> input) {
        NDList list = new NDList(input.size());
        for (Tensor t : input) {
            NDArray a = ctx.getNDManager().create(t.data(), new Shape(t.shape()));
            a.setName(t.name());
            list.add(a);
        }
        return list;
    }

    @Override
    public Map<String, Tensor> processOutput(TranslatorContext ctx, NDList list) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            NDArray a = list.get(i);
            NDArray f = a.getDataType() == DataType.FLOAT32 ? a : a.toType(DataType.FLOAT32, false);
            String name = a.getName() != null ? a.getName() : "output" + i;
            out.put(name, new Tensor(name, a.getShape().getShape(), f.toFloatArray()));
        }
        return out;
    }

    @Override
    public Batchifier getBatchifier() { return null; }
}
