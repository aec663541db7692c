package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Embedding;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes an {@link Embedding} as ONNX Gather on its table. The indices are cast to int64 first, so the model takes int64 class labels (the cast is then a no-op) or whole numbers held as floats, as the layer does. */
public final class EmbeddingWriter implements LayerWriter {
    /** ONNX's TensorProto.DataType of int64, the {@code to} of the Cast. */
    private static final int INT64 = 7;

    /** The writer; stateless. */
    public EmbeddingWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Embedding.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        Embedding embedding = (Embedding) layer;
        String indices = graph.node("Cast", List.of(WriterInputs.single(layer, inputs)), Map.of("to", INT64));
        return graph.node("Gather", List.of(graph.constant("weight", embedding.weight()), indices), Map.of("axis", 0));
    }
}
